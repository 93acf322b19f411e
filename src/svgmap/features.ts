import borders from '../../geo/borders.geojson';
import countries from '../../geo/countries.geojson';
import labelPoints from '../../geo/labels.geojson';
import places from '../../geo/places.geojson';
import routes from '../../geo/routes.geojson';
import { entityById, nameOf } from '../data/queries';
import type { PlaceKind, Role } from '../data/types';
import { rolesLine } from '../map/Tooltip';
import type { Theme } from '../map/theme';
import type { Camera, LayerId } from '../store/explorer';
import { emphasised, LAYER_OF_KIND, pathOf, str } from './geometry';
import { aroundMarker, type LabelRequest } from './labels';
import { cameraBox, fitProjection, type LngLat, type Point } from './project';
import { countryFill, countryRoles } from './roles';

/** Something on the map a reader can select: its fact-base id and what a screen reader says for it. */
export interface MapItem { id: string; label: string }

const LABEL_SIZE = 13;
/** Markers are drawn smaller than on the A4 handout; kept clear of labels by this radius. */
const MARKER_CLEARANCE = 10;

function itemFor(id: string): MapItem | undefined {
  const entity = entityById(id);
  if (!entity) return undefined;
  const roles = rolesLine(entity);
  return { id, label: roles ? `${nameOf(entity)}: ${roles.toLowerCase()}` : nameOf(entity) };
}

const byLabel = (a: { item: MapItem }, b: { item: MapItem }) => a.item.label.localeCompare(b.item.label);
const since = (p: GeoJSON.GeoJsonProperties) => (typeof p?.['since'] === 'number' ? p['since'] : 0);

/**
 * Every feature of geo/ projected for one camera on a `width` × `height` frame; computed once per
 * camera and frame, then filtered by the layers and the time window without re-projecting.
 */
export function featuresIn(view: Camera, width: number, height: number) {
  const project = fitProjection(cameraBox(view.center, view.zoom, width, height), width, height);
  const inFrame = ([x, y]: Point) => x > 0 && y > 0 && x < width && y < height;

  const countryShapes = countries.features.map((f) => {
    const id = str(f.properties?.['id']);
    return { id, d: pathOf(f.geometry, project), allRoles: countryRoles(f.properties), mentioned: f.properties?.['inFacts'] === true, item: itemFor(id) };
  });
  const borderLines = borders.features.map((f) => {
    const place = str(f.properties?.['place']);
    return { key: str(f.properties?.['id']), d: pathOf(f.geometry, project), admin: f.properties?.['kind'] === 'administrative', item: place ? itemFor(place) : undefined };
  });
  const routeLines = routes.features.flatMap((f) => {
    const item = itemFor(str(f.properties?.['id']));
    return item ? [{ item, d: pathOf(f.geometry, project), since: since(f.properties) }] : [];
  });
  const markers = places.features.flatMap((f) => {
    const item = itemFor(str(f.properties?.['id']));
    const kind = str(f.properties?.['kind']) as PlaceKind;
    const at = project((f.geometry as GeoJSON.Point).coordinates as LngLat);
    return item ? [{ item, kind, at, name: str(f.properties?.['name']), since: since(f.properties) }] : [];
  });
  const labelAt = new Map(labelPoints.features.flatMap((f) =>
    f.geometry.type === 'Point' ? [[str(f.properties?.['id']), { at: project(f.geometry.coordinates as LngLat), name: str(f.properties?.['name']) }] as const] : []));

  return {
    lit: emphasised,
    /** What the legend's switches and the time window let through, in drawing order. */
    visible(layers: Record<LayerId, boolean>, year: number) {
      const countriesDrawn = countryShapes.map((c) => {
        const roles: Role[] = layers.countries ? c.allRoles : [];
        return { ...c, roles, fill: (prefix: string, t: Theme) => countryFill(c.id, roles, c.mentioned, prefix, t) };
      });
      const bordersDrawn = layers.borders ? borderLines : [];
      const routesDrawn = layers.routes ? routeLines.filter((r) => r.since <= year) : [];
      const markersDrawn = markers.filter((m) => m.since <= year && layers[LAYER_OF_KIND[m.kind] ?? 'sites']).filter((m) => inFrame(m.at));
      const items: MapItem[] = [
        ...countriesDrawn.flatMap((c) => (c.item ? [{ item: c.item }] : [])).sort(byLabel),
        ...bordersDrawn.flatMap((b) => (b.item ? [{ item: b.item }] : [])).sort(byLabel),
        ...routesDrawn.slice().sort(byLabel),
        ...markersDrawn.slice().sort(byLabel),
      ].map((x) => x.item);
      return {
        countries: countriesDrawn, borders: bordersDrawn, routes: routesDrawn, markers: markersDrawn, items,
        obstacles: markersDrawn.map(({ at: [x, y] }): [number, number, number, number] => [x - MARKER_CLEARANCE, y - MARKER_CLEARANCE, x + MARKER_CLEARANCE, y + MARKER_CLEARANCE]),
        /** Names of the countries with a role and of whatever is lit, kept inside the frame. */
        labels(lit: Set<string>): LabelRequest[] {
          const countryLabels = countriesDrawn.flatMap((c): LabelRequest[] => {
            const point = labelAt.get(c.id);
            if (!point || !inFrame(point.at) || !(c.roles.length > 0 || lit.has(c.id))) return [];
            const [x, y] = point.at;
            return [{ id: c.id, text: point.name, size: LABEL_SIZE, spots: [0, -16, 16].map((dy) => ({ at: [x, y + dy] as Point, anchor: 'middle' as const })) }];
          });
          const markerLabels = markersDrawn.filter((m) => lit.has(m.item.id)).map((m): LabelRequest => ({
            id: m.item.id, text: m.name, size: LABEL_SIZE, spots: aroundMarker(m.at, MARKER_CLEARANCE, LABEL_SIZE),
          }));
          return [...markerLabels, ...countryLabels];
        },
      };
    },
  };
}
