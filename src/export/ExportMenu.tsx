import { useEffect, useId, useState } from 'preact/hooks';
import { facts } from '../data/factBase';
import { documents } from '../data/sources';
import { explorer } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import { citeView } from './cite';
import { figuresCsv } from './csv';
import { saveBlob } from './download';
import { allLayersGeoJson } from './geojson';
import { downloadViewPng } from './png';
import { canSnapshot } from './snapshot';
import { CopyText } from '../ui/CopyText';
import { useDisclosure } from '../ui/useDisclosure';
import './export.css';

/** Why the PNG items are off, or null when the map can be captured. */
function usePngBlocker(): string | null {
  const mapStatus = useExplorer((s) => s.mapStatus);
  const panel = useExplorer((s) => s.panel);
  if (mapStatus === 'unavailable') return 'A PNG needs the map, which this browser cannot draw (it has no WebGL 2).';
  if (panel === 'table') return 'Switch to the map to download it as a PNG.';
  if (mapStatus !== 'idle' || !canSnapshot()) return 'The map is still loading.';
  return null;
}

function downloadCsv() {
  // The byte-order mark tells Excel the file is UTF-8, so "£" and curly quotes survive; other tools ignore it.
  saveBlob(new Blob(['\uFEFF', figuresCsv(facts, documents)], { type: 'text/csv;charset=utf-8' }), 'balkan-routes-figures.csv');
}

function downloadGeoJson() {
  saveBlob(new Blob([JSON.stringify(allLayersGeoJson())], { type: 'application/geo+json' }), 'balkan-routes-layers.geojson');
}

/** The citation text with a Copy button; the text is selected where the clipboard is refused. */
function CitePanel({ id }: { id: string }) {
  const [citation] = useState(() => citeView(explorer.getState(), location.href, new Date()).text);
  return (
    <div class="export-cite" id={id}>
      <CopyText
        block="export-cite"
        id={`${id}-text`}
        label="Citation for this view"
        value={citation}
        rows={9}
        copyClass="export-menu__item"
        data-testid="cite-text"
      />
    </div>
  );
}

/**
 * "Download / cite": a disclosure (button + list of buttons, not an ARIA menu, so Tab and the
 * screen reader's own keys work as everywhere else). Escape or a click outside closes it.
 */
export function ExportMenu() {
  const { open, setOpen, root, toggle, onKeyDown } = useDisclosure();
  const [citeOpen, setCiteOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selection = useExplorer((s) => s.selection);
  const year = useExplorer((s) => s.year);
  const blocker = usePngBlocker();
  const id = useId();

  // A citation names one view: opened afresh for whatever the reader is looking at now.
  useEffect(() => setCiteOpen(false), [open, selection, year]);

  const png = async (scale: 1 | 2) => {
    if (blocker || busy) return;
    setBusy(true);
    setStatus(`Preparing the ${scale}× PNG…`);
    try {
      await downloadViewPng(explorer.getState(), scale);
      setStatus(`Saved the ${scale}× PNG.`);
    } catch (error) {
      setStatus(`The PNG could not be made: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const pngItem = (scale: 1 | 2) => (
    <button
      type="button"
      class="export-menu__item"
      aria-disabled={blocker !== null || busy}
      aria-describedby={blocker ? `${id}-why` : undefined}
      onClick={() => void png(scale)}
    >
      Download PNG ({scale}×)
    </button>
  );

  return (
    <div class="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={toggle}
        class="button-quiet export-menu__toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Download / cite
      </button>
      <div class="export-menu__panel" id={`${id}-panel`} hidden={!open}>
        <ul class="export-menu__list">
          <li>{pngItem(1)}</li>
          <li>{pngItem(2)}</li>
          {blocker && (
            <li class="export-menu__why" id={`${id}-why`}>
              {blocker}
            </li>
          )}
          <li>
            <button type="button" class="export-menu__item" onClick={downloadCsv}>
              Download figures (CSV)
            </button>
          </li>
          <li>
            <button type="button" class="export-menu__item" onClick={downloadGeoJson}>
              Download layers (GeoJSON)
            </button>
          </li>
          <li>
            <button type="button" class="export-menu__item" aria-expanded={citeOpen} aria-controls={`${id}-cite`} onClick={() => setCiteOpen(!citeOpen)}>
              Cite this view
            </button>
          </li>
        </ul>
        {citeOpen && <CitePanel id={`${id}-cite`} />}
        <p class="export-menu__status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
