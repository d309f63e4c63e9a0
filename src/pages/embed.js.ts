import type { APIRoute } from "astro";
import loader from "../client/embed-loader.js?raw";

/**
 * Serves the embed loader at a stable address (/embed.js), since published embed codes point at
 * it and a hashed build file name would change with every build.
 */
export const GET: APIRoute = () => new Response(loader, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
