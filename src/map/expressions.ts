import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerId } from '../store/explorer';

/** The small expression vocabulary the style's layers are written in. */
export type Expr = ExpressionSpecification;

/** The global-state key behind a legend checkbox: `switchKey('routes')` → "show_routes". */
export const switchKey = (layer: LayerId) => `show_${layer}`;

const state = (key: string) => ['feature-state', key] as Expr;
/** `byState(5, 3, 1)`: 5 when selected, 3 when hovered, else 1. */
export const byState = <T extends number | string>(selected: T, hover: T, otherwise: T) =>
  ['case', ['boolean', state('selected'), false], selected, ['boolean', state('hover'), false], hover, otherwise] as Expr;
/** Thin at the overview, fuller close in: `byZoom(atZoom3, atZoom7)`. */
export const byZoom = (low: Expr | number, high: Expr | number) => ['interpolate', ['linear'], ['zoom'], 3, low, 7, high] as Expr;
export const shownBy = (layer: LayerId) => ['case', ['global-state', switchKey(layer)], 'visible', 'none'] as Expr;
/** Features carry the year they count from under each time reading; `countsFrom('x_')` reads x_reported or x_happened. */
export const countsFrom = (prefix = '') =>
  ['case', ['==', ['global-state', 'time'], 'happened'], ['get', `${prefix}happened`], ['get', `${prefix}reported`]] as Expr;
/** A feature appears once the time window reaches the year its claim counts from. */
export const inWindow: Expr = ['<=', countsFrom(), ['global-state', 'year']];
