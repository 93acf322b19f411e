// The presenter's keys, as PowerPoint and reveal.js have taught them, clicker included (clickers
// send PageDown / PageUp, and their slideshow button alternates F5 and Esc). Pure: the audience
// window runs the command, the presenter window sends it to the audience window.
import type { Blank } from '../store/explorer';

export type Command =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  /** 0-based scene index. */
  | { kind: 'go'; scene: number }
  | { kind: 'blank'; blank: Blank }
  | { kind: 'unblank' }
  /** F5: start presenting, or resume at the scene last shown. */
  | { kind: 'start' }
  | { kind: 'leave' }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'presenter' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

export interface KeyContext {
  presenting: boolean;
  blank: Blank | null;
  /** Digits typed so far for "number then Enter". */
  digits: string;
}

export interface KeyResult {
  /** Undefined when the key is not ours: the browser and the page keep it. */
  command?: Command;
  /** Whether the key was ours (so the browser must not act on it: no reload on F5, no scroll on Space). */
  handled: boolean;
  digits: string;
}

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n', 'N', 'Enter']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace', 'p', 'P']);
const SIMPLE: Record<string, Command> = {
  Home: { kind: 'first' },
  End: { kind: 'last' },
  b: { kind: 'blank', blank: 'black' },
  B: { kind: 'blank', blank: 'black' },
  '.': { kind: 'blank', blank: 'black' },
  w: { kind: 'blank', blank: 'white' },
  W: { kind: 'blank', blank: 'white' },
  ',': { kind: 'blank', blank: 'white' },
  Escape: { kind: 'leave' },
  f: { kind: 'fullscreen' },
  F: { kind: 'fullscreen' },
  s: { kind: 'presenter' },
  S: { kind: 'presenter' },
  '?': { kind: 'help' },
};
/** Keys that only modify others; pressing one alone does nothing, even on a blank screen. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);
/** More digits than any scene number needs are ignored. */
const MAX_DIGITS = 3;

/** What a key press means to the presentation, given where it is. */
export function readKey({ key, shiftKey }: KeyPress, { presenting, blank, digits }: KeyContext): KeyResult {
  const ours = (command?: Command, nextDigits = ''): KeyResult => ({ ...(command ? { command } : {}), handled: true, digits: nextDigits });
  if (key === 'F5') return ours(presenting ? undefined : { kind: 'start' });
  if (!presenting) return { handled: false, digits: '' };
  if (MODIFIERS.has(key)) return { handled: false, digits };
  // A blanked screen comes back with any key, and that key does nothing else.
  if (blank !== null) return ours({ kind: 'unblank' });
  if (/^[0-9]$/.test(key)) return ours(undefined, (digits + key).slice(0, MAX_DIGITS));
  if (key === 'Enter' && digits !== '') return ours({ kind: 'go', scene: Number(digits) - 1 });
  if (key === 'Backspace' && digits !== '') return ours(undefined, digits.slice(0, -1));
  if (key === 'Escape' && digits !== '') return ours(undefined, '');
  if (key === ' ' && shiftKey) return ours({ kind: 'previous' });
  if (NEXT.has(key)) return ours({ kind: 'next' });
  if (PREVIOUS.has(key)) return ours({ kind: 'previous' });
  const command = SIMPLE[key];
  return command ? ours(command) : { handled: false, digits };
}

/** The help overlay's table, and README's: what to press for what. */
export const KEY_HELP: readonly { keys: string; does: string }[] = [
  { keys: 'Page Down, →, ↓, Space, N, Enter', does: 'Next scene' },
  { keys: 'Page Up, ←, ↑, Backspace, P, Shift+Space', does: 'Previous scene' },
  { keys: 'Home, End', does: 'First, last scene' },
  { keys: 'a number, then Enter', does: 'Go to that scene' },
  { keys: 'B or .', does: 'Black screen (any key returns)' },
  { keys: 'W or ,', does: 'White screen (any key returns)' },
  { keys: 'F5, Shift+F5', does: 'Start presenting, or resume at the last scene' },
  { keys: 'Esc', does: 'Leave the presentation' },
  { keys: 'S', does: 'Presenter view: notes, next scene, timer' },
  { keys: 'F', does: 'Full screen' },
  { keys: '?', does: 'This list of keys' },
];
