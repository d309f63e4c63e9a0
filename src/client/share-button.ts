/**
 * Shows the "Share" button only where the browser has a native share sheet (most phones), and
 * opens it with the page's title and address. Elsewhere the page's address and its copy button do
 * the job, so nothing is lost.
 */
if (typeof navigator.share === "function") {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-share-url]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      // Closing the share sheet rejects the promise: that is the reader's choice, not an error.
      navigator
        .share({ title: button.dataset["shareTitle"] ?? document.title, url: button.dataset["shareUrl"] ?? location.href })
        .catch(() => undefined);
    });
  }
}
