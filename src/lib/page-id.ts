const counters = new WeakMap<object, Map<string, number>>();

/**
 * An HTML id unique within one rendered page, for components that may appear more than once
 * (a glossary term used twice). Pass `Astro.locals`: Astro makes a new one for every page, so
 * numbering restarts per page and the built HTML does not depend on the order pages render in.
 */
export function pageUniqueId(locals: object, prefix: string): string {
  const perPage = counters.get(locals) ?? new Map<string, number>();
  counters.set(locals, perPage);
  const n = (perPage.get(prefix) ?? 0) + 1;
  perPage.set(prefix, n);
  return n === 1 ? prefix : `${prefix}-${n}`;
}
