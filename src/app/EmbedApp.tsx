import { RECORDS } from '../data/vocab';
import { TIME_MODES } from '../data/time';
import { useEffect, useState } from 'preact/hooks';
import { Notices } from './Notices';
import { documents, licence } from '../data/sources';
import { Legend } from '../legend/Legend';
import { MapView } from '../map/MapView';
import { themes } from '../symbols/theme';
import { Panel } from '../panel/Panel';
import { FIRST_YEAR, LAST_YEAR, type EmbedTheme } from '../store/explorer';
import { toQuery } from '../store/url';
import { useExplorer } from '../store/useExplorer';
import { startAutoSize } from './autosize';
import './embed.css';

/**
 * The credit names the parliamentary records, never the tool: that is what a reader of the host
 * page needs to cite. The FCO reference is shortened; the full one is in the panel's overview.
 */
const CREDIT = `Sources: ${Object.values(documents)
  .map((d) => d.shortCredit)
  .join('; ')}. ${licence.attribution}.`;

interface EmbedAppProps {
  /**
   * Where the full explorer lives, given by the web component. Without it the embed is the page
   * itself, inside an iframe: its links are relative and it reports its height to the parent.
   */
  appUrl?: string;
  /** Under 800 px the legend starts folded and the attribution compact; an iframe is its own viewport. */
  narrow?: boolean;
}

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** `auto` follows the reader's colour scheme, and changes with it. */
function useDark(theme: EmbedTheme): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia(DARK_SCHEME) : null;
  const [prefersDark, setPrefersDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (theme !== 'auto' || !query) return undefined;
    const onChange = () => setPrefersDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [theme]);
  return theme === 'dark' || (theme === 'auto' && prefersDark);
}

/**
 * The chrome-light view for iframes (`?embed`) and `<balkan-routes-map>`: title, map with
 * cooperative gestures so it never captures the host page's scrolling, the selection's details,
 * and a footer crediting the sources, like a newsroom chart embed.
 */
export function EmbedApp({ appUrl, narrow = innerWidth < 800 }: EmbedAppProps) {
  const query = useExplorer((s) => toQuery(s));
  const year = useExplorer((s) => s.year);
  const time = useExplorer((s) => s.time);
  const look = useExplorer((s) => s.embedLook);
  const dark = useDark(look.theme);
  const inFrame = appUrl === undefined;

  useEffect(() => (inFrame ? startAutoSize() : undefined), [inFrame]);

  const explorerUrl = `${appUrl ?? location.pathname}${query ? `?${query}` : ''}`;
  const flavor = dark ? 'dark' : 'light';
  return (
    <div class="embed" data-theme={flavor} data-plain={look.plain || undefined} data-static={look.static || undefined}>
      {!look.plain && (
        <header class="embed__header">
          <h1 class="embed__title">
            Trafficking routes in the Balkans, {FIRST_YEAR}–{year}
          </h1>
          <p class="embed__dek">
            What {RECORDS} say{year < LAST_YEAR ? `. ${TIME_MODES[time].sentence(year)}` : ''}.
            {!look.static && ' Select a country, route or marker for the source sentences.'}
          </p>
        </header>
      )}
      <div class="embed__body">
        <main class="embed__map">
          {/* Keyed by theme: MapLibre's style is built once per map, so a change of scheme makes a new map. */}
          <MapView key={flavor} cooperative flavor={flavor} interactive={!look.static} compactAttribution={narrow} />
          <div class="embed__overlays" inert={look.static}>
            <Legend collapsed={narrow} theme={themes[flavor]} />
          </div>
          <Notices />
        </main>
        <div class="embed__details" inert={look.static}>
          <Panel />
        </div>
      </div>
      {/* Plain keeps the credit, the sources must always be named, but drops the link and the rest of the footer. */}
      <footer class="embed__footer">
        <p class="embed__credit">{CREDIT}</p>
        {!look.plain && (
          <a class="embed__open" href={explorerUrl} target="_blank" rel="noopener">
            Open full explorer<span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </footer>
    </div>
  );
}
