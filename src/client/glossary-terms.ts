/**
 * Glossary terms (src/components/Term.astro) open their definition in place: on mouse hover, on
 * keyboard focus and on a first tap; a second tap, a click or Enter follows the link to
 * /glossary/. Escape closes the open definition (WCAG 1.4.13: dismissible, hoverable, persistent).
 * Screen readers already get the definition through the link's aria-describedby, with or without
 * this script. Only pages that use <Term> load it.
 */

const MARGIN = 8;
let openTip: HTMLElement | undefined;

function hideTip(tip: HTMLElement | undefined = openTip): void {
  if (!tip || tip.hidden) return;
  tip.hidden = true;
  tip.style.removeProperty("translate");
  if (openTip === tip) openTip = undefined;
}

/** Shifts the definition left when it would run off the right edge of a narrow screen. */
function keepOnScreen(tip: HTMLElement): void {
  const box = tip.getBoundingClientRect();
  const overflow = box.right - (document.documentElement.clientWidth - MARGIN);
  const shift = Math.min(Math.max(overflow, 0), Math.max(box.left - MARGIN, 0));
  if (shift > 0) tip.style.translate = `${-Math.ceil(shift)}px 0`;
}

function showTip(tip: HTMLElement): void {
  if (openTip !== tip) hideTip();
  if (!tip.hidden) return;
  tip.hidden = false;
  openTip = tip;
  keepOnScreen(tip);
}

function enhance(term: HTMLElement): void {
  const link = term.querySelector<HTMLAnchorElement>(".term__link");
  const tip = term.querySelector<HTMLElement>(".term__tip");
  if (!link || !tip) return;
  // Was the definition already open when this tap began? Decides between showing it and following the link.
  let tapFoundOpen: boolean | undefined;

  term.addEventListener("pointerenter", (event) => {
    if (event.pointerType !== "touch") showTip(tip);
  });
  term.addEventListener("pointerleave", (event) => {
    if (event.pointerType !== "touch" && document.activeElement !== link) hideTip(tip);
  });
  link.addEventListener("focus", () => showTip(tip));
  link.addEventListener("blur", () => {
    if (!term.matches(":hover")) hideTip(tip);
  });
  link.addEventListener("pointerdown", (event) => {
    tapFoundOpen = event.pointerType === "touch" ? !tip.hidden : undefined;
  });
  link.addEventListener("click", (event) => {
    if (tapFoundOpen === false) {
      event.preventDefault();
      showTip(tip);
    }
    tapFoundOpen = undefined;
  });
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && openTip) hideTip();
});

// A tap or click anywhere else closes the open definition.
document.addEventListener("pointerdown", (event) => {
  if (openTip && !openTip.parentElement?.contains(event.target as Node)) hideTip();
});

for (const term of document.querySelectorAll<HTMLElement>(".term[data-term]")) enhance(term);
