import type { Source } from "../../src/data/index.ts";

/** A stand-in source for chart fixtures; charts only print it. */
export const SOURCE: Source = { id: "s", title: "A source", path: "https://example.org/", quote: "a quote", accessed: "2026-11-25" };
