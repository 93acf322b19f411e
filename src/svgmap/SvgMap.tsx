import { useId } from 'preact/hooks';
import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import labels from '../../geo/labels.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import { entityById, placesOf } from '../data/queries';
import type { PlaceKind, Role } from '../data/types';
import { theme as t } from '../map/theme';
import type { LayerId } from '../store/explorer';
import { fitProjection, type BBox, type LngLat, type Point } from './project';

/**
 * A static map drawn as SVG, for print: no WebGL, no tiles, no network. It follows the live map's
 * conventions (role colours with textures, arrowed routes, marker shapes) so a handout reads like
 * the screen, and in black and white the textures, shapes and worded labels carry the meaning.
 */
interface Props {
  bbox: BBox;
  layers: readonly LayerId[];
  /** Fact-base ids to emphasise; initiatives and routes light up their places. */
  highlight: readonly string[];
  width: number;
  height: number;
  /** Accessible description of the picture. */
  label: string;
}

const ROLES: Role[] = ['source', 'transit', 'destination'];
/** Legend switch that shows each kind of place, as on the live map (style.ts). */
const LAYER_OF_KIND: Record<PlaceKind, LayerId> = {
  country: 'countries', region: 'countries', border: 'borders',
  airport: 'sites', city: 'sites', institution: 'institutions', posting: 'postings',
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const rolesOf = (p: GeoJSON.GeoJsonProperties): Role[] => ROLES.filter((r) => p?.[r] === true);

function pathOf(geometry: GeoJSON.Geometry, project: (p: LngLat) => Point): string {
  const line = (coords: GeoJSON.Position[], close: boolean) =>
    coords.map((c, i) => `${i === 0 ? 'M' : 'L'}${project(c as LngLat).map((n) => n.toFixed(1)).join(' ')}`).join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'Polygon': return geometry.coordinates.map((r) => line(r, true)).join('');
    case 'MultiPolygon': return geometry.coordinates.flatMap((poly) => poly.map((r) => line(r, true))).join('');
    case 'LineString': return line(geometry.coordinates, false);
    case 'MultiLineString': return geometry.coordinates.map((l) => line(l, false)).join('');
    default: return '';
  }
}

/** The highlighted ids plus the places they are about, as the live map lights them (binding.ts). */
function emphasised(highlight: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const id of highlight) {
    const entity = entityById(id);
    if (entity) [id, ...placesOf(entity)].forEach((p) => ids.add(p));
  }
  return ids;
}

function Textures({ prefix }: { prefix: string }) {
  const ink = (role: Role) => ({ stroke: t.textureInk[role], fill: t.textureInk[role], 'stroke-opacity': 0.6, 'fill-opacity': 0.6 });
  return (
    <>
      <pattern id={`${prefix}-source`} width="9" height="9" patternUnits="userSpaceOnUse">
        <path d="M-2 2 L2 -2 M0 9 L9 0 M7 11 L11 7" stroke-width="1.6" {...ink('source')} />
      </pattern>
      <pattern id={`${prefix}-transit`} width="12" height="8" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="4" r="1.5" {...ink('transit')} />
        <circle cx="9" cy="0" r="1.5" {...ink('transit')} /><circle cx="9" cy="8" r="1.5" {...ink('transit')} />
      </pattern>
      <pattern id={`${prefix}-destination`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path d="M0 3 H6" stroke-width="1.5" {...ink('destination')} />
      </pattern>
    </>
  );
}

/** Bands of each role's colour, for a country with several roles (Kosovo), as in the legend. */
function Bands({ id, roles }: { id: string; roles: Role[] }) {
  return (
    <pattern id={id} width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      {roles.map((r, i) => <rect key={r} x={(24 / roles.length) * i} width={24 / roles.length} height="24" fill={t.roles[r]} />)}
    </pattern>
  );
}

function Marker({ kind, at: [x, y] }: { kind: PlaceKind; at: Point }) {
  const stroke = { stroke: t.markerStroke, 'stroke-width': 2.5 };
  switch (kind) {
    case 'airport': return <path d={`M${x} ${y - 11} L${x + 11} ${y} L${x} ${y + 11} L${x - 11} ${y} Z`} fill={t.site} {...stroke} />;
    case 'city': return <rect x={x - 8} y={y - 8} width="16" height="16" fill={t.site} {...stroke} />;
    case 'institution': return <circle cx={x} cy={y} r="9" fill={t.institution} {...stroke} />;
    case 'posting': return <circle cx={x} cy={y} r="9" fill={t.markerStroke} stroke={t.posting} stroke-width="4" />;
    default: return <circle cx={x} cy={y} r="46" fill={t.approximate} fill-opacity="0.12" stroke={t.approximate} stroke-width="2.5" stroke-dasharray="8 6" />;
  }
}

function Label({ at: [x, y], text, size, anchor = 'start' }: { at: Point; text: string; size: number; anchor?: 'start' | 'middle' }) {
  return (
    <text x={x} y={y} font-size={size} text-anchor={anchor} fill={t.label} stroke={t.labelHalo} stroke-width={size / 4}
      stroke-linejoin="round" paint-order="stroke" font-weight="600" font-family="system-ui, 'DejaVu Sans', sans-serif">
      {text}
    </text>
  );
}

const KIND_WORDS: Partial<Record<PlaceKind, string>> = {
  airport: 'Airport', city: 'City named in the sources', institution: 'Institution',
  posting: 'Liaison officers (area only)', region: 'Region (approximate)',
};

/** The key, in the map's bottom-left corner, listing only what this map draws. */
function Key({ prefix, roles, routes: hasRoutes, kinds, height }: { prefix: string; roles: Role[]; routes: boolean; kinds: PlaceKind[]; height: number }) {
  const rows = [
    ...roles.map((r) => ({ key: r, text: `${r[0]!.toUpperCase()}${r.slice(1)} country`, swatch: (
      <><rect width="34" height="20" fill={t.roles[r]} /><rect width="34" height="20" fill={`url(#${prefix}-${r})`} /></>
    ) })),
    ...(hasRoutes ? [{ key: 'route', text: 'Route, arrow towards destination', swatch: (
      <path d="M2 10 H30" stroke={t.route} stroke-width="4" marker-end={`url(#${prefix}-arrow)`} />
    ) }] : []),
    ...kinds.map((k) => ({ key: k, text: KIND_WORDS[k] ?? k, swatch: k === 'region'
      ? <circle cx="17" cy="10" r="9" fill={t.approximate} fill-opacity="0.12" stroke={t.approximate} stroke-width="2" stroke-dasharray="4 3" />
      : <g transform="translate(17 10) scale(0.8)"><Marker kind={k} at={[0, 0]} /></g> })),
  ];
  if (rows.length === 0) return null;
  const rowHeight = 30;
  const top = height - 12 - rows.length * rowHeight - 12;
  return (
    <g transform={`translate(12 ${top})`} font-size="18" font-family="system-ui, 'DejaVu Sans', sans-serif" fill={t.label}>
      <rect width="340" height={rows.length * rowHeight + 12} fill="#ffffff" stroke={t.border} rx="6" />
      {rows.map((row, i) => (
        <g key={row.key} transform={`translate(10 ${8 + i * rowHeight})`}>
          <g>{row.swatch}</g>
          <text x="46" y="16">{row.text}</text>
        </g>
      ))}
    </g>
  );
}

export function SvgMap({ bbox, layers, highlight, width, height, label }: Props) {
  const prefix = useId().replace(/[^\w-]/g, '');
  const project = fitProjection(bbox, width, height);
  const on = (layer: LayerId) => layers.includes(layer);
  const lit = emphasised(highlight);
  const inFrame = ([x, y]: Point) => x > 0 && x < width && y > 0 && y < height;

  const countryShapes = countries.features.map((f) => {
    const id = str(f.properties?.['id']);
    const roles = on('countries') ? rolesOf(f.properties) : [];
    return { id, roles, d: pathOf(f.geometry, project), mentioned: f.properties?.['inFacts'] === true };
  });
  const shownPlaces = places.features.filter((f) => {
    const kind = str(f.properties?.['kind']) as PlaceKind;
    return lit.has(str(f.properties?.['id'])) && on(LAYER_OF_KIND[kind] ?? 'sites');
  });
  const countryLabels = labels.features.flatMap((f) => {
    const shape = countryShapes.find((c) => c.id === f.properties?.['id']);
    if (!shape || (!lit.has(shape.id) && shape.roles.length === 0) || f.geometry.type !== 'Point') return [];
    const at = project(f.geometry.coordinates as LngLat);
    const name = str(f.properties?.['name']);
    return inFrame(at) ? [{ id: shape.id, at, text: shape.roles.length ? `${name} (${shape.roles.join(', ')})` : name, lit: lit.has(shape.id) }] : [];
  });

  return (
    <svg class="svgmap" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <defs>
        <Textures prefix={prefix} />
        {countryShapes.filter((c) => c.roles.length > 1).map((c) => <Bands key={c.id} id={`${prefix}-bands-${c.id}`} roles={c.roles} />)}
        <marker id={`${prefix}-arrow`} viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 Z" fill={t.route} stroke={t.routeCasing} stroke-width="1" />
        </marker>
      </defs>
      <rect width={width} height={height} fill={t.sea} />
      {countryShapes.map((c) => {
        const [first] = c.roles;
        const fill = c.roles.length > 1 ? `url(#${prefix}-bands-${c.id})` : first ? t.roles[first] : c.mentioned ? t.landMentioned : t.land;
        // Role countries away from the scene's subject are drawn paler, so the subject stands out.
        const faded = first !== undefined && lit.size > 0 && !lit.has(c.id);
        return (
          <g key={c.id} opacity={faded ? 0.45 : 1}>
            <path d={c.d} fill={fill} stroke={t.border} stroke-width="0.8" />
            {c.roles.length === 1 && first && <path d={c.d} fill={`url(#${prefix}-${first})`} />}
          </g>
        );
      })}
      {on('borders') && borders.features.map((f) => {
        const place = str(f.properties?.['place']);
        const admin = f.properties?.['kind'] === 'administrative';
        const d = pathOf(f.geometry, project);
        return (
          <g key={str(f.properties?.['id'])}>
            {lit.has(place) && <path d={d} fill="none" stroke={t.crossingHalo} stroke-opacity="0.4" stroke-width="12" stroke-linecap="round" />}
            <path d={d} fill="none" stroke={admin ? t.adminBorder : t.border} stroke-width={admin ? 2 : 1.2} stroke-dasharray={admin ? '7 5' : undefined} />
          </g>
        );
      })}
      {countryShapes.filter((c) => lit.has(c.id)).map((c) => <path key={c.id} d={c.d} fill="none" stroke={t.selection} stroke-width="3" />)}
      {on('routes') && routes.features.map((f) => {
        const d = pathOf(f.geometry, project);
        const strong = lit.has(str(f.properties?.['id']));
        return (
          <g key={str(f.properties?.['id'])} opacity={strong ? 1 : 0.5}>
            <path d={d} fill="none" stroke={t.routeCasing} stroke-width={strong ? 8 : 6} stroke-linecap="round" />
            <path d={d} fill="none" stroke={t.route} stroke-width={strong ? 4 : 3} stroke-linecap="round" marker-end={`url(#${prefix}-arrow)`} />
          </g>
        );
      })}
      {countryLabels.map((l) => <Label key={l.id} at={l.at} text={l.text} size={l.lit ? 22 : 18} anchor="middle" />)}
      {shownPlaces.map((f) => {
        const at = project((f.geometry as GeoJSON.Point).coordinates as LngLat);
        const kind = str(f.properties?.['kind']) as PlaceKind;
        const region = kind === 'region';
        return (
          <g key={str(f.properties?.['id'])}>
            <Marker kind={kind} at={at} />
            <Label at={[at[0] + (region ? 0 : 16), at[1] + (region ? -52 : 7)]} text={str(f.properties?.['name'])} size={21}
              anchor={region ? 'middle' : 'start'} />
          </g>
        );
      })}
      <Key prefix={prefix} roles={ROLES.filter((r) => countryShapes.some((c) => c.roles.includes(r)))} routes={on('routes')}
        kinds={[...new Set(shownPlaces.map((f) => str(f.properties?.['kind']) as PlaceKind))]} height={height} />
    </svg>
  );
}
