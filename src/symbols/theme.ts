import type { Role } from '../data/types';

/** How a role reads without colour: the texture drawn over its fill (see images.ts, Legend.tsx). */
export type Texture = 'diagonal' | 'dots' | 'horizontal' | 'grid';

export interface Theme {
  /**
   * Paul Tol's high-contrast scheme: red, yellow and dark blue stay apart under deuteranopia and
   * protanopia and differ in lightness, so they also survive greyscale print (style.test.ts checks).
   */
  roles: Record<Role, string>;
  /** Texture per role, and the ink it is drawn in: dark on the light fills, white on the dark one. */
  textures: Record<Role, Texture>;
  textureInk: Record<Role, string>;
  /**
   * Roles about illegal immigration, not trafficking: one neutral fill and a grid texture for
   * any role, so they never read as a trafficking role in colour or in greyscale.
   */
  immigration: string;
  immigrationInk: string;
  /** Lines for movements of illegal immigration. */
  immigrationRoute: string;
  sea: string;
  land: string;
  /** Countries the sources mention without giving them a role: clickable, so a shade apart. */
  landMentioned: string;
  border: string;
  adminBorder: string;
  /** Halo along the Kosovo lines whose crossings the sources mention but do not name. */
  crossingHalo: string;
  route: string;
  routeCasing: string;
  selection: string;
  hover: string;
  institution: string;
  site: string;
  posting: string;
  /** Soft halo for places the sources only locate to a region. */
  approximate: string;
  markerStroke: string;
  label: string;
  labelHalo: string;
  /** Multiplies line widths, marker and text sizes. */
  scale: number;
}

const light: Theme = {
  roles: { source: '#bb5566', transit: '#ddaa33', destination: '#004488' },
  textures: { source: 'diagonal', transit: 'dots', destination: 'horizontal' },
  textureInk: { source: '#3a1a20', transit: '#4d3a0a', destination: '#ffffff' },
  immigration: '#c9ccd1',
  immigrationInk: '#2b2f36',
  immigrationRoute: '#5c636d',
  sea: '#d6e4ec',
  land: '#f5f3ef',
  landMentioned: '#e6e1d8',
  border: '#9a9fa6',
  adminBorder: '#3d434b',
  crossingHalo: '#7b4f9d',
  route: '#1b1f24',
  routeCasing: '#ffffff',
  selection: '#1b1f24',
  hover: '#4a525c',
  institution: '#117733',
  site: '#1b1f24',
  posting: '#7b4f9d',
  approximate: '#7b4f9d',
  markerStroke: '#ffffff',
  label: '#1b1f24',
  labelHalo: '#ffffff',
  scale: 1,
};

/** For a beamer in a lit room: stronger land–sea contrast, darker borders, everything larger. */
const projector: Theme = {
  ...light,
  sea: '#b9d0de',
  land: '#ffffff',
  landMentioned: '#dcd5c8',
  border: '#5b6169',
  adminBorder: '#1b1f24',
  scale: 1.4,
};

/** For an embed on a dark page: dark sea and land, light ink; the role colours stay Tol's, which hold on dark too. */
const dark: Theme = {
  ...light,
  sea: '#17212b',
  land: '#3a3f46',
  landMentioned: '#4d535b',
  border: '#8a9099',
  adminBorder: '#d3d7dc',
  route: '#f3f4f6',
  routeCasing: '#17212b',
  selection: '#ffffff',
  hover: '#d3d7dc',
  site: '#f3f4f6',
  markerStroke: '#17212b',
  label: '#f3f4f6',
  labelHalo: '#17212b',
};

export const themes = { light, projector, dark };

/** Presenting draws the projector theme, on either map; the rest of the time, the map's own. */
export const themeWhile = (presenting: boolean, own: Theme): Theme => (presenting ? themes.projector : own);
export const theme = light;
