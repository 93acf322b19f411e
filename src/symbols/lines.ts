import type { Subject } from '../data/subjects';
import type { RouteKind, RouteWeight } from '../data/types';
import type { Theme } from './theme';

/** How each kind of route claim is drawn, for the live style, the legends and the print map. */
export type RouteLookId = 'entry-primary' | 'entry-secondary' | 'origin' | 'immigration';

export interface RouteLook {
  label: string;
  ink: keyof Pick<Theme, 'route' | 'immigrationRoute'>;
  /** Width as a multiple of a route's base width. */
  width: number;
  /** Dash and gap as multiples of the line's width (MapLibre's line-dasharray units); solid when absent. */
  dash?: readonly [number, number];
}

export const ROUTE_LOOKS: Record<RouteLookId, RouteLook> = {
  'entry-primary': { label: 'Way into Kosovo, “primarily”', ink: 'route', width: 1.7 },
  'entry-secondary': { label: 'Way into Kosovo, “as well as”', ink: 'route', width: 0.6 },
  origin: { label: 'Trafficked from, no path given', ink: 'route', width: 1, dash: [0.1, 2] },
  immigration: { label: 'Illegal immigration (not trafficking)', ink: 'immigrationRoute', width: 1, dash: [4, 2] },
};
export const ROUTE_LOOK_IDS = Object.keys(ROUTE_LOOKS) as RouteLookId[];

/** The look of a route claim: illegal immigration apart, then origins, then entries by weight. */
export function routeLookOf(route: { kind: RouteKind | string; subject: Subject | string; weight?: RouteWeight | string | undefined }): RouteLookId {
  if (route.subject === 'immigration') return 'immigration';
  if (route.kind === 'origin') return 'origin';
  return route.weight === 'secondary' ? 'entry-secondary' : 'entry-primary';
}

/** An SVG stroke-dasharray for a look drawn `width` px wide, or undefined when solid. */
export function svgDash(look: { dash?: readonly [number, number] | undefined }, width: number): string | undefined {
  return look.dash?.map((n) => Math.max(0.5, n * width)).join(' ');
}

/** Border lines: width in CSS px at zoom 3 and at 7 (interpolated between), dash and gap in line widths. */
export interface BorderLook {
  ink: keyof Pick<Theme, 'border' | 'adminBorder'>;
  width: readonly [atZoom3: number, atZoom7: number];
  dash?: readonly [number, number];
}
export const BORDER_LOOKS: Record<'international' | 'administrative', BorderLook> = {
  international: { ink: 'border', width: [0.6, 1.4] },
  // Kosovo's line under UNMIK administration: dashed, darker.
  administrative: { ink: 'adminBorder', width: [1.4, 1.4], dash: [3, 2] },
};

/** The route arrowhead, pointing along +x, in CSS px: its box, tip and back along x, half its height. */
export const ARROW = { width: 16, height: 14, tip: 14, back: 2.5, half: 5, casing: 1 } as const;
