import { useRef, useState } from 'preact/hooks';

/** Where the panel sits on a phone: a strip with its heading, half the screen, or nearly all of it. */
export type SheetPosition = 'peek' | 'half' | 'full';
const POSITIONS: readonly SheetPosition[] = ['peek', 'half', 'full'];
const WORDS: Record<SheetPosition, string> = { peek: 'Heading only', half: 'Half the screen', full: 'Full screen' };
/** Room kept above a full sheet, so the search and a strip of map stay in sight. */
const FULL_GAP = 56;
/** A press that moves less than this is a tap, not a drag. */
const TAP_PX = 6;

/** Height of each position in px, as sheet.css sets them; the peek is --sheet-peek, the strip the map leaves free. */
function heights(sheet: HTMLElement | null): Record<SheetPosition, number> {
  const peek = parseFloat(sheet ? getComputedStyle(sheet).getPropertyValue('--sheet-peek') : '') || 128;
  return { peek, half: Math.max(peek, innerHeight / 2), full: Math.max(peek, innerHeight - FULL_GAP) };
}

/**
 * The panel as a bottom sheet below 700 px. The grip is a vertical slider: drag it, tap it to step
 * up (and back down from full), or use the arrow keys, Home and End.
 */
export function useSheet() {
  const [position, setPosition] = useState<SheetPosition>('peek');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const sheet = useRef<HTMLElement>(null);
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  const at = POSITIONS.indexOf(position);
  const step = (by: number) => setPosition(POSITIONS[Math.max(0, Math.min(POSITIONS.length - 1, at + by))]!);

  const grip = {
    role: 'slider' as const,
    tabindex: 0,
    class: 'panel__handle',
    'aria-label': 'Panel size',
    'aria-orientation': 'vertical' as const,
    'aria-valuemin': 0,
    'aria-valuemax': POSITIONS.length - 1,
    'aria-valuenow': at,
    'aria-valuetext': WORDS[position],
    onKeyDown: (event: KeyboardEvent) => {
      const moves: Record<string, () => void> = {
        ArrowUp: () => step(1),
        ArrowRight: () => step(1),
        ArrowDown: () => step(-1),
        ArrowLeft: () => step(-1),
        Home: () => setPosition('peek'),
        End: () => setPosition('full'),
        Enter: () => step(at === POSITIONS.length - 1 ? -2 : 1),
        ' ': () => step(at === POSITIONS.length - 1 ? -2 : 1),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      move();
    },
    onPointerDown: (event: PointerEvent) => {
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      drag.current = { y: event.clientY, height: sheet.current?.getBoundingClientRect().height ?? 0, moved: false };
    },
    onPointerMove: (event: PointerEvent) => {
      const d = drag.current;
      if (!d) return;
      const dy = d.y - event.clientY;
      if (Math.abs(dy) >= TAP_PX) d.moved = true;
      if (!d.moved) return;
      const h = heights(sheet.current);
      setDragHeight(Math.max(h.peek, Math.min(h.full, d.height + dy)));
    },
    onPointerUp: (event: PointerEvent) => {
      const d = drag.current;
      drag.current = null;
      setDragHeight(null);
      if (!d) return;
      if (!d.moved) return step(at === POSITIONS.length - 1 ? -2 : 1);
      // Settle at the position nearest to where the finger let go.
      const h = heights(sheet.current);
      const released = d.height + d.y - event.clientY;
      setPosition(POSITIONS.reduce((best, p) => (Math.abs(h[p] - released) < Math.abs(h[best] - released) ? p : best), 'peek'));
    },
    onPointerCancel: () => {
      drag.current = null;
      setDragHeight(null);
    },
  };
  // Heights of the positions come from sheet.css; only a drag in progress sets one here.
  const style = dragHeight === null ? undefined : { height: `${dragHeight}px` };
  return { position, sheet, grip, style };
}
