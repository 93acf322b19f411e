import { useEffect, useRef, useState } from 'preact/hooks';
import { explorer, type ExplorerState } from './explorer';

/**
 * Reads a slice of the store and re-renders only when that slice changes (by Object.is).
 * Example: `const selection = useExplorer((s) => s.selection)`.
 */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  const [value, setValue] = useState(() => selector(explorer.getState()));
  const latest = useRef(selector);
  latest.current = selector;
  useEffect(() => {
    setValue(() => latest.current(explorer.getState()));
    return explorer.subscribe((state) => setValue(() => latest.current(state)));
  }, []);
  return value;
}
