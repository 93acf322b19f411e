import { useEffect, useRef } from 'preact/hooks';
import { notify, setMapStatus } from '../store/actions';
import { YEAR_SPAN } from '../data/vocab';
import { useExplorer } from '../store/useExplorer';
import { LiveMap } from './LiveMap';
import { themes, themeWhile } from '../symbols/theme';
import { Tooltip } from './Tooltip';
import './map.css';

const SIMPLIFIED = 'No WebGL 2 in this browser: a simplified map is shown.';
const NOT_LOADED = 'The interactive map could not be loaded, so a simplified map is shown.';

interface MapViewProps {
  /** Ctrl + scroll and two-finger pan, for a map embedded in a scrolling page. */
  cooperative?: boolean;
  /** `projector` draws larger and with more contrast, for presenting; `dark` for dark host pages. */
  flavor?: keyof typeof themes;
  /** False for a static embed: a picture for print and screenshots, no gestures, no selection. */
  interactive?: boolean;
  /** Attribution folded into an ⓘ button, for narrow embeds. */
  compactAttribution?: boolean;
}

/**
 * The map region. The SVG map (LiveMap.tsx) is drawn at once from the store; MapLibre loads
 * in its own chunk and covers it once it has drawn (`data-map-state` "idle"). Where WebGL 2 is
 * missing, the SVG map stays and is the map ("unavailable"); it is also what prints.
 */
export function MapView({ cooperative = false, flavor = 'light', interactive = true, compactAttribution = false }: MapViewProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const status = useExplorer((s) => s.mapStatus);
  const presenting = useExplorer((s) => s.story !== null);

  useEffect(() => {
    const container = canvasRef.current;
    if (!container) return undefined;
    let unmount: (() => void) | null | undefined;
    let cancelled = false;
    setMapStatus('loading');
    // Dynamic: MapLibre is its own chunk, so the panel, search and the SVG map do not wait for it.
    import('./binding').then(
      ({ mountMap }) => {
        if (cancelled) return;
        // On a phone-sized map the full credit line would cover the foot of the map: fold it from the start.
        const compact = compactAttribution || container.clientWidth < 640;
        unmount = mountMap(container, { theme: themes[flavor], cooperative, interactive, compactAttribution: compact });
        if (unmount) return;
        setMapStatus('unavailable');
        notify(SIMPLIFIED);
      },
      () => {
        if (cancelled) return;
        setMapStatus('unavailable');
        notify(NOT_LOADED);
      },
    );
    return () => {
      cancelled = true;
      unmount?.();
    };
    // Created once: later changes reach the map through the store, never by re-creating it.
  }, []);

  return (
    <div
      class="map"
      data-testid="map"
      data-map-state={status}
      role="region"
      aria-label={`Map of trafficking routes and the response, ${YEAR_SPAN}`}
      aria-describedby="map-description"
    >
      <p id="map-description" class="visually-hidden">
        Countries are coloured and textured by the role the sources give them: source, transit or destination; Kosovo, both destination and transit, is striped.
        Arrows show the routes the sources describe. Markers show airports, meeting cities, institutions and liaison postings; a dashed ring or a soft halo
        marks a location the sources give only roughly. Everything on the map is also in the search, the side panel and the table.
      </p>
      <div ref={canvasRef} class="map__canvas" hidden={status === 'unavailable'} />
      <LiveMap theme={themeWhile(presenting, themes[flavor])} interactive={interactive} />
      {interactive && <Tooltip />}
    </div>
  );
}
