import { describe, expect, it } from 'vitest';
import { readKey, type KeyContext } from './keys';

const presenting: KeyContext = { presenting: true, blank: null, digits: '' };
const press = (key: string, context: KeyContext = presenting, shiftKey = false) => readKey({ key, shiftKey }, context);

describe('readKey', () => {
  it.each(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n', 'N', 'Enter'])('%s goes to the next scene', (key) => {
    expect(press(key)).toEqual({ command: { kind: 'next' }, handled: true, digits: '' });
  });

  it.each(['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace', 'p', 'P'])('%s goes back a scene', (key) => {
    expect(press(key).command).toEqual({ kind: 'previous' });
  });

  it('reads Shift+Space as back, Home and End as first and last', () => {
    expect(press(' ', presenting, true).command).toEqual({ kind: 'previous' });
    expect(press('Home').command).toEqual({ kind: 'first' });
    expect(press('End').command).toEqual({ kind: 'last' });
  });

  it('blanks with B or . (black) and W or , (white); then any key but a lone modifier returns', () => {
    for (const key of ['b', 'B', '.']) expect(press(key).command).toEqual({ kind: 'blank', blank: 'black' });
    for (const key of ['w', 'W', ',']) expect(press(key).command).toEqual({ kind: 'blank', blank: 'white' });
    const blank: KeyContext = { ...presenting, blank: 'black' };
    for (const key of ['PageDown', 'b', 'x', 'Escape', '3']) expect(press(key, blank).command).toEqual({ kind: 'unblank' });
    expect(press('Shift', blank)).toEqual({ handled: false, digits: '' });
  });

  it('jumps to a scene with a number then Enter, counting from 1; Backspace and Esc edit the number', () => {
    let context = presenting;
    for (const key of ['1', '2']) context = { ...context, digits: press(key, context).digits };
    expect(context.digits).toBe('12');
    expect(press('Backspace', context)).toEqual({ handled: true, digits: '1' });
    expect(press('Escape', context)).toEqual({ handled: true, digits: '' });
    expect(press('Enter', { ...presenting, digits: '5' })).toEqual({ command: { kind: 'go', scene: 4 }, handled: true, digits: '' });
    expect(press('9', { ...presenting, digits: '123' }).digits).toBe('123');
  });

  it('takes F5 and Shift+F5 to start or resume, and swallows F5 while presenting so the page never reloads', () => {
    const idle: KeyContext = { presenting: false, blank: null, digits: '' };
    expect(press('F5', idle)).toEqual({ command: { kind: 'start' }, handled: true, digits: '' });
    expect(press('F5', idle, true).command).toEqual({ kind: 'start' });
    expect(press('F5')).toEqual({ handled: true, digits: '' });
  });

  it('leaves every other key alone when not presenting', () => {
    const idle: KeyContext = { presenting: false, blank: null, digits: '' };
    for (const key of ['PageDown', 'ArrowRight', 'b', 'Escape', '?', '3', 'Enter']) expect(press(key, idle).handled).toBe(false);
  });

  it('has Esc leave, S open the presenter view, F full screen and ? the key list', () => {
    expect(press('Escape').command).toEqual({ kind: 'leave' });
    expect(press('s').command).toEqual({ kind: 'presenter' });
    expect(press('f').command).toEqual({ kind: 'fullscreen' });
    expect(press('?').command).toEqual({ kind: 'help' });
    expect(press('x').handled).toBe(false);
  });
});
