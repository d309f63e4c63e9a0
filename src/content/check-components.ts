import { isChartId, CHART_IDS } from "../charts/ids.ts";
import { REFERENCE_IDS } from "../lib/references.ts";

/** What each author component requires, checked before any page renders. */
export interface ComponentRules {
  /** Names of stats that `<Stat name>` may use. */
  statNames: ReadonlySet<string>;
  /** Ids of glossary terms that `<Term id>` may use; unchecked when absent. */
  termIds?: ReadonlySet<string>;
}

/** Components an MDX file may use without importing them (the article route provides them). */
export const AUTHOR_COMPONENTS = ["Figure", "Stat", "Aside", "Term", "Reference"] as const;

const TAG = /<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// A markdown link to a root path, e.g. [about](/about/): breaks when the site lives under a sub-path.
const ROOT_LINK = /\]\((\/(?!\/)[^)\s]*)\)/g;

/** Blanks out fenced and inline code, keeping line breaks, so examples in code are not checked. */
export function withoutCode(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/**
 * Checks the author components and links in one MDX source and returns the first problem as one
 * message naming the file and line, what was expected and what was found — or undefined. Run on
 * every file in content/ before the build renders anything (see integration.ts), because an MDX
 * runtime error would name neither the file nor the line.
 */
export function checkMdxSource(text: string, file: string, rules: ComponentRules): string | undefined {
  const source = withoutCode(text.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, " ")));
  const lineOf = (index: number) => source.slice(0, index).split("\n").length;
  for (const match of source.matchAll(TAG)) {
    const [, name = "", rawAttributes = ""] = match;
    const at = `${file}:${lineOf(match.index)}`;
    const attributes = new Map([...rawAttributes.matchAll(ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3] ?? ""]));
    if (!(AUTHOR_COMPONENTS as readonly string[]).includes(name)) {
      return `${at}: unknown component <${name}>. Expected one of: ${AUTHOR_COMPONENTS.join(", ")}.`;
    }
    if (name === "Figure") {
      const id = attributes.get("id");
      if (id === undefined) return `${at}: <Figure> needs an id. Expected one of: ${CHART_IDS.join(", ")}.`;
      if (!isChartId(id)) return `${at}: unknown chart id "${id}" in <Figure id="${id}" />. Expected one of: ${CHART_IDS.join(", ")}.`;
    }
    if (name === "Stat") {
      const stat = attributes.get("name");
      if (stat === undefined) return `${at}: <Stat> needs a name, e.g. <Stat name="flow.t0.n" />.`;
      if (!rules.statNames.has(stat)) {
        const family = [...rules.statNames].filter((s) => s.split(".")[0] === stat.split(".")[0]);
        return `${at}: unknown stat "${stat}" in <Stat name="${stat}" />. Expected one of: ${(family.length > 0 ? family : [...rules.statNames]).join(", ")}.`;
      }
    }
    if (name === "Reference") {
      const id = attributes.get("id");
      if (id === undefined || !(REFERENCE_IDS as readonly string[]).includes(id)) {
        return `${at}: unknown reference ${JSON.stringify(id ?? "")} in <Reference>. Expected one of: ${REFERENCE_IDS.join(", ")}.`;
      }
    }
    if (name === "Term" && rules.termIds) {
      const id = attributes.get("id");
      if (id === undefined || !rules.termIds.has(id)) {
        return `${at}: unknown glossary term ${JSON.stringify(id ?? "")} in <Term>. Expected one of: ${[...rules.termIds].join(", ")}.`;
      }
    }
  }
  for (const match of source.matchAll(ROOT_LINK)) {
    return `${file}:${lineOf(match.index)}: link to "${match[1]}" starts at the site root. Expected a relative link (for example "../about/") so the site also works under a sub-path.`;
  }
  return undefined;
}
