import type { MdastNode } from "satteri";
import { attribute, isJsxElement, parseMdx, type JsxElement } from "./mdx-tree.ts";

/** How to write out the components an article's text contains. */
export interface PlainTextResolvers {
  /** The words a `<Stat name>` shows, e.g. "630" or "about 3 in 10". */
  stat: (name: string) => string;
  /** The words a self-closing `<Term id />` shows: its glossary term. */
  term: (id: string) => string;
}

/** Sections left out of a reading-level score: lists of works cited, not prose. */
const REFERENCE_HEADINGS = /^(references|sources|further reading)$/i;

/** Block nodes that are not prose a reader reads through: code, tables, frontmatter, imports, expressions. */
const SKIPPED = new Set(["yaml", "toml", "code", "math", "table", "definition", "thematicBreak", "html", "mdxjsEsm", "mdxFlowExpression"]);

/** Gives a line that ends without punctuation (a heading, a list item) its own full stop. */
const asSentence = (line: string) => (line === "" || /[.!?:;]["'”’)]?$/.test(line) ? line : `${line}.`);

const text = (element: JsxElement, name: string) => {
  const value = attribute(element, name);
  return value && "text" in value ? value.text : "";
};

/** The words of a run of inline content, with `<Stat>` and `<Term>` written out. */
function inline(node: MdastNode, resolve: PlainTextResolvers): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
    case "footnoteReference":
    case "html":
    case "mdxTextExpression":
      return "";
  }
  if (isJsxElement(node)) {
    if (node.name === "Stat") return resolve.stat(text(node, "name"));
    if (node.name === "Term" && node.children.length === 0) return resolve.term(text(node, "id"));
    if (node.name === "Figure") return "";
  }
  return "children" in node ? node.children.map((child) => inline(child, resolve)).join("") : "";
}

/** The lines of one block: a paragraph, a heading, a list, an aside … */
function block(node: MdastNode, resolve: PlainTextResolvers): string[] {
  if (SKIPPED.has(node.type)) return [];
  switch (node.type) {
    case "paragraph":
      return [inline(node, resolve).trim()].filter(Boolean);
    // "### 1. You join a group": the number goes, so "1." is not counted as a sentence end.
    case "heading":
      return [
        asSentence(
          inline(node, resolve)
            .trim()
            .replace(/^\d+\.\s+/, ""),
        ),
      ];
    // A list item counts as a sentence, as readers take it as one.
    case "listItem":
      return node.children.flatMap((child, i) =>
        i === 0 && child.type === "paragraph" ? block(child, resolve).map(asSentence) : block(child, resolve),
      );
  }
  if (isJsxElement(node)) {
    if (node.name === "Figure") return [];
    if (node.name === "Stat" || node.name === "Term") return [inline(node, resolve)];
    const children = node.children.flatMap((child) => block(child, resolve));
    // An aside's title is read first, as its own sentence.
    return node.name === "Aside" && text(node, "title") !== "" ? [asSentence(text(node, "title")), ...children] : children;
  }
  return "children" in node ? node.children.flatMap((child) => block(child, resolve)) : [];
}

/**
 * The body text of an MDX article as a reader reads it, for a reading-level score, from a real MDX
 * parse (mdx-tree.ts): frontmatter, code, figures, tables, expressions and a References section
 * are left out; `<Stat>` and `<Term>` become the words they show; links become their text;
 * headings and list items count as sentences. Headings stay in because readers read them. Blocks
 * are separated by a blank line.
 */
export function mdxPlainText(source: string, resolve: PlainTextResolvers, file = "MDX source"): string {
  const root = parseMdx(source, file);
  const blocks: string[] = [];
  let inReferences = false;
  for (const node of "children" in root ? root.children : []) {
    if (node.type === "heading" && node.depth <= 2)
      inReferences = node.depth === 2 && REFERENCE_HEADINGS.test(inline(node, resolve).trim());
    if (inReferences) continue;
    const lines = block(node, resolve);
    if (lines.length > 0) blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n");
}
