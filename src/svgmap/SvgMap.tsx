import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { TimeMode } from '../data/time';
import { PLACE_KINDS, ROLES as ROLE_WORDS, SEVERAL_ROLES, type PlaceKind } from '../data/vocab';
import { themes, type Theme } from '../symbols/theme';
import { LAYER_IDS, type LayerId } from '../store/explorer';
import { allPatterns, countryFill, ROLE_ORDER } from '../symbols/fills';
import { ROUTE_LOOKS, svgDash } from '../symbols/lines';
import { ALL_HALOS, haloOpacity, isMarkerKind, MARKERS, REGION_HALO } from '../symbols/markers';
import { HaloDef, MarkerShape, PatternDef, RouteLine } from '../symbols/svg';
import { featuresInBox } from './features';
import { aroundMarker, placeLabels, type LabelRequest } from './labels';
import { fitZoom, type BBox, type Point } from './project';
import { HaloDefs, PlaceMark } from './PlaceMark';
import { Arrowhead, BorderLine, Label } from './symbols';

/**
 * A static map drawn as SVG, for print: no WebGL, no tiles, no network. It follows the live map's
 * conventions (role colours with textures, arrowed routes, marker shapes), and in black and white
 * the textures, shapes, worded labels and the key below the map carry the meaning.
 */
interface Props {
  bbox: BBox;
  layers: readonly LayerId[];
  /** Fact-base ids to emphasise; initiatives and routes light up their places, as on the live map. */
  highlight: readonly string[];
  /** Size of the map itself; the key is drawn in a strip below it. */
  width: number;
  height: number;
  /** Accessible description of the picture. */
  label: string;
  /** The time window the picture shows (roles and routes that count by then). */
  year: number;
  time: TimeMode;
  theme?: Theme;
}

/** The A4 map is drawn at 1200 px and printed at about 180 mm: its marks are larger than the screen's. */
const PRINT_SCALE = 1.6;
const MARKER_CLEARANCE = 12;
const KEY_ROW = 36;

interface KeyItem {
  id: string;
  text: string;
  swatch: JSX.Element;
}

/** A key swatch of a country fill: its colour and the pattern over it (defined once in the map's defs). */
function fillSwatchOf(prefix: string) {
  return (fill: { colour: string; pattern?: { name: string } }) => (
    <>
      <rect width="40" height="24" fill={fill.colour} />
      {fill.pattern && <rect width="40" height="24" fill={`url(#${prefix}-${fill.pattern.name})`} />}
    </>
  );
}

/** Key entries laid out in rows across the strip, wrapping when a row is full. */
function keyRows(items: KeyItem[], width: number): { item: KeyItem; x: number; row: number }[] {
  let [x, row] = [12, 0];
  return items.map((item) => {
    const itemWidth = 52 + item.text.length * 10 + 28;
    if (x + itemWidth > width && x > 12) [x, row] = [12, row + 1];
    const placed = { item, x, row };
    x += itemWidth;
    return placed;
  });
}

export function SvgMap({ bbox, layers, highlight, width, height, label, year, time, theme: t = themes.light }: Props) {
  const prefix = useId().replace(/[^\w-]/g, '');
  const zoom = fitZoom(bbox, width, height);
  const all = featuresInBox(bbox, width, height);
  const drawn = all.visible(Object.fromEntries(LAYER_IDS.map((id) => [id, layers.includes(id)])) as Record<LayerId, boolean>, year, time);
  const lit = all.lit(highlight);
  const shapes = drawn.countries.map((c) => ({ ...c, fill: c.fill(t) }));
  const markers = drawn.markers.filter((m) => lit.has(m.item.id));

  const requests: LabelRequest[] = [
    ...markers.map(
      (m): LabelRequest => ({
        id: m.item.id,
        text: m.name,
        size: 21,
        spots: [...(m.kind === 'region' ? [{ at: m.at, anchor: 'middle' as const }] : []), ...aroundMarker(m.at, MARKER_CLEARANCE, 21)],
      }),
    ),
    ...shapes.flatMap((shape): LabelRequest[] => {
      const point = all.labelAt.get(shape.id);
      if (!point || !lit.has(shape.id)) return [];
      const [x, y] = point.at;
      const text = `${point.name}${shape.roles.length ? ` (${shape.roles.join(', ')})` : ''}`;
      return [{ id: shape.id, text, size: 22, spots: [0, -26, 26, -52, 52].map((dy) => ({ at: [x, y + dy] as Point, anchor: 'middle' as const })) }];
    }),
  ];
  const obstacles = markers
    .filter((m) => m.kind !== 'region')
    .map(({ at: [x, y] }): [number, number, number, number] => [x - MARKER_CLEARANCE, y - MARKER_CLEARANCE, x + MARKER_CLEARANCE, y + MARKER_CLEARANCE]);
  const placed = placeLabels(requests, width, height, { obstacles });

  const multiRole = shapes.find((c) => c.roles.length > 1);
  const immigration = shapes.find((c) => c.roles.length === 0 && c.fill.pattern);
  const fillSwatch = fillSwatchOf(prefix);
  const keyItems: KeyItem[] = [
    ...ROLE_ORDER.filter((r) => shapes.some((c) => c.roles.includes(r))).map((r) => ({
      id: r,
      text: ROLE_WORDS[r].legend,
      swatch: fillSwatch(countryFill([r], false, t)),
    })),
    ...(multiRole ? [{ id: 'bands', text: SEVERAL_ROLES, swatch: fillSwatch(multiRole.fill) }] : []),
    ...(immigration
      ? [
          {
            id: 'immigration',
            text: 'Illegal immigration, not trafficking',
            swatch: fillSwatch(countryFill([], true, t)),
          },
        ]
      : []),
    ...[...new Set(drawn.routes.map((r) => r.look))].map((id) => ({
      id,
      text: ROUTE_LOOKS[id].label,
      swatch: (
        <path
          d="M2 12 H32"
          stroke={t[ROUTE_LOOKS[id].ink]}
          stroke-width={3 * ROUTE_LOOKS[id].width}
          stroke-dasharray={svgDash(ROUTE_LOOKS[id], 3 * ROUTE_LOOKS[id].width)}
          marker-end={`url(#${prefix}-arrow)`}
        />
      ),
    })),
    ...[...new Set(markers.map((m) => m.kind as PlaceKind))].map((k) => ({
      id: k,
      text: PLACE_KINDS[k].key ?? k,
      swatch: isMarkerKind(k) ? (
        <MarkerShape look={MARKERS[k]} at={[20, 12]} scale={PRINT_SCALE} theme={t} />
      ) : (
        <circle cx="20" cy="12" r="14" fill={`url(#${prefix}-key-halo)`} />
      ),
    })),
  ];
  const key = keyRows(keyItems, width);
  const keyHeight = key.length === 0 ? 0 : (Math.max(...key.map((k) => k.row)) + 1) * KEY_ROW + 12;

  return (
    <svg class="svgmap" viewBox={`0 0 ${width} ${height + keyHeight}`} role="img" aria-label={label}>
      <defs>
        {allPatterns(t).map((p) => (
          <PatternDef key={p.name} id={`${prefix}-${p.name}`} fill={p} theme={t} />
        ))}
        <HaloDefs prefix={prefix} halos={ALL_HALOS} theme={t} />
        {/* The key's halo as a selected region's: the map's own would be too faint in a small swatch. */}
        <HaloDef id={`${prefix}-key-halo`} halo={{ ...REGION_HALO, opacity: haloOpacity(REGION_HALO, 'selected') }} theme={t} />
        <Arrowhead prefix={prefix} theme={t} />
        <clipPath id={`${prefix}-frame`}>
          <rect width={width} height={height} />
        </clipPath>
      </defs>
      <g clip-path={`url(#${prefix}-frame)`}>
        <rect width={width} height={height} fill={t.sea} />
        {shapes.map((c) => {
          // Role countries outside the scene's subject are paler, so the subject stands out.
          const faded = c.roles.length > 0 && lit.size > 0 && !lit.has(c.id);
          return (
            <g key={c.id} opacity={faded ? 0.4 : 1}>
              <path d={c.d} fill={c.fill.colour} stroke={t.border} stroke-width="0.8" />
              {c.fill.pattern && <path d={c.d} fill={`url(#${prefix}-${c.fill.pattern.name})`} />}
            </g>
          );
        })}
        {drawn.borders.map((b) => (
          <BorderLine key={b.key} d={b.d} admin={b.admin} zoom={7} scale={PRINT_SCALE} halo={b.item && lit.has(b.item.id) ? [0.4, 12] : undefined} theme={t} />
        ))}
        {shapes
          .filter((c) => lit.has(c.id))
          .map((c) => (
            <path key={c.id} d={c.d} fill="none" stroke={t.selection} stroke-width="3" />
          ))}
        {drawn.routes.map((r) => (
          <g key={r.item.id} opacity={lit.has(r.item.id) ? 1 : 0.45}>
            <RouteLine d={r.d} look={ROUTE_LOOKS[r.look]} width={lit.has(r.item.id) ? 4 : 3} theme={t} arrow={`url(#${prefix}-arrow)`} />
          </g>
        ))}
        {markers.map((m) => (
          <PlaceMark
            key={m.item.id}
            kind={m.kind}
            precision={m.precision}
            at={m.at}
            zoom={zoom}
            scale={PRINT_SCALE}
            prefix={prefix}
            theme={t}
            state="selected"
          />
        ))}
        {placed.map((l) => (
          <Label key={l.id} at={l.at} lines={l.lines} size={l.size} anchor={l.anchor} theme={t} />
        ))}
      </g>
      {keyHeight > 0 && (
        <g transform={`translate(0 ${height})`} font-size="19" font-family="system-ui, 'DejaVu Sans', sans-serif" fill={t.label}>
          <rect width={width} height={keyHeight} fill="#ffffff" />
          <path d={`M0 0.5 H${width}`} stroke="#000000" />
          {key.map(({ item, x, row }) => (
            <g key={item.id} transform={`translate(${x} ${12 + row * KEY_ROW})`}>
              {item.swatch}
              <text x="52" y="18">
                {item.text}
              </text>
            </g>
          ))}
        </g>
      )}
      <rect x="1" y="1" width={width - 2} height={height + keyHeight - 2} fill="none" stroke="#000000" stroke-width="2" />
    </svg>
  );
}
