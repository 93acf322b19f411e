import { useId, useState } from 'preact/hooks';
import { LAYER_IDS, LAYERS as LAYER_WORDS, ROLES as ROLE_WORDS, SEVERAL_ROLES, type Role } from '../data/vocab';
import { themes } from '../map/theme';
import { countryFill } from '../symbols/fills';
import { ROUTE_LOOK_IDS, ROUTE_LOOKS, svgDash, type RouteLook } from '../symbols/lines';
import { FillSwatch } from '../symbols/svg';
import { toggleLayer } from '../store/actions';
import type { LayerId } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import './legend.css';

const t = themes.light;
export const ROLES: { roles: Role[]; label: string }[] = [
  { roles: ['source'], label: ROLE_WORDS.source.legend },
  { roles: ['transit'], label: ROLE_WORDS.transit.legend },
  { roles: ['destination'], label: ROLE_WORDS.destination.legend },
  { roles: ['destination', 'transit'], label: SEVERAL_ROLES },
];

/** A route swatch in a look of symbols/lines.ts, as the map draws it: line, casing and arrow. */
function RouteSwatch({ look }: { look: RouteLook }) {
  const width = 2 * look.width;
  const d = 'M2 13 Q 15 5 28 13';
  return (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <path d={d} fill="none" stroke={t.routeCasing} stroke-width={width + 3} stroke-linecap="round" />
      <path d={d} fill="none" stroke={t[look.ink]} stroke-width={width} stroke-linecap={look.dash ? 'butt' : 'round'} stroke-dasharray={svgDash(look, width)} />
      <path d="M11 5.5 L20 9 L11 13.5 Z" fill={t.route} stroke={t.routeCasing} stroke-width="1.2" stroke-linejoin="round" />
    </svg>
  );
}

/** A country swatch: the fill symbols/fills.ts gives these roles, drawn by the shared SVG renderer. */
export function RoleSwatch({ roles, immigration = false }: { roles: Role[]; immigration?: boolean }) {
  const id = useId();
  return <FillSwatch fill={countryFill(roles, immigration, t)} id={`${id}-fill`} theme={t} />;
}

/** The countries switch: a strip of the three role colours. */
const ALL_ROLES = (
  <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
    {ROLES.slice(0, 3).map(({ roles: [role] }, i) => role && <rect key={role} x={i * 10} width="10" height="20" fill={t.roles[role]} />)}
  </svg>
);

/** Small drawings of each layer's symbol, as the map draws it. */
export const SYMBOLS: Record<Exclude<LayerId, 'countries'>, preact.JSX.Element> = {
  routes: (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <path d="M2 13 Q 15 5 28 13" fill="none" stroke={t.routeCasing} stroke-width="5" stroke-linecap="round" />
      <path d="M2 13 Q 15 5 28 13" fill="none" stroke={t.route} stroke-width="2" stroke-linecap="round" />
      <path d="M11 5.5 L20 9 L11 13.5 Z" fill={t.route} stroke={t.routeCasing} stroke-width="1.2" stroke-linejoin="round" />
    </svg>
  ),
  borders: (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <path d="M1 6 H29" stroke={t.border} stroke-width="1.4" />
      <path d="M1 14 H29" stroke={t.crossingHalo} stroke-opacity="0.35" stroke-width="7" stroke-linecap="round" />
      <path d="M1 14 H29" stroke={t.adminBorder} stroke-width="1.6" stroke-dasharray="4 3" />
    </svg>
  ),
  sites: (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <path d="M8 3 L14 10 L8 17 L2 10 Z" fill={t.site} stroke={t.markerStroke} stroke-width="1.5" />
      <rect x="18" y="5" width="10" height="10" fill={t.site} stroke={t.markerStroke} stroke-width="1.5" />
    </svg>
  ),
  institutions: (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <circle cx="15" cy="10" r="6" fill={t.institution} stroke={t.markerStroke} stroke-width="2" />
    </svg>
  ),
  postings: (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <circle cx="15" cy="10" r="5.5" fill={t.markerStroke} stroke={t.posting} stroke-width="3.5" />
    </svg>
  ),
};

export const LAYERS: { id: LayerId; label: string }[] = LAYER_IDS.map((id) => ({ id, label: LAYER_WORDS[id].label }));

/** Open by default where there is room; a one-line bar on phones. */
const startsOpen = () => typeof matchMedia !== 'function' || matchMedia('(min-width: 700px)').matches;

/**
 * The role legend, doubling as the layer switcher: each checkbox shows or hides one map layer,
 * and its swatch shows what that layer looks like on the map.
 */
export function Legend({ collapsed = false }: { collapsed?: boolean }) {
  const layers = useExplorer((s) => s.layers);
  const headingId = useId();
  const [open] = useState(() => !collapsed && startsOpen());
  return (
    <section class="legend" aria-labelledby={headingId} data-map-overlay>
      <details open={open}>
        <summary class="legend__summary">
          <h2 id={headingId} class="legend__heading">Legend and layers</h2>
        </summary>
        <ul class="legend__list">
          {LAYERS.map(({ id, label }) => (
            <li key={id}>
              <label class="legend__layer">
                <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} />
                {id === 'countries' ? ALL_ROLES : SYMBOLS[id]}
                <span class="legend__label">{label}</span>
              </label>
              {id === 'countries' && (
                <ul class="legend__roles" aria-label="Country roles">
                  {ROLES.map(({ roles, label: roleLabel }) => (
                    <li key={roleLabel}><RoleSwatch roles={roles} />{roleLabel}</li>
                  ))}
                  <li><RoleSwatch roles={[]} immigration />Illegal immigration (not trafficking)</li>
                </ul>
              )}
              {id === 'routes' && (
                <ul class="legend__roles" aria-label="Kinds of route">
                  {ROUTE_LOOK_IDS.map((look) => <li key={look}><RouteSwatch look={ROUTE_LOOKS[look]} />{ROUTE_LOOKS[look].label}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <p class="legend__approx">
          <svg class="legend__swatch" width="30" height="24" viewBox="0 0 30 24" aria-hidden="true">
            <circle cx="15" cy="12" r="11" fill={t.approximate} fill-opacity="0.16" />
            <circle cx="15" cy="12" r="8.5" fill="none" stroke={t.approximate} stroke-width="1.8" stroke-dasharray="2.2 2.2" />
            <circle cx="15" cy="12" r="3.5" fill={t.institution} stroke={t.markerStroke} stroke-width="1.2" />
          </svg>
          Approximate location
        </p>
      </details>
    </section>
  );
}
