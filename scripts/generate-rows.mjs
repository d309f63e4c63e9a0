#!/usr/bin/env node
// npm run data:types: writes src/data/rows.ts, the row types of every table, from data/datapackage.json.
// Run it after changing a table's schema; test/data/rows.test.ts fails until you do.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateDescriptor } from "../src/data/descriptor.ts";
import { rowsModule } from "../src/data/rows-module.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const descriptor = validateDescriptor(JSON.parse(readFileSync(join(root, "data/datapackage.json"), "utf8")), "data/datapackage.json");
const out = join(root, "src/data/rows.ts");
writeFileSync(out, rowsModule(descriptor));
console.log(`Wrote src/data/rows.ts (${descriptor.resources.length} tables).`);
