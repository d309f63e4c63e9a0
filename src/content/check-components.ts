import { relative } from "node:path";
import { isChartId, CHART_IDS } from "../charts/ids.ts";

/** A JSX element in MDX, as remark-mdx parses it (only the parts this check reads). */
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: JsxNode[];
}

/** What each author component requires, checked before the page renders. */
export interface ComponentRules {
  /** Names of stats that `<Stat name>` may use. */
  statNames: ReadonlySet<string>;
  /** Names of glossary terms that `<Term id>` may use (empty until the glossary exists). */
  termIds?: ReadonlySet<string>;
}

const KNOWN_COMPONENTS = ["Figure", "Stat", "Aside", "Term"];

function attribute(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attr?.value === "string" ? attr.value : undefined;
}

function closest(name: string, options: Iterable<string>): string {
  const list = [...options];
  const near = list.filter((o) => o.startsWith(name.split(".")[0] ?? name));
  return (near.length > 0 ? near : list).join(", ");
}

/**
 * A remark plugin that stops the build on an author mistake in MDX — an unknown chart id, stat
 * name or component — with one message naming the file and line, what was expected and what was
 * found. Without it the mistake would surface as a runtime error with no line, or not at all.
 */
export function remarkCheckComponents(rules: () => ComponentRules) {
  return () => (tree: JsxNode, file: { path?: string }) => {
    const path = file.path ? relative(process.cwd(), file.path) : "MDX file";
    const fail = (node: JsxNode, detail: string): never => {
      throw new Error(`${path}:${node.position?.start.line ?? "?"}: ${detail}`);
    };
    const visit = (node: JsxNode) => {
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[A-Z]/.test(node.name)) {
        if (!KNOWN_COMPONENTS.includes(node.name)) fail(node, `unknown component <${node.name}>. Expected one of: ${KNOWN_COMPONENTS.join(", ")}.`);
        if (node.name === "Figure") {
          const id = attribute(node, "id");
          if (id === undefined) fail(node, `<Figure> needs an id. Expected one of: ${CHART_IDS.join(", ")}.`);
          else if (!isChartId(id)) fail(node, `unknown chart id "${id}" in <Figure id="${id}" />. Expected one of: ${CHART_IDS.join(", ")}.`);
        }
        if (node.name === "Stat") {
          const name = attribute(node, "name");
          const { statNames } = rules();
          if (name === undefined) fail(node, `<Stat> needs a name, e.g. <Stat name="flow.t0.n" />.`);
          else if (!statNames.has(name)) fail(node, `unknown stat "${name}" in <Stat name="${name}" />. Expected one of: ${closest(name, statNames)}.`);
        }
        if (node.name === "Term") {
          const id = attribute(node, "id");
          const termIds = rules().termIds;
          if (termIds && (id === undefined || !termIds.has(id))) {
            fail(node, `unknown glossary term ${JSON.stringify(id)} in <Term>. Expected one of: ${[...termIds].join(", ")}.`);
          }
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
