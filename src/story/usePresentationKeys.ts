import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Blank } from '../store/explorer';
import { readKey, type Command } from './keys';
import { ownedByTarget, withCommandModifier } from './ownedKeys';

interface Options {
  /** Read at each key press: whether presenting, and whether the screen is blanked. */
  where: () => { presenting: boolean; blank: Blank | null };
  run: (command: Command) => void;
  /** While the key list is open, any key closes it and does nothing else. */
  helpOpen: boolean;
  closeHelp: () => void;
}

/**
 * The presentation's keys on this window's document, captured before anything else sees them
 * (the map would pan on the arrows). Returns the digits typed so far for "number then Enter".
 */
export function usePresentationKeys({ where, run, helpOpen, closeHelp }: Options): string {
  const [digits, setDigits] = useState('');
  const latest = useRef({ where, run, helpOpen, closeHelp, digits });
  latest.current = { where, run, helpOpen, closeHelp, digits };

  // A layout effect, so no key pressed once the page shows is lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const now = latest.current;
      if (event.defaultPrevented || withCommandModifier(event)) return;
      const { presenting, blank } = now.where();
      if (now.helpOpen && presenting && event.key !== 'Shift') {
        event.preventDefault();
        now.closeHelp();
        return;
      }
      const typingScene = now.digits !== '' && event.key === 'Enter';
      if (!typingScene && ownedByTarget(event)) return;
      const result = readKey(event, { presenting, blank, digits: now.digits });
      if (result.digits !== now.digits) {
        latest.current.digits = result.digits;
        setDigits(result.digits);
      }
      if (!result.handled) return;
      event.preventDefault();
      event.stopPropagation();
      if (result.command) now.run(result.command);
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  return digits;
}
