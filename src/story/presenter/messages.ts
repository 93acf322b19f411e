// The two windows of a presentation talk by postMessage, window to window: the page opens the
// presenter view itself and keeps its Window, so this works from file:// too, where a same-origin
// BroadcastChannel does not (each file: page is an origin of its own). Both sides accept only
// messages from the one window they know, of exactly these shapes.
import type { Blank } from '../../store/explorer';
import type { Command } from '../keys';

export const AUDIENCE_STATE = 'balkan-routes:audience-state';
export const PRESENTER_COMMAND = 'balkan-routes:presenter-command';

/** Audience window → presenter view: where the presentation is. */
export interface AudienceState {
  type: typeof AUDIENCE_STATE;
  story: number | null;
  blank: Blank | null;
}

/** Commands the presenter view may send; full screen, help and the presenter view itself stay in their own window. */
export type RemoteCommand = Exclude<Command, { kind: 'fullscreen' | 'help' | 'presenter' }> | { kind: 'hello' };

/** Presenter view → audience window: a key or button pressed there. `hello` asks for the state. */
export interface PresenterCommand {
  type: typeof PRESENTER_COMMAND;
  command: RemoteCommand;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasExactly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));
const isBlank = (v: unknown): v is Blank | null => v === null || v === 'black' || v === 'white';
const isScene = (v: unknown, sceneCount: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < sceneCount;

/** The audience state in `data`, or undefined when it is anything else. */
export function readAudienceState(data: unknown, sceneCount: number): AudienceState | undefined {
  if (!isRecord(data) || !hasExactly(data, ['type', 'story', 'blank']) || data['type'] !== AUDIENCE_STATE) return undefined;
  const { story, blank } = data;
  if (!(story === null || isScene(story, sceneCount)) || !isBlank(blank)) return undefined;
  return { type: AUDIENCE_STATE, story, blank };
}

const PLAIN_KINDS = new Set(['next', 'previous', 'first', 'last', 'unblank', 'start', 'leave', 'hello']);

/** The presenter's command in `data`, or undefined when it is anything else. */
export function readPresenterCommand(data: unknown, sceneCount: number): RemoteCommand | undefined {
  if (!isRecord(data) || !hasExactly(data, ['type', 'command']) || data['type'] !== PRESENTER_COMMAND) return undefined;
  const command = data['command'];
  if (!isRecord(command)) return undefined;
  const kind = command['kind'];
  if (typeof kind !== 'string') return undefined;
  if (PLAIN_KINDS.has(kind)) return hasExactly(command, ['kind']) ? ({ kind } as RemoteCommand) : undefined;
  if (kind === 'go') return hasExactly(command, ['kind', 'scene']) && isScene(command['scene'], sceneCount) ? { kind, scene: command['scene'] } : undefined;
  if (kind === 'blank') {
    const blank = command['blank'];
    return hasExactly(command, ['kind', 'blank']) && (blank === 'black' || blank === 'white') ? { kind, blank } : undefined;
  }
  return undefined;
}

/**
 * Where a message may go, and whether one may be read: file: pages have opaque origins that
 * postMessage cannot name, so there the check is the source window alone (which both sides make).
 */
export const targetOrigin = (): string => (location.protocol === 'file:' ? '*' : location.origin);
export const fromOwnOrigin = (event: MessageEvent): boolean => location.protocol === 'file:' || event.origin === location.origin;
