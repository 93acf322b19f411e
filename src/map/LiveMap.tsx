import { highlightOf } from '../data/scenes';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { usePrinting } from './usePrinting';
import type { SVGAttributes } from 'preact';
import { FIT_MAX_ZOOM } from '../data/camera';
import { fitPadding, overlaysOver, overviewFor } from './fit';
import { YEAR_SPAN } from '../data/vocab';
import type { Theme } from '../symbols/theme';
import { useExplorer } from '../store/useExplorer';
import { clearSelection, hoverFeature, select } from '../store/actions';
import { featuresIn, type MapItem } from '../svgmap/features';
import { allPatterns } from '../symbols/fills';
import { ROUTE_LOOKS } from '../symbols/lines';
import { ALL_HALOS } from '../symbols/markers';
import { PatternDef, RouteLine } from '../symbols/svg';
import { HaloDefs, PlaceMark } from '../svgmap/PlaceMark';
import { Arrowhead, BorderLine, Label, RegionName } from '../svgmap/symbols';
import { placeLabels } from '../svgmap/labels';
import { viewOf } from '../svgmap/view';

interface Props {
  theme: Theme;
  /** False for a static embed and for print: a picture only. */
  interactive: boolean;
}

/** Pointer or focus position inside the map region, for the tooltip. */
function offsetIn(region: Element, x: number, y: number) {
  const r = region.getBoundingClientRect();
  return { x: Math.round(x - r.left), y: Math.round(y - r.top) };
}

/**
 * The map drawn as SVG from the store, like MapLibre draws it: the first paint while MapLibre
 * loads, the map itself where WebGL 2 is missing or lost, and the printed map. Every feature is a
 * button: click or tap selects; Tab reaches the map, arrow keys move between features, Enter selects.
 */
export function LiveMap({ theme, interactive }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Under a drawn MapLibre map the SVG map is hidden: it reads nothing else from the store (a
  // selection or a hover does not render it) until it is printed.
  const printing = usePrinting();
  const covered = useExplorer((s) => s.mapStatus === 'idle') && !printing;

  // Measured while covered too, so a print draws the map at once.
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div class="livemap" ref={box}>
      {!covered && box.current && size.width > 0 && <DrawnMap theme={theme} interactive={interactive} element={box.current} {...size} />}
    </div>
  );
}

function DrawnMap({ theme: t, interactive, element, width, height }: Props & { element: HTMLDivElement; width: number; height: number }) {
  const prefix = `lm${useId().replace(/[^\w-]/g, '')}`;
  const s = useExplorer((state) => state);
  const [focused, setFocused] = useState<string | null>(null);

  // A camera reported before the latest request is out of date until the map reports again.
  const requestSeen = useRef<{ seq: number; camera: typeof s.camera }>({ seq: -1, camera: null });
  if (s.cameraRequest && s.cameraRequest.seq !== requestSeen.current.seq) requestSeen.current = { seq: s.cameraRequest.seq, camera: s.camera };
  const view = viewOf(s.camera, s.cameraRequest, s.camera === requestSeen.current.camera, {
    width,
    height,
    insets: fitPadding(element),
    overview: overviewFor(element),
    maxZoom: FIT_MAX_ZOOM,
  });
  const viewKey = `${width}x${height}@${view.center.join(',')},${view.zoom}`;
  const all = useMemo(() => featuresIn(view, width, height), [viewKey]);

  const drawn = all.visible(s.layers, s.year, s.time);
  const lit = all.lit([...(s.selection === null ? [] : [s.selection]), ...highlightOf(s.story)]);
  const items = drawn.items;
  const tabStop = items.find((i) => i.id === focused) ?? items.find((i) => i.id === s.selection) ?? items[0];
  const overlays = overlaysOver(element);
  const regionNames = drawn.regionNames(t.scale, overlays);
  const regionNameSpot = new Map(regionNames.map((r) => [r.id, r.at]));
  const labels = placeLabels(drawn.labels(lit, t.scale), width, height, {
    obstacles: drawn.obstacles(t.scale),
    keepClear: regionNames.map((r) => r.box),
    covered: overlays,
  });

  const focusItem = (id: string | undefined) => {
    if (id === undefined) return;
    setFocused(id);
    element.querySelector<SVGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = items.findIndex((i) => i.id === (event.target as Element).closest('[data-id]')?.getAttribute('data-id'));
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusItem(items[(to + items.length) % items.length]?.id);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(items[at]!.id, { fit: false });
    } else if (event.key === 'Escape' && s.selection !== null) {
      clearSelection();
    }
  };
  const idAt = (target: EventTarget | null) => (target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? undefined) : undefined);
  const region = () => element.closest('.map') ?? element;
  const handlers: SVGAttributes<SVGSVGElement> = interactive
    ? {
        onPointerMove: (e) => {
          const id = idAt(e.target);
          hoverFeature(id ? { id, ...offsetIn(region(), e.clientX, e.clientY) } : null);
        },
        onPointerLeave: () => hoverFeature(null),
        onClick: (e) => {
          const id = idAt(e.target);
          if (id) select(id, { fit: false });
          else clearSelection();
        },
        onKeyDown,
        onFocusIn: (e) => {
          const id = idAt(e.target);
          const r = (e.target as Element).getBoundingClientRect();
          if (id) hoverFeature({ id, ...offsetIn(region(), r.left + r.width / 2, r.top + r.height / 2) });
        },
        onFocusOut: () => hoverFeature(null),
      }
    : {};

  const itemProps = (item: MapItem) =>
    interactive
      ? {
          'data-id': item.id,
          role: 'button' as const,
          'aria-label': item.label,
          'aria-pressed': s.selection === item.id,
          tabindex: item === tabStop ? 0 : -1,
          class: 'livemap__item',
        }
      : {};
  const state = (id: string) => (lit.has(id) ? 'selected' : s.hover?.id === id ? 'hover' : undefined);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      tabindex={-1}
      {...handlers}
      {...(interactive
        ? { role: 'group', 'aria-label': 'Simplified map: arrow keys move between places, Enter selects' }
        : { role: 'img', 'aria-label': `Map of trafficking routes and the response, ${YEAR_SPAN}` })}
    >
      <defs>
        {allPatterns(t).map((p) => (
          <PatternDef key={p.name} id={`${prefix}-${p.name}`} fill={p} theme={t} />
        ))}
        <HaloDefs prefix={prefix} halos={ALL_HALOS} theme={t} />
        <Arrowhead prefix={prefix} theme={t} />
      </defs>
      <rect width={width} height={height} fill={t.sea} />
      {drawn.countries.map((c) => {
        const fill = c.fill(t);
        const body = (
          <>
            <path d={c.d} fill={fill.colour} fill-opacity={state(c.id) ? 0.7 : 1} stroke={t.border} stroke-width="0.6" />
            {fill.pattern && <path d={c.d} fill={`url(#${prefix}-${fill.pattern.name})`} fill-opacity={state(c.id) ? 0.7 : 1} />}
          </>
        );
        return c.item ? (
          <g key={c.id} {...itemProps(c.item)}>
            {body}
          </g>
        ) : (
          <g key={c.id}>{body}</g>
        );
      })}
      {drawn.borders.map((b) => (
        <g key={b.key} {...(b.item ? itemProps(b.item) : {})}>
          <BorderLine d={b.d} admin={b.admin} zoom={view.zoom} scale={t.scale} halo={b.item ? [state(b.item.id) ? 0.75 : 0.45, 10] : undefined} theme={t} />
        </g>
      ))}
      {drawn.countries
        .filter((c) => state(c.id))
        .map((c) => (
          <path
            key={`o-${c.id}`}
            d={c.d}
            fill="none"
            stroke={state(c.id) === 'selected' ? t.selection : t.hover}
            stroke-width={state(c.id) === 'selected' ? 3 : 2}
            pointer-events="none"
          />
        ))}
      {drawn.routes.map((r) => (
        <g key={r.item.id} {...itemProps(r.item)}>
          <path d={r.d} fill="none" stroke="transparent" stroke-width="14" />
          <RouteLine d={r.d} look={ROUTE_LOOKS[r.look]} width={state(r.item.id) ? 3.5 : 2} theme={t} arrow={`url(#${prefix}-arrow)`} />
        </g>
      ))}
      {drawn.markers.map((m) => (
        <g key={m.item.id} {...itemProps(m.item)}>
          <PlaceMark kind={m.kind} precision={m.precision} at={m.at} zoom={view.zoom} prefix={prefix} theme={t} state={state(m.item.id)} />
          {m.kind === 'region' ? (
            <RegionName at={regionNameSpot.get(m.item.id) ?? m.at} name={m.name} theme={t} />
          ) : (
            state(m.item.id) && (
              <circle
                cx={m.at[0]}
                cy={m.at[1]}
                r={11 * t.scale}
                fill="none"
                stroke={state(m.item.id) === 'selected' ? t.selection : t.hover}
                stroke-width={state(m.item.id) === 'selected' ? 3 : 2}
              />
            )
          )}
        </g>
      ))}
      <g pointer-events="none">
        {labels.map((l) => (
          <Label key={l.id} at={l.at} lines={l.lines} size={l.size} anchor={l.anchor} theme={t} />
        ))}
      </g>
    </svg>
  );
}
