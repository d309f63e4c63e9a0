// Checks a strict HTML consumer (a spec parser, the Nu checker, a feed reader, a screen reader)
// would make, beyond what html-validate's rules look at: parse errors as the WHATWG parser reports
// them, markup after the end of the document, attributes Plot writes that are invalid in HTML, and
// words glued to inline elements by whitespace compression.
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** One problem, with the line it is on. */
export interface HtmlProblem {
  /** "line:column" in the file. */
  at: string;
  message: string;
}

const isElement = (node: Node): node is Element => "tagName" in node;
const isText = (node: Node): node is DefaultTreeAdapterMap["textNode"] => node.nodeName === "#text";
const childrenOf = (node: Node): Node[] => ("childNodes" in node ? (node as ParentNode).childNodes : []);

function* elements(node: Node): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (isElement(child)) {
      yield child;
      if ("content" in child) yield* elements(child.content);
      else yield* elements(child);
    }
  }
}

const where = (node: Element): string => `${node.sourceCodeLocation?.startLine ?? 0}:${node.sourceCodeLocation?.startCol ?? 0}`;

/**
 * Every parse error the WHATWG parser reports (parse5 implements the spec's tokenizer errors and
 * some tree-construction ones), plus the tree-construction error parse5 does not report and the
 * Nu checker stops at: an element after `</body>` or `</html>`, which the parser moves into the
 * body ("stray start tag").
 */
export function parseProblems(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const document = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => problems.push({ at: `${error.startLine}:${error.startCol}`, message: `parse error: ${error.code}` }),
  });
  const root = document.childNodes.find(isElement);
  const body = root?.childNodes.find((n): n is Element => isElement(n) && n.tagName === "body");
  const end = [body?.sourceCodeLocation?.endTag?.startOffset, root?.sourceCodeLocation?.endTag?.startOffset].filter(
    (offset): offset is number => offset !== undefined,
  );
  if (end.length > 0) {
    const first = Math.min(...end);
    for (const element of elements(document)) {
      const start = element.sourceCodeLocation?.startOffset;
      if (start !== undefined && start > first) {
        problems.push({ at: where(element), message: `stray start tag <${element.tagName}> after the end of the document` });
      }
    }
  }
  return problems;
}

/**
 * Presentation attributes that are valid on SVG elements in an SVG file but not in HTML's SVG
 * (the Nu checker rejects them); Plot writes `font-variant` on axis groups. Keyed by attribute,
 * with the elements it is invalid on ('*' for all).
 */
const INVALID_ATTRIBUTES: Record<string, readonly string[]> = {
  "font-variant": ["*"],
};

/** Elements carrying an attribute a strict consumer rejects (see INVALID_ATTRIBUTES). */
export function attributeProblems(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    for (const { name, value } of element.attrs) {
      const on = INVALID_ATTRIBUTES[name];
      if (on && (on.includes("*") || on.includes(element.tagName))) {
        problems.push({
          at: where(element),
          message: `<${element.tagName} ${name}="${value}">: ${name} is not allowed on <${element.tagName}> in HTML`,
        });
      }
    }
  }
  return problems;
}

/** Phrasing elements a word can be glued to. Footnote-like sup and sub sit against words on purpose. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "time",
  "u",
  "var",
]);
/** Where text is not prose. */
const SKIP = new Set(["script", "style", "svg", "template", "textarea", "pre", "math"]);
/**
 * What may not touch across an element boundary: a word's last character (letters, digits, the †
 * that marks a calculated number) or punctuation that English follows with a space, then a word's
 * first character or an opening quote. "(<a>link</a>)", "<a>link</a>.", "“<q>…</q>”" and an APA
 * issue number, "<i>27</i>(2)", are fine.
 */
const WORD_END = /[\p{L}\p{N}†‡:;,.!?)\]”’]$/u;
const WORD_START = /^[\p{L}\p{N}“‘]/u;

/** Not rendered, so not read either: a closed in-place definition, for example. */
const isHidden = (node: Node) => isElement(node) && node.attrs.some((a) => a.name === "hidden");

function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && (SKIP.has(node.tagName) || isHidden(node))) return "";
  return childrenOf(node).map(textOf).join("");
}

const clip = (text: string, fromEnd: boolean) => {
  const flat = text.replace(/\s+/g, " ");
  return fromEnd ? flat.slice(-24) : flat.slice(0, 24);
};

/**
 * Words run together with an inline element: "Read the<a>accepted version", "of the<span>630",
 * "452†</span>of". Looks at each pair of neighbouring nodes where one is an inline element and
 * the other a text node or inline element, and reports it when the first ends with a word
 * character and the second starts with one. Punctuation either side ("(", ".", "%") is fine.
 */
export function gluedWords(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const document = parse(html, { sourceCodeLocationInfo: true });
  const body = [...elements(document)].find((e) => e.tagName === "body");
  if (!body) return problems;
  const visit = (parent: Element) => {
    const children = childrenOf(parent).filter((n) => isText(n) || (isElement(n) && !isHidden(n)));
    children.forEach((node, index) => {
      const next = children[index + 1];
      const inline = (n: Node) => isElement(n) && INLINE.has(n.tagName);
      if (next && (inline(node) || inline(next)) && (isText(node) || inline(node)) && (isText(next) || inline(next))) {
        const before = textOf(node);
        const after = textOf(next);
        if (WORD_END.test(before) && WORD_START.test(after)) {
          const at = isElement(node) ? where(node) : isElement(next) ? where(next) : where(parent);
          problems.push({ at, message: `glued: "${clip(before, true)}|${clip(after, false)}"` });
        }
      }
      if (isElement(node) && !SKIP.has(node.tagName)) visit(node);
    });
  };
  visit(body);
  return problems;
}

/** Problems as "line:column message" strings, for readable test failures. */
export const describeProblems = (problems: HtmlProblem[]): string[] => problems.map((p) => `${p.at} ${p.message}`);
