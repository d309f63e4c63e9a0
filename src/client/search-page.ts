/**
 * Runs the search form on /search/ with Pagefind's index in /pagefind/ (built after the site by
 * `npm run build`). Pagefind's script loads on first use, from the path the page gives, so it
 * works under SITE_BASE. Results are built as DOM nodes: Pagefind's excerpts are parsed and only
 * their text and <mark> highlights are kept. The query goes into the address (?q=…) so results
 * can be shared and the back button works; the count is announced through a status region.
 */

interface PagefindSubResult {
  title: string;
  url: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
const form = document.querySelector<HTMLFormElement>("form[data-search]");
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusRegion = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
// Shown when a search finds nothing: links to the patient pages and to "If you need help now".
const empty = document.querySelector<HTMLElement>("[data-search-empty]");
let pagefind: Promise<Pagefind> | undefined;
let latest = 0;

function loadPagefind(path: string, base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

/** The excerpt's text with its <mark> highlights, and nothing else from its HTML. */
function excerptNodes(html: string): Node[] {
  const paragraph = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstElementChild;
  return [...(paragraph?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-results__item";
  const heading = document.createElement("h2");
  heading.className = "search-results__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "search-results__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
  const section = data.sub_results?.find((s) => s.url !== data.url && s.title !== data.meta.title);
  if (section) {
    const more = document.createElement("p");
    more.className = "search-results__section";
    const sectionLink = document.createElement("a");
    sectionLink.href = section.url;
    sectionLink.textContent = `Go to the section "${section.title}"`;
    more.append(sectionLink);
    item.append(more);
  }
  return item;
}

async function run(query: string, path: string, base: string): Promise<void> {
  if (!statusRegion || !list) return;
  const ticket = ++latest;
  const trimmed = query.trim();
  const url = new URL(window.location.href);
  if (trimmed) url.searchParams.set("q", trimmed);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (empty) empty.hidden = true;
  if (!trimmed) {
    list.replaceChildren();
    list.hidden = true;
    statusRegion.textContent = "Type a word or phrase to search every article and the glossary.";
    return;
  }
  let items: PagefindResultData[];
  try {
    const found = await (await loadPagefind(path, base)).search(trimmed);
    items = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
  } catch {
    statusRegion.textContent = "Search is not working right now. Every page on this site is listed below.";
    return;
  }
  if (ticket !== latest) return;
  list.replaceChildren(...items.map(resultItem));
  list.hidden = items.length === 0;
  if (empty) empty.hidden = items.length > 0;
  const count =
    items.length === MAX_RESULTS ? `The first ${MAX_RESULTS} results` : `${items.length} result${items.length === 1 ? "" : "s"}`;
  statusRegion.textContent =
    items.length === 0 ? `No results for “${trimmed}”. Try another word, or start with the pages below.` : `${count} for “${trimmed}”`;
}

if (form && input && statusRegion) {
  const path = form.dataset["pagefind"] ?? "";
  const base = form.dataset["base"] ?? "/";
  let timer: number | undefined;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value, path, base);
  });
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value, path, base), 250);
  });
  // Fetch the index as soon as the reader shows intent, so the first results come quickly.
  input.addEventListener("focus", () => void loadPagefind(path, base).catch(() => undefined), { once: true });
  const initial = new URLSearchParams(window.location.search).get("q") ?? "";
  input.value = initial;
  void run(initial, path, base);
}
