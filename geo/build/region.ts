import type { BBox, Position } from 'geojson';

/** The map's extent: UK and Iberia to Türkiye, Malta to Moldova. Everything we draw lies inside it. */
export const REGION_BBOX: BBox = [-11, 34, 45, 61];

/** Output precision: 4 decimals is about 11 m, finer than anything the map shows. */
const GRID = 1e4;

export function roundPosition([lng, lat]: Position): Position {
  return [Math.round(lng! * GRID) / GRID, Math.round(lat! * GRID) / GRID];
}
