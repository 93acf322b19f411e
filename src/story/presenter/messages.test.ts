import { describe, expect, it } from 'vitest';
import { AUDIENCE_STATE, PRESENTER_COMMAND, readAudienceState, readPresenterCommand } from './messages';

const SCENES = 8;

describe('the presenter link accepts exactly its messages', () => {
  it('reads the audience state', () => {
    expect(readAudienceState({ type: AUDIENCE_STATE, story: 3, blank: null }, SCENES)).toEqual({ type: AUDIENCE_STATE, story: 3, blank: null });
    expect(readAudienceState({ type: AUDIENCE_STATE, story: null, blank: 'white' }, SCENES)?.blank).toBe('white');
  });

  it.each([
    ['another type', { type: 'balkan-routes:height', story: 1, blank: null }],
    ['a scene past the end', { type: AUDIENCE_STATE, story: 8, blank: null }],
    ['a fractional scene', { type: AUDIENCE_STATE, story: 1.5, blank: null }],
    ['a string scene', { type: AUDIENCE_STATE, story: '1', blank: null }],
    ['an unknown blank', { type: AUDIENCE_STATE, story: 1, blank: 'red' }],
    ['an extra key', { type: AUDIENCE_STATE, story: 1, blank: null, html: '<img>' }],
    ['a missing key', { type: AUDIENCE_STATE, story: 1 }],
    ['an array', [AUDIENCE_STATE, 1, null]],
    ['a string', AUDIENCE_STATE],
  ])('ignores audience state with %s', (_, data) => {
    expect(readAudienceState(data, SCENES)).toBeUndefined();
  });

  it('reads presenter commands', () => {
    for (const kind of ['next', 'previous', 'first', 'last', 'unblank', 'start', 'leave', 'hello']) {
      expect(readPresenterCommand({ type: PRESENTER_COMMAND, command: { kind } }, SCENES)).toEqual({ kind });
    }
    expect(readPresenterCommand({ type: PRESENTER_COMMAND, command: { kind: 'go', scene: 7 } }, SCENES)).toEqual({ kind: 'go', scene: 7 });
    expect(readPresenterCommand({ type: PRESENTER_COMMAND, command: { kind: 'blank', blank: 'black' } }, SCENES)).toEqual({ kind: 'blank', blank: 'black' });
  });

  it.each([
    ['a command the audience does not take from afar', { kind: 'fullscreen' }],
    ['an unknown command', { kind: 'reload' }],
    ['a scene out of range', { kind: 'go', scene: -1 }],
    ['a scene that is not a whole number', { kind: 'go', scene: 2.5 }],
    ['an unknown blank', { kind: 'blank', blank: 'grey' }],
    ['extra fields', { kind: 'next', by: 5 }],
    ['no command', null],
  ])('ignores %s', (_, command) => {
    expect(readPresenterCommand({ type: PRESENTER_COMMAND, command }, SCENES)).toBeUndefined();
  });

  it('ignores a command of another type or with extra keys', () => {
    expect(readPresenterCommand({ type: AUDIENCE_STATE, command: { kind: 'next' } }, SCENES)).toBeUndefined();
    expect(readPresenterCommand({ type: PRESENTER_COMMAND, command: { kind: 'next' }, extra: 1 }, SCENES)).toBeUndefined();
  });
});
