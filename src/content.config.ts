import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema, pageSchema } from "./content/schema.ts";

/** Articles for patients, clinicians and press: content/articles/*.mdx, one route each. */
const articles = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/articles" }),
  schema: articleSchema,
});

/** Site pages written as prose (about, methods): content/pages/*.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/pages" }),
  schema: pageSchema,
});

export const collections = { articles, pages };
