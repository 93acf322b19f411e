/*
 * Balkan Routes Explorer: auto-size for embedded frames.
 *
 *   <iframe data-balkan-routes src="https://…/?embed&select=XK" title="…" width="100%" height="480"
 *           style="border:0" loading="lazy"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * Message format. The embedded explorer (?embed) posts to its parent window on load and whenever
 * its content changes height (a ResizeObserver on its document element):
 *
 *   parent.postMessage({ type: 'balkan-routes:height', height: 734, id: 'a' }, '*')
 *
 *   type    always the string 'balkan-routes:height'
 *   height  the document's content height in CSS pixels, a whole number
 *   id      the frame's id from ?embed=<id> or ?frame=<id> in its src, else null; for hosts that
 *           listen themselves (this script matches frames by event.source and does not need it)
 *
 * The message carries only a height, so it is posted to any origin ('*'). This script is where
 * trust is decided: it sets an iframe's height only when
 *   - event.source is the contentWindow of an iframe[data-balkan-routes] on this page,
 *   - event.origin is that iframe's src origin,
 *   - the data is exactly { type, height, id? }: type as above, height a finite number from 100
 *     to 10000, id a string or null.
 * Anything else is ignored silently. Frames added to the page later are found too.
 *
 * As it starts, this script asks each frame to measure again, in case the frame posted before the
 * script loaded: frame.contentWindow.postMessage({ type: 'balkan-routes:measure' }, <src origin>).
 * The frame answers only its own parent, with the height message above.
 * Plain ES5-compatible script on purpose: hosts include it as is, with no build step.
 */
(function () {
  'use strict';
  if (window.__balkanRoutesEmbed) return; // the snippet may be pasted once per frame
  window.__balkanRoutesEmbed = true;

  var TYPE = 'balkan-routes:height';
  var MIN = 100;
  var MAX = 10000;
  var KEYS = { type: true, height: true, id: true };

  function wellFormed(data) {
    if (data === null || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
    for (var key in data) if (!Object.prototype.hasOwnProperty.call(KEYS, key)) return false;
    if (data.type !== TYPE) return false;
    if (typeof data.height !== 'number' || !isFinite(data.height) || data.height < MIN || data.height > MAX) return false;
    return data.id === undefined || data.id === null || typeof data.id === 'string';
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  var frames = document.querySelectorAll('iframe[data-balkan-routes]');
  for (var i = 0; i < frames.length; i++) {
    var origin = originOf(frames[i]);
    // A frame still on about:blank, or at another origin than its src, drops the request: harmless.
    if (frames[i].contentWindow && origin && origin !== 'null') {
      frames[i].contentWindow.postMessage({ type: 'balkan-routes:measure' }, origin);
    }
  }

  window.addEventListener('message', function (event) {
    if (!event.source || !wellFormed(event.data)) return;
    var frames = document.querySelectorAll('iframe[data-balkan-routes]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      var height = String(Math.ceil(event.data.height));
      frame.setAttribute('height', height);
      // The snippet's style="border:0" leaves height to the attribute; a host stylesheet may not.
      frame.style.height = height + 'px';
      return;
    }
  });
})();
