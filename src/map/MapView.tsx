import { useEffect, useRef } from 'preact/hooks';
import { notify, setMapStatus } from '../store/actions';
import { useExplorer } from '../store/useExplorer';
import { mountMap } from './binding';
import { themes } from './theme';
import { Tooltip } from './Tooltip';
import './map.css';

const NO_WEBGL = 'The map needs WebGL 2, which this browser does not offer. The panel, search, source reader and table still work.';

interface MapViewProps {
  /** Ctrl + scroll and two-finger pan, for a map embedded in a scrolling page. */
  cooperative?: boolean;
  /** `projector` draws larger and with more contrast, for presenting. */
  flavor?: keyof typeof themes;
}

/**
 * The map region. MapLibre is created once per mount (./binding); from then on the store drives
 * it. `data-map-state` ("loading", "idle", "unavailable") lets tests and the embed wait for it.
 */
export function MapView({ cooperative = false, flavor = 'light' }: MapViewProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const status = useExplorer((s) => s.mapStatus);

  useEffect(() => {
    const container = canvasRef.current;
    if (!container) return undefined;
    setMapStatus('loading');
    const unmount = mountMap(container, { theme: themes[flavor], cooperative });
    if (unmount) return unmount;
    setMapStatus('unavailable');
    notify(NO_WEBGL);
    return undefined;
    // Created once: later changes reach the map through the store, never by re-creating it.
  }, []);

  return (
    <div
      class="map"
      data-testid="map"
      data-map-state={status}
      role="region"
      aria-label="Map of trafficking routes and the response, 2000–2004"
      aria-describedby="map-description"
    >
      <p id="map-description" class="visually-hidden">
        Countries are coloured and textured by the role the sources give them: source, transit or destination;
        Kosovo, both destination and transit, is striped. Arrows show the routes the sources describe. Markers show
        airports, meeting cities, institutions and liaison postings; a dashed ring or a soft halo marks a location the
        sources give only roughly. Everything on the map is also in the search, the side panel and the table.
      </p>
      <div ref={canvasRef} class="map__canvas" hidden={status === 'unavailable'} />
      {status === 'unavailable' && (
        <div class="map__fallback">
          <h2>The map cannot be drawn in this browser</h2>
          <p>{NO_WEBGL}</p>
          <p>Use the search above, or switch to the table, to reach every place, route and figure with its sources.</p>
        </div>
      )}
      <Tooltip />
    </div>
  );
}
