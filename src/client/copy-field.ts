/**
 * Copy buttons for read-only fields: embed code, citations and the page's address. Without
 * JavaScript the buttons stay hidden and the text can be selected and copied by hand; with it,
 * each button copies its field and says so in a status message screen readers announce.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const field = document.getElementById(button.dataset["copy"] ?? "");
  const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) || !status) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = "Copied.";
    } catch {
      // The clipboard can be refused (permissions, insecure context): leave the text selected instead.
      field.focus();
      field.select();
      status.textContent = "Selected: press Ctrl+C (or ⌘C on a Mac) to copy.";
    }
  });
}
