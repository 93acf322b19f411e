import type { Role } from '../data/types';
import type { Texture, Theme } from './theme';

/**
 * Country fills as data, drawn by the raster renderer (MapLibre images, the PNG legend) and the
 * SVG renderer (on-screen legend, print map). Sizes are CSS px in a square tile that repeats
 * seamlessly; `period` is the tile's side.
 */
export type Pattern =
  /** Lines: 0 runs left to right, 45 rises to the right ("/"), -45 falls to the right ("\"). */
  | { kind: 'lines'; angle: 0 | 45 | -45; period: number; width: number }
  /** Dots on a staggered grid: one at a quarter of the tile, one at three quarters. */
  | { kind: 'dots'; period: number; radius: number }
  /** A square grid of lines. */
  | { kind: 'grid'; period: number; width: number };

export const PATTERNS: Record<Texture, Pattern> = {
  diagonal: { kind: 'lines', angle: 45, period: 8, width: 1.3 },
  dots: { kind: 'dots', period: 8, radius: 1.3 },
  horizontal: { kind: 'lines', angle: 0, period: 5, width: 1.2 },
  grid: { kind: 'grid', period: 4, width: 0.8 },
};

/** How strongly a texture's ink shows over its fill. */
export const TEXTURE_ALPHA = 0.55;

/**
 * Bands of each role's colour for a country with several roles, falling to the right ("\"), which
 * the source texture ("/") never does. `period` is the tile along x; each role takes an equal share.
 */
export const BANDS = { angle: -45, period: 16 } as const;

export const ROLE_ORDER: readonly Role[] = ['source', 'transit', 'destination'];

/** `bandsName(['transit', 'destination'])` → "bands-transit-destination", roles in ROLE_ORDER. */
export function bandsName(roles: readonly Role[]): string {
  return ['bands', ...ROLE_ORDER.filter((r) => roles.includes(r))].join('-');
}

export const textureName = (role: Role) => `texture-${role}`;

/** The fill pattern of a country whose roles are about illegal immigration only. */
export const IMMIGRATION_TEXTURE = 'texture-immigration';

/** The one pattern a fill draws over its colour: a texture, or the bands of several roles. */
export interface FillPattern {
  name: string;
  /** A texture's spec and ink, or undefined for bands. */
  texture?: { pattern: Pattern; ink: string };
  bands?: Role[];
}

/** A country's look: its base colour and the pattern drawn over it. */
export interface CountryFill {
  colour: string;
  pattern?: FillPattern;
}

/** Which role gives a country with several roles its base colour: the destination reading wins. */
export const FILL_PRIORITY: readonly Role[] = ['destination', 'source', 'transit'];

/**
 * How a country with these trafficking roles (or only an immigration role) is filled. The live
 * style (map/style.ts) writes the same rule as expressions; fills.test.ts holds the two together.
 */
export function countryFill(roles: readonly Role[], immigration: boolean, t: Theme, mentioned = false): CountryFill {
  if (roles.length > 1)
    return {
      colour: t.roles[FILL_PRIORITY.find((r) => roles.includes(r))!],
      pattern: { name: bandsName(roles), bands: ROLE_ORDER.filter((r) => roles.includes(r)) },
    };
  const [role] = roles;
  if (role) return { colour: t.roles[role], pattern: { name: textureName(role), texture: { pattern: PATTERNS[t.textures[role]], ink: t.textureInk[role] } } };
  if (immigration) return { colour: t.immigration, pattern: { name: IMMIGRATION_TEXTURE, texture: { pattern: PATTERNS.grid, ink: t.immigrationInk } } };
  return { colour: mentioned ? t.landMentioned : t.land };
}

/** Every pattern image the style may name, for drawing them all up front. */
export function allPatterns(t: Theme): FillPattern[] {
  const combos = [[...ROLE_ORDER], ...ROLE_ORDER.flatMap((a, i) => ROLE_ORDER.slice(i + 1).map((b) => [a, b]))];
  return [
    ...ROLE_ORDER.map((r) => countryFill([r], false, t).pattern!),
    ...combos.map((c) => countryFill(c, false, t).pattern!),
    countryFill([], true, t).pattern!,
  ];
}
