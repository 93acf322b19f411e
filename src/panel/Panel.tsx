import { useEffect, useRef } from 'preact/hooks';
import { useSheet } from './BottomSheet';
import { entityById, nameOf } from '../data/queries';
import { SourceReader } from '../reader/SourceReader';
import { useExplorer } from '../store/useExplorer';
import { Details } from './Details';
import { Overview } from './Overview';
import './panel.css';
import './details.css';
import './overview.css';
import './sheet.css';

/**
 * The side panel (a bottom sheet on narrow screens): the source reader, the selected item, or the overview.
 * In table mode App swaps the map for the table, whose rows are the details; the panel shows the overview.
 */
export function Panel() {
  const selection = useExplorer((s) => s.selection);
  const mode = useExplorer((s) => s.panel);
  const entity = selection === null || mode === 'table' ? undefined : entityById(selection);
  // Below 700 px the panel is a bottom sheet (BottomSheet.tsx); its grip is hidden on wider screens.
  const { position, sheet: aside, grip, style } = useSheet();
  const scroller = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);

  useEffect(() => {
    // Never on first render: a page opened at ?select=XK must not start with focus in the panel.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    scroller.current?.scrollTo({ top: 0 });
    if (mode === 'reader') return; // the reader places focus itself
    // Move focus only when it was in the panel (the button pressed has just been replaced) or has been lost;
    // focus in the map, search or table stays where the reader put it.
    const active = document.activeElement;
    const lost = active === null || active === document.body || !active.isConnected;
    if (lost || aside.current?.contains(active)) {
      aside.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    }
  }, [selection, mode]);

  // Keyed by item, so a list shown in full for one item starts short again for the next (parts.tsx useFirst).
  const label = mode === 'reader' ? 'Source reader' : entity ? nameOf(entity) : 'Overview';
  return (
    <aside class="panel" data-sheet={position} style={style} aria-label={label} ref={aside}>
      <div {...grip} />
      <div class="panel__scroll" ref={scroller}>
        {mode === 'reader' ? <SourceReader /> : entity ? <Details key={entity.item.id} entity={entity} /> : <Overview />}
      </div>
    </aside>
  );
}
