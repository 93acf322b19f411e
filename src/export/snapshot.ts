/**
 * How the PNG export gets the map's pixels without importing MapLibre (only src/map may): the map
 * module registers a capture function while a map is mounted, built with `captureMap` below.
 */

/** The map's pixels at the asked pixel ratio, and the size it has on screen in CSS pixels. */
export interface MapSnapshot {
  image: HTMLCanvasElement;
  width: number;
  height: number;
}

type Capture = (pixelRatio: number) => Promise<MapSnapshot>;

/** The subset of maplibregl.Map that a capture needs; a Map satisfies it as it is. */
interface CapturableMap {
  getCanvas(): HTMLCanvasElement;
  getPixelRatio(): number;
  setPixelRatio(pixelRatio: number): void;
  triggerRepaint(): void;
  once(type: 'render' | 'idle', listener: () => void): unknown;
}

let current: Capture | null = null;

/**
 * Called by the map module when a map mounts; returns the unregister function for its cleanup.
 * Example: `const unregister = registerMapSnapshot((ratio) => captureMap(map, ratio));`.
 */
export function registerMapSnapshot(capture: Capture): () => void {
  current = capture;
  // A map mounted later (the story's, say) may have taken over; leave its registration alone.
  return () => {
    if (current === capture) current = null;
  };
}

/** Whether a map is mounted that can be captured. */
export function canSnapshot(): boolean {
  return current !== null;
}

export function snapshotMap(pixelRatio: number): Promise<MapSnapshot> {
  return current ? current(pixelRatio) : Promise.reject(new Error('There is no map on screen to capture.'));
}

/** Generous: software WebGL on a busy machine can take many seconds to redraw a 2× map. */
const SETTLE_TIMEOUT_MS = 30_000;

function next(map: CapturableMap, type: 'render' | 'idle', then: () => void = () => undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The map did not ${type === 'idle' ? 'settle' : 'draw'} in time.`)), SETTLE_TIMEOUT_MS);
    map.once(type, () => {
      clearTimeout(timer);
      try {
        then();
        resolve();
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/**
 * Copies the map's pixels at `pixelRatio` (1 for 1×, 2 for 2×). MapLibre clears its WebGL drawing
 * buffer after each frame (no preserveDrawingBuffer, which costs every frame), so the copy is taken
 * inside a `render` event, while the frame is still there. First the map is redrawn at the asked
 * ratio and waited on until idle (labels placed, fades done); the ratio is put back afterwards. So
 * 2× is a true 2× map, drawn with twice the pixels, rather than a 1× one scaled up.
 */
export async function captureMap(map: CapturableMap, pixelRatio: number): Promise<MapSnapshot> {
  const screen = map.getCanvas();
  const [width, height] = [screen.clientWidth, screen.clientHeight];
  if (width === 0 || height === 0) throw new Error('The map is hidden, so there is nothing to capture.');
  const before = map.getPixelRatio();
  const image = document.createElement('canvas');
  try {
    // Also waits out a camera animation, so the picture is where the view is going, not mid-flight.
    const settled = next(map, 'idle');
    if (before !== pixelRatio) map.setPixelRatio(pixelRatio);
    map.triggerRepaint();
    await settled;
    const copied = next(map, 'render', () => {
      // Read the canvas after the frame: MapLibre may have clamped the ratio to its maximum canvas size.
      const drawn = map.getCanvas();
      image.width = drawn.width;
      image.height = drawn.height;
      image.getContext('2d')?.drawImage(drawn, 0, 0);
    });
    map.triggerRepaint();
    await copied;
  } finally {
    // Restores the ratio as a number: MapLibre's typings take no `null` to go back to tracking the screen.
    if (before !== pixelRatio) map.setPixelRatio(before);
  }
  return { image, width, height };
}
