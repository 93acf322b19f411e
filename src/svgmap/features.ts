import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import labelPoints from '../../geo/labels.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import { entityById, nameOf } from '../data/queries';
import type { TimeMode } from '../data/time';
import type { PlaceKind } from '../data/types';
import { rolesSummary } from '../data/why';
import { countryFill } from '../symbols/fills';
import { routeLookOf, type RouteLookId } from '../symbols/lines';
import type { Theme } from '../symbols/theme';
import type { Camera, LayerId } from '../store/explorer';
import { emphasised, LAYER_OF_KIND, pathOf, str } from './geometry';
import { aroundMarker, regionNameAt, regionNameBox, type Box, type LabelRequest } from './labels';
import { cameraBox, fitProjection, type BBox, type LngLat, type Point } from './project';
import { shadingOf } from './roles';

/** Something on the map a reader can select: its fact-base id and what a screen reader says for it. */
export interface MapItem {
  id: string;
  label: string;
}

const LABEL_SIZE = 13;
/** Markers are drawn smaller than on the A4 handout; kept clear of labels by this radius. */
const MARKER_CLEARANCE = 10;

function itemFor(id: string): MapItem | undefined {
  const entity = entityById(id);
  if (!entity) return undefined;
  const roles = entity.kind === 'place' ? rolesSummary(entity.item) : undefined;
  return { id, label: roles ? `${nameOf(entity)}: ${roles}` : nameOf(entity) };
}

const byLabel = (a: { item: MapItem }, b: { item: MapItem }) => a.item.label.localeCompare(b.item.label);
/** The year a feature's claim counts from under `time` (geo/build writes both readings). */
const countsFrom = (p: GeoJSON.GeoJsonProperties, time: TimeMode) => (typeof p?.[time] === 'number' ? (p[time] as number) : 0);

/**
 * Every feature of geo/ projected for one camera on a `width` × `height` frame; computed once per
 * camera and frame, then filtered by the layers and the time window without re-projecting.
 */
export function featuresIn(view: Camera, width: number, height: number) {
  return featuresInBox(cameraBox(view.center, view.zoom, width, height), width, height);
}

/** The same for a frame that shows `bbox` (the handout's and presenter's maps). */
export function featuresInBox(bbox: BBox, width: number, height: number) {
  const project = fitProjection(bbox, width, height);
  const inFrame = ([x, y]: Point) => x > 0 && y > 0 && x < width && y < height;

  const countryShapes = countries.features.map((f) => {
    const id = str(f.properties?.['id']);
    return { id, d: pathOf(f.geometry, project), properties: f.properties, mentioned: f.properties?.['inFacts'] === true, item: itemFor(id) };
  });
  const borderLines = borders.features.map((f) => {
    const place = str(f.properties?.['place']);
    return {
      key: str(f.properties?.['id']),
      d: pathOf(f.geometry, project),
      admin: f.properties?.['kind'] === 'administrative',
      item: place ? itemFor(place) : undefined,
    };
  });
  const routeLines = routes.features.flatMap((f) => {
    const item = itemFor(str(f.properties?.['id']));
    const look: RouteLookId = routeLookOf({
      kind: str(f.properties?.['kind']),
      subject: str(f.properties?.['subject']),
      weight: str(f.properties?.['weight']),
    });
    return item ? [{ item, d: pathOf(f.geometry, project), properties: f.properties, look }] : [];
  });
  const markers = places.features.flatMap((f) => {
    const item = itemFor(str(f.properties?.['id']));
    const kind = str(f.properties?.['kind']) as PlaceKind;
    const at = project((f.geometry as GeoJSON.Point).coordinates as LngLat);
    return item ? [{ item, kind, precision: str(f.properties?.['precision']), at, name: str(f.properties?.['name']), properties: f.properties }] : [];
  });
  const labelAt = new Map(
    labelPoints.features.flatMap((f) =>
      f.geometry.type === 'Point'
        ? [[str(f.properties?.['id']), { at: project(f.geometry.coordinates as LngLat), name: str(f.properties?.['name']) }] as const]
        : [],
    ),
  );

  return {
    lit: emphasised,
    labelAt,
    /** What the legend's switches and the time window let through, in drawing order. */
    visible(layers: Record<LayerId, boolean>, year: number, time: TimeMode) {
      const countriesDrawn = countryShapes.map((c) => {
        const shading = layers.countries ? shadingOf(c.properties, year, time) : { roles: [], immigration: false };
        return { ...c, roles: shading.roles, fill: (t: Theme) => countryFill(shading.roles, shading.immigration, t, c.mentioned) };
      });
      const bordersDrawn = layers.borders ? borderLines : [];
      const routesDrawn = layers.routes ? routeLines.filter((r) => countsFrom(r.properties, time) <= year) : [];
      const markersDrawn = markers
        .filter((m) => countsFrom(m.properties, time) <= year && layers[LAYER_OF_KIND[m.kind] ?? 'sites'])
        .filter((m) => inFrame(m.at));
      const items: MapItem[] = [
        ...countriesDrawn.flatMap((c) => (c.item ? [{ item: c.item }] : [])).sort(byLabel),
        ...bordersDrawn.flatMap((b) => (b.item ? [{ item: b.item }] : [])).sort(byLabel),
        ...routesDrawn.slice().sort(byLabel),
        ...markersDrawn.slice().sort(byLabel),
      ].map((x) => x.item);
      return {
        countries: countriesDrawn,
        borders: bordersDrawn,
        routes: routesDrawn,
        markers: markersDrawn,
        items,
        /** The markers other than regions, at the theme's `scale` (they grow with it, svgmap/PlaceMark.tsx), for labels to keep off. */
        obstacles: (scale: number) =>
          markersDrawn
            .filter((m) => m.kind !== 'region')
            .map(({ at: [x, y] }): Box => {
              const r = MARKER_CLEARANCE * scale;
              return [x - r, y - r, x + r, y + r];
            }),
        /**
         * Each region's name where it is drawn at the theme's `scale` (regionNameAt), and the box it
         * covers: it is the region's mark, so labels keep off it (placeLabels).
         */
        regionNames: (scale: number, covered: Box[] = []) =>
          markersDrawn
            .filter((m) => m.kind === 'region')
            .map((m) => {
              const at = regionNameAt(m.name, m.at, scale, width, covered);
              return { id: m.item.id, at, box: regionNameBox(m.name, at, scale) };
            }),
        /** Names of the countries with a role and of whatever is lit, kept inside the frame, at the theme's `scale` as the markers are. */
        labels(lit: Set<string>, scale: number): LabelRequest[] {
          const size = LABEL_SIZE * scale;
          const countryLabels = countriesDrawn.flatMap((c): LabelRequest[] => {
            const point = labelAt.get(c.id);
            if (!point || !inFrame(point.at) || !(c.roles.length > 0 || c.fill === undefined || lit.has(c.id))) return [];
            const [x, y] = point.at;
            return [
              {
                id: c.id,
                text: point.name,
                size,
                // Centred, then above and below, then ending or starting at the centre (away from a card over one side).
                spots: [
                  ...[0, -16, 16, -30, 30].map((dy) => ({ at: [x, y + dy * scale] as Point, anchor: 'middle' as const })),
                  { at: [x, y] as Point, anchor: 'end' as const },
                  { at: [x, y] as Point, anchor: 'start' as const },
                ],
              },
            ];
          });
          // A region's name is its mark (svgmap/symbols.tsx RegionName); other places are named when lit.
          const markerLabels = markersDrawn
            .filter((m) => lit.has(m.item.id) && m.kind !== 'region')
            .map(
              (m): LabelRequest => ({
                id: m.item.id,
                text: m.name,
                size,
                spots: aroundMarker(m.at, MARKER_CLEARANCE * scale, size),
              }),
            );
          return [...markerLabels, ...countryLabels];
        },
      };
    },
  };
}
