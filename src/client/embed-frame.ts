/**
 * Runs inside /embed/<id>/ when another site shows it in an iframe.
 *
 * 1. The page is light by default (data-theme="light" in the HTML, so a publisher's light page is
 *    matched even with JavaScript off). `?theme=dark` makes it dark; `?theme=auto` follows the
 *    reader's system setting. Those exact values are the only input read from the address;
 *    anything else is ignored, and no parameter ever reaches the page.
 * 2. The frame tells its parent how tall its content is, whenever that changes, so the loader
 *    script (public embed.js) can size the iframe. The message holds nothing but a number.
 */
const HEIGHT_MESSAGE = "social-cure-embed:height";
const PING_MESSAGE = "social-cure-embed:ping";

const theme = new URLSearchParams(location.search).get("theme");
if (theme === "dark") document.documentElement.dataset["theme"] = "dark";
else if (theme === "auto") delete document.documentElement.dataset["theme"];

const root = document.querySelector<HTMLElement>("[data-embed-root]");
if (root && window.parent !== window) {
  const post = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height) }, "*");
  new ResizeObserver(post).observe(root);
  // A loader that starts after the first report asks again.
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === PING_MESSAGE) post();
  });
}
