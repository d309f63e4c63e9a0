/**
 * Copy buttons for read-only fields (embed code, BibTeX, RIS, the page's address) and for text on
 * the page (an APA reference). Without JavaScript the buttons stay hidden and the text can be
 * selected and copied by hand; with it, each button copies its field and says so in a status
 * message screen readers announce.
 */
const textOf = (field: HTMLElement) =>
  field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement
    ? field.value
    : (field.textContent ?? "").replace(/\s+/g, " ").trim();

/** Selects the field's text so the reader can copy it by hand when the clipboard is refused. */
function select(field: HTMLElement): void {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    field.focus();
    field.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(field);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const field = document.getElementById(button.dataset["copy"] ?? "");
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
  if (!field || !status) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(textOf(field));
      status.textContent = `Copied${button.dataset["copyWhat"] ? ` ${button.dataset["copyWhat"]}` : ""}.`;
    } catch {
      // The clipboard can be refused (permissions, insecure context): leave the text selected instead.
      select(field);
      status.textContent = "Selected: press Ctrl+C (or ⌘C on a Mac) to copy.";
    }
  });
}
