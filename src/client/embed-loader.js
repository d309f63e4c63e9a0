// @ts-check
/**
 * The loader a host page includes with an embed code (served at /embed.js). It sizes each of this
 * site's chart iframes to the height the frame reports, and ignores every other message: one from
 * another origin, from a window that is not one of the page's iframes, or of another shape.
 * Written as plain script (no modules, no build step) so that any host page can load it as is.
 */
(function () {
  var script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  var origin = new URL(script.src).origin;
  var flag = "socialCureEmbed:" + origin;
  var registry = /** @type {Record<string, boolean>} */ (/** @type {unknown} */ (window));
  if (registry[flag]) return; // several embeds on one page include the loader several times
  registry[flag] = true;

  /** @param {MessageEventSource | null} source */
  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame && frame.contentWindow === source) return frame;
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (typeof data !== "object" || data === null || data.type !== "social-cure-embed:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 50 || height > 20000) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = Math.ceil(height) + "px";
  });

  // Frames that reported before this script ran are asked again.
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (frame && frame.contentWindow && frame.src && new URL(frame.src, location.href).origin === origin) {
      frame.contentWindow.postMessage({ type: "social-cure-embed:ping" }, origin);
    }
  }
})();
