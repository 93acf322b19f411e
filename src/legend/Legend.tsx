import { useId, useState } from 'preact/hooks';
import type { Role } from '../data/types';
import { themes } from '../map/theme';
import { toggleLayer } from '../store/actions';
import type { LayerId } from '../store/explorer';
import { useExplorer } from '../store/useExplorer';
import './legend.css';

const t = themes.light;
const ROLES: { roles: Role[]; label: string }[] = [
  { roles: ['source'], label: 'Source' },
  { roles: ['transit'], label: 'Transit' },
  { roles: ['destination'], label: 'Destination' },
  { roles: ['destination', 'transit'], label: 'Several (striped)' },
];

/** The map's textures (images.ts) redrawn in SVG at CSS size, so the legend reads in grey-scale too. */
function texture(role: Role, id: string) {
  const ink = { stroke: t.textureInk[role], fill: t.textureInk[role], 'stroke-opacity': 0.55, 'fill-opacity': 0.55 };
  switch (t.textures[role]) {
    case 'diagonal':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <path d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" stroke-width="1.3" {...ink} />
        </pattern>
      );
    case 'dots':
      return (
        <pattern id={id} width="16" height="8" patternUnits="userSpaceOnUse">
          <circle cx="4" cy="4" r="1.3" {...ink} />
          <circle cx="12" cy="0" r="1.3" {...ink} /><circle cx="12" cy="8" r="1.3" {...ink} />
        </pattern>
      );
    case 'horizontal':
      return (
        <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse">
          <path d="M0 2.5 H5" stroke-width="1.2" {...ink} />
        </pattern>
      );
  }
}

/** A country swatch: one role's colour and texture, or the diagonal bands of several roles. */
function RoleSwatch({ roles }: { roles: Role[] }) {
  const id = useId();
  const [first] = roles;
  if (!first) return null;
  return (
    <svg class="legend__swatch" width="24" height="16" viewBox="0 0 30 20" aria-hidden="true">
      <defs>
        {roles.length === 1 ? texture(first, `${id}-t`) : (
          <pattern id={`${id}-t`} width="16" height="16" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            {roles.map((r, i) => <rect key={r} x={(16 / roles.length) * i} width={16 / roles.length} height="16" fill={t.roles[r]} />)}
          </pattern>
        )}
      </defs>
      <rect width="30" height="20" fill={t.roles[first]} />
      <rect width="30" height="20" fill={`url(#${id}-t)`} />
      <rect x="0.5" y="0.5" width="29" height="19" fill="none" stroke={t.border} />
    </svg>
  );
}

/** The countries switch: a strip of the three role colours. */
const ALL_ROLES = (
  <svg class="legend__swatch" width="30" height="20" viewBox="0 0 30 20" aria-hidden="true">
    {ROLES.slice(0, 3).map(({ roles: [role] }, i) => role && <rect key={role} x={i * 10} width="10" height="20" fill={t.roles[role]} />)}
  </svg>
);

/** Small drawings of each layer's symbol, as the map draws it. */
const SYMBOLS: Record<Exclude<LayerId, 'countries'>, preact.JSX.Element> = {
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

const LAYERS: { id: LayerId; label: string }[] = [
  { id: 'countries', label: 'Countries by role' },
  { id: 'routes', label: 'Routes' },
  { id: 'borders', label: 'Borders and crossings' },
  { id: 'sites', label: 'Airports and cities' },
  { id: 'institutions', label: 'Institutions' },
  { id: 'postings', label: 'Liaison postings' },
];

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
