// The frame's half of auto-size; public/embed.js is the host's half and documents the message.

const MESSAGE_TYPE = 'balkan-routes:height';
/** The host script asks again when it starts, in case it loaded after the frame's first message. */
const REQUEST_TYPE = 'balkan-routes:measure';

/** The host's name for this frame, from ?frame=<id> or ?embed=<id>; null when it gave none. */
function frameIdFrom(search: string): string | null {
  const params = new URLSearchParams(search);
  const id = params.get('frame') || params.get('embed');
  return id ? id.slice(0, 100) : null;
}

// Read when this module loads: URL sync later rewrites the query and keeps only a bare `embed`.
const frameId = frameIdFrom(location.search);

/**
 * Posts the document's content height to the parent window on load and whenever it changes, so
 * a host running embed.js can size the iframe to fit. No-op outside a frame. Returns a stop function.
 */
export function startAutoSize(): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = (force = false) => {
    // The root's own box, not scrollHeight, which never reports less than the frame's current height.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if ((height === last && !force) || height === 0) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE_TYPE, height, id: frameId }, '*');
  };
  const onResize = () => post();
  const onLoad = () => post(true);
  // Only our own parent may ask, and only with the exact request: the answer is the same height message.
  const onMessage = (event: MessageEvent) => {
    if (event.source === window.parent && event.data?.type === REQUEST_TYPE) post(true);
  };
  const observer = new ResizeObserver(onResize);
  observer.observe(document.documentElement);
  window.addEventListener('load', onLoad);
  window.addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    window.removeEventListener('load', onLoad);
    window.removeEventListener('message', onMessage);
  };
}
