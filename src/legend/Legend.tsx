import { useId, useState } from 'preact/hooks';
import { LAYER_IDS, LAYERS as LAYER_WORDS, PLACE_KINDS, ROLES as ROLE_WORDS, SEVERAL_ROLES, type Role } from '../data/vocab';
import { themes, type Theme } from '../symbols/theme';
import { countryFill } from '../symbols/fills';
import { BORDER_LOOKS, ROUTE_LOOK_IDS, ROUTE_LOOKS, svgDash, type RouteLook } from '../symbols/lines';
import { MARKER_KINDS, MARKERS, REGION_HALO, haloOpacity, type MarkerKind } from '../symbols/markers';
import { ApproximateRing, FillSwatch, HaloDef, MarkerShape, MarkerSwatch, RouteLine } from '../symbols/svg';
import { toggleLayer } from '../store/actions';
import type { LayerId } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import './legend.css';

export const ROLES: { roles: Role[]; label: string }[] = [
  { roles: ['source'], label: ROLE_WORDS.source.legend },
  { roles: ['transit'], label: ROLE_WORDS.transit.legend },
  { roles: ['destination'], label: ROLE_WORDS.destination.legend },
  { roles: ['destination', 'transit'], label: SEVERAL_ROLES },
];

/** A route swatch in a look of symbols/lines.ts, as the map draws it: line, casing and arrow. */
function RouteSwatch({ look, theme: t }: { look: RouteLook; theme: Theme }) {
  return (
    <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
      <RouteLine d="M2 13 Q 15 5 28 13" look={look} width={2} theme={t} />
      <path d="M11 5.5 L20 9 L11 13.5 Z" fill={t.route} stroke={t.routeCasing} stroke-width="1.2" stroke-linejoin="round" />
    </svg>
  );
}

/** A country swatch: the fill symbols/fills.ts gives these roles, drawn by the shared SVG renderer. */
export function RoleSwatch({ roles, immigration = false, theme: t = themes.light }: { roles: Role[]; immigration?: boolean; theme?: Theme }) {
  const id = useId();
  return <FillSwatch fill={countryFill(roles, immigration, t)} id={`${id}-fill`} theme={t} />;
}

/** The countries switch: a strip of the three role colours. */
const allRoles = (t: Theme) => (
  <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
    {ROLES.slice(0, 3).map(({ roles: [role] }, i) => role && <rect key={role} x={i * 10} width="10" height="20" fill={t.roles[role]} />)}
  </svg>
);

/** The markers a legend switch shows (symbols/markers.ts), as the map draws them. */
const markersOf = (layer: LayerId): MarkerKind[] => MARKER_KINDS.filter((k) => PLACE_KINDS[k].layer === layer);

/** Small drawings of each layer's symbol, as the map draws it, in theme `t`. */
export function layerSymbols(t: Theme): Record<Exclude<LayerId, 'countries'>, preact.JSX.Element> {
  const [border, admin] = [BORDER_LOOKS.international, BORDER_LOOKS.administrative];
  return {
    routes: <RouteSwatch look={ROUTE_LOOKS['entry-primary']} theme={t} />,
    borders: (
      <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
        <path d="M1 6 H29" stroke={t[border.ink]} stroke-width={border.width[1]} />
        <path d="M1 14 H29" stroke={t.crossingHalo} stroke-opacity="0.35" stroke-width="7" stroke-linecap="round" />
        <path d="M1 14 H29" stroke={t[admin.ink]} stroke-width={admin.width[1]} stroke-dasharray={svgDash(admin, admin.width[1])} />
      </svg>
    ),
    sites: <MarkerSwatch kinds={markersOf('sites')} theme={t} />,
    institutions: <MarkerSwatch kinds={markersOf('institutions')} theme={t} />,
    postings: <MarkerSwatch kinds={markersOf('postings')} theme={t} />,
  };
}
export const SYMBOLS = layerSymbols(themes.light);

/** A place the sources locate only roughly: a region's halo, the dashed ring round a marker. */
function ApproximateSwatch({ theme: t }: { theme: Theme }) {
  const id = `${useId()}-halo`;
  return (
    <svg class="legend__swatch" width="30" height="24" viewBox="0 0 30 24" aria-hidden="true">
      <defs>
        <HaloDef id={id} halo={{ ...REGION_HALO, opacity: haloOpacity(REGION_HALO, 'selected') }} theme={t} />
      </defs>
      <circle cx="15" cy="12" r="12" fill={`url(#${id})`} />
      <ApproximateRing at={[15, 12]} scale={0.8} theme={t} />
      <MarkerShape look={MARKERS.institution} at={[15, 12]} scale={0.5} theme={t} />
    </svg>
  );
}

export const LAYERS: { id: LayerId; label: string }[] = LAYER_IDS.map((id) => ({ id, label: LAYER_WORDS[id].label }));

/** Open by default where there is room; a one-line bar on phones. */
const startsOpen = () => typeof matchMedia !== 'function' || matchMedia('(min-width: 700px)').matches;

/**
 * The role legend, doubling as the layer switcher: each checkbox shows or hides one map layer,
 * and its swatch shows what that layer looks like on the map.
 */
export function Legend({ collapsed = false, theme: t = themes.light }: { collapsed?: boolean; theme?: Theme }) {
  const symbols = layerSymbols(t);
  const layers = useExplorer((s) => s.layers);
  const headingId = useId();
  const [open] = useState(() => !collapsed && startsOpen());
  return (
    <section class="legend" aria-labelledby={headingId} data-map-overlay>
      <details open={open}>
        <summary class="legend__summary">
          <h2 id={headingId} class="legend__heading">
            Legend and layers
          </h2>
        </summary>
        <ul class="legend__list">
          {LAYERS.map(({ id, label }) => (
            <li key={id}>
              <label class="legend__layer">
                <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} />
                {id === 'countries' ? allRoles(t) : symbols[id]}
                <span class="legend__label">{label}</span>
              </label>
              {id === 'countries' && (
                <ul class="legend__roles" aria-label="Country roles">
                  {ROLES.map(({ roles, label: roleLabel }) => (
                    <li key={roleLabel}>
                      <RoleSwatch roles={roles} theme={t} />
                      {roleLabel}
                    </li>
                  ))}
                  <li>
                    <RoleSwatch roles={[]} immigration theme={t} />
                    Illegal immigration (not trafficking)
                  </li>
                </ul>
              )}
              {id === 'routes' && (
                <ul class="legend__roles" aria-label="Kinds of route">
                  {ROUTE_LOOK_IDS.map((look) => (
                    <li key={look}>
                      <RouteSwatch look={ROUTE_LOOKS[look]} theme={t} />
                      {ROUTE_LOOKS[look].label}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <p class="legend__approx">
          <ApproximateSwatch theme={t} />
          Approximate location
        </p>
      </details>
    </section>
  );
}
