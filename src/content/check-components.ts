import type { MdastNode } from "satteri";
import { isChartId, CHART_IDS } from "../charts/ids.ts";
import { REFERENCE_IDS } from "../lib/references.ts";
import { attribute, isJsxElement, parseMdx, place, walk, type AttributeValue, type JsxElement } from "./mdx-tree.ts";

/** What each author component requires, checked before any page renders. */
export interface ComponentRules {
  /** Names of stats that `<Stat name>` may use. */
  statNames: ReadonlySet<string>;
  /** Ids of glossary terms that `<Term id>` may use; unchecked when absent. */
  termIds?: ReadonlySet<string>;
}

/** Components an MDX file may use without importing them (the article route provides them). */
export const AUTHOR_COMPONENTS = [
  "Figure",
  "Stat",
  "Aside",
  "Term",
  "HowSure",
  "HelpNow",
  "ServiceUseFigures",
  "AdjustmentSteps",
  "Reference",
] as const;

/** A root-relative address, e.g. "/about/": it breaks when the site lives under a sub-path. */
const isRootRelative = (url: string) => url.startsWith("/") && !url.startsWith("//");

/** The text of an attribute a check must read, or the words for what was found instead. */
function textOf(value: AttributeValue): { text: string } | { problem: string } {
  if (value === undefined) return { problem: "none" };
  if ("text" in value) return value;
  return { problem: value.expression === "" ? "an attribute with no value" : `the expression {${value.expression}}` };
}

/** The problem with one author component, or undefined. */
function checkComponent(element: JsxElement, at: string, rules: ComponentRules): string | undefined {
  const name = element.name ?? "";
  if (!(AUTHOR_COMPONENTS as readonly string[]).includes(name)) {
    return `${at}: unknown component <${name}>. Expected one of: ${AUTHOR_COMPONENTS.join(", ")}.`;
  }
  if (name === "Figure") {
    const id = textOf(attribute(element, "id"));
    if ("problem" in id) return `${at}: <Figure> needs an id in quotes, found ${id.problem}. Expected one of: ${CHART_IDS.join(", ")}.`;
    if (!isChartId(id.text))
      return `${at}: unknown chart id "${id.text}" in <Figure id="${id.text}" />. Expected one of: ${CHART_IDS.join(", ")}.`;
  }
  if (name === "Stat") {
    const stat = textOf(attribute(element, "name"));
    if ("problem" in stat) return `${at}: <Stat> needs a name in quotes, e.g. <Stat name="flow.t0.n" />, found ${stat.problem}.`;
    if (!rules.statNames.has(stat.text)) {
      const family = [...rules.statNames].filter((s) => s.split(".")[0] === stat.text.split(".")[0]);
      return `${at}: unknown stat "${stat.text}" in <Stat name="${stat.text}" />. Expected one of: ${(family.length > 0 ? family : [...rules.statNames]).join(", ")}.`;
    }
  }
  if (name === "Reference") {
    const id = textOf(attribute(element, "id"));
    if ("problem" in id || !(REFERENCE_IDS as readonly string[]).includes(id.text)) {
      const shown = "text" in id ? JSON.stringify(id.text) : `(found ${id.problem})`;
      return `${at}: unknown reference ${shown} in <Reference>. Expected one of: ${REFERENCE_IDS.join(", ")}.`;
    }
  }
  if (name === "Term" && rules.termIds) {
    const id = textOf(attribute(element, "id"));
    if ("problem" in id || !rules.termIds.has(id.text)) {
      const shown = "text" in id ? JSON.stringify(id.text) : `(found ${id.problem})`;
      return `${at}: unknown glossary term ${shown} in <Term>. Expected one of: ${[...rules.termIds].join(", ")}.`;
    }
  }
  return undefined;
}

/** The address a node links to: a markdown link, image or link definition, or an HTML element's href or src. */
function linkOf(node: MdastNode): string | undefined {
  if (node.type === "link" || node.type === "image" || node.type === "definition") return node.url;
  if (isJsxElement(node) && node.name !== null && /^[a-z]/.test(node.name)) {
    for (const name of ["href", "src"]) {
      const value = attribute(node, name);
      if (value && "text" in value) return value.text;
    }
  }
  return undefined;
}

/**
 * Checks the author components and links in one MDX source and returns the first problem as one
 * message naming the file, line and column, what was expected and what was found — or undefined.
 * It reads the MDX parse the build uses (mdx-tree.ts), not the text, so code, expressions and
 * strings are never mistaken for components. Run on every file in content/ before the build
 * renders anything (see integration.ts), because an MDX runtime error would name neither the file
 * nor the line.
 */
export function checkMdxSource(text: string, file: string, rules: ComponentRules): string | undefined {
  for (const node of walk(parseMdx(text, file))) {
    const at = place(file, node);
    // Capitalised names are components; lower-case ones are HTML elements, checked only for links.
    if (isJsxElement(node) && !/^[a-z]/.test(node.name ?? "")) {
      const problem = checkComponent(node, at, rules);
      if (problem) return problem;
    }
    const url = linkOf(node);
    if (url !== undefined && isRootRelative(url)) {
      return `${at}: link to "${url}" starts at the site root. Expected a relative link (for example "../about/") so the site also works under a sub-path.`;
    }
  }
  return undefined;
}
