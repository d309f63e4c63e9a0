import { mdxToMdast, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from "satteri";

/** A JSX element in MDX, in a block of its own (`<Figure />`) or inside a sentence (`<Stat />`). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Where a node starts, as `file:line:column`. */
export function place(file: string, node: MdastNode): string {
  const start = node.position?.start;
  return start ? `${file}:${start.line}:${start.column}` : file;
}

/**
 * Parses MDX with satteri, the parser Astro's MDX integration itself compiles with (through
 * @astrojs/markdown-satteri), so the checks see exactly the elements, expressions, code and links
 * the build sees: a `>` inside `{…}` or a tag inside backticks is never mistaken for a component.
 * A syntax error becomes one message naming the file, line and column.
 */
export function parseMdx(source: string, file: string): MdastNode {
  try {
    return mdxToMdast(source);
  } catch (error) {
    // satteri's messages start with "line:column: ", as in "3:1: Unexpected character after `<` …".
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}:${/^\d+:\d+: /.test(message) ? "" : " "}${message}`);
  }
}

/** Every node of a tree, depth first, in document order. */
export function* walk(node: MdastNode): Generator<MdastNode> {
  yield node;
  if ("children" in node) for (const child of node.children) yield* walk(child);
}

/** Narrows a node to a JSX element. */
export function isJsxElement(node: MdastNode): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** An attribute as the checks need it: absent, plain text, or a JavaScript expression they cannot read. */
export type AttributeValue = { text: string } | { expression: string } | undefined;

/**
 * The value of one attribute of an element. Quoted text (`id="x"`) and a string literal in braces
 * (`id={"x"}`) are text; anything else in braces, or a bare attribute, is an expression.
 */
export function attribute(element: JsxElement, name: string): AttributeValue {
  const found = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (!found || found.type !== "mdxJsxAttribute") return undefined;
  const value = found.value;
  if (typeof value === "string") return { text: value };
  if (value === null || value === undefined) return { expression: "" };
  const literal = /^\s*(["'])([^"'\\]*)\1\s*$/.exec(value.value);
  return literal ? { text: literal[2] ?? "" } : { expression: value.value };
}
