import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import type { z } from "astro/zod";
import { isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { DataError } from "../data/errors.ts";

/** An item of a YAML list with the line it starts on, for messages about cross-item checks. */
export interface ListItem<T> {
  value: T;
  line: number;
}

/**
 * Reads a YAML file that holds one list (content/glossary.yaml, content/corrections.yaml) and
 * validates every item against `schema`. Any problem throws one DataError naming the file, the
 * line of the item or field at fault, what was expected and what was found.
 *
 * Why not Astro's file() loader: it logs a YAML syntax error or an item without an id and carries
 * on building, and its messages give no line. These files feed the MDX checker before the build
 * starts, so they are read here, once, with line numbers.
 */
export function loadYamlList<S extends z.ZodType>(path: string, schema: S, itemName: string): ListItem<z.infer<S>>[] {
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) throw new DataError(file, `file not found (expected a YAML list of ${itemName}s)`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    const line = lineCounter.linePos(syntaxError.pos[0]).line;
    throw new DataError(file, `is not valid YAML: ${syntaxError.message.split("\n")[0] ?? ""}`, line);
  }
  if (!isSeq(doc.contents)) {
    throw new DataError(
      file,
      `expected a list of ${itemName}s (lines starting "- "), found ${doc.contents ? "something else" : "an empty file"}`,
      lineOf(doc.contents),
    );
  }
  return doc.contents.items.map((node, index) => {
    const line = lineOf(node as Node) ?? 1;
    const result = schema.safeParse((node as Node).toJSON());
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== "symbol");
      // A misspelt field has no path of its own: point at the line where it is written.
      const located = issue?.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
      const fieldNode = located.length > 0 ? doc.getIn([index, ...located], true) : undefined;
      const field = path.length > 0 ? `field "${path.join(".")}": ` : "";
      throw new DataError(
        file,
        `${itemName} ${index + 1}: ${field}${issue?.message ?? "invalid"}`,
        lineOf(fieldNode as Node | undefined) ?? line,
      );
    }
    return { value: result.data, line };
  });
}
