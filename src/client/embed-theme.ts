/**
 * The colour choice above an embed code: picking light, dark or "the reader's setting" swaps the
 * code in the field for the one built at build time for that choice (no code is assembled here).
 * The fieldset is disabled in the HTML and enabled here, so nothing moves when this runs.
 */
for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>("fieldset[data-embed-theme]")) {
  const field = document.getElementById(fieldset.dataset["embedTheme"] ?? "");
  if (!(field instanceof HTMLTextAreaElement)) continue;
  fieldset.disabled = false;
  fieldset.addEventListener("change", (event) => {
    const code = event.target instanceof HTMLInputElement ? event.target.dataset["code"] : undefined;
    if (code) field.value = code;
  });
}
