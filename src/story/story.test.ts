import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { select } from '../store/actions';
import { explorer, initialState } from '../store/explorer';
import { mercator } from '../svgmap/project';
import { highlightOf, scenes } from '../data/scenes';
import { framedCamera, freeArea } from './frame';
import { setBlank } from '../store/actions';
import { awayFromScene, sceneCamera, goToScene, leaveStory, nextScene, previousScene, resumePresenting, resumeStory } from './story';

const SCREEN = { width: 1920, height: 1080 };

beforeEach(() => {
  vi.stubGlobal('window', { innerWidth: SCREEN.width, innerHeight: SCREEN.height });
  explorer.setState({ ...initialState });
});
afterEach(() => vi.unstubAllGlobals());

describe('framedCamera', () => {
  const camera = { center: [21, 42.6] as [number, number], zoom: 7 };
  const onScreen = (framed: { center: [number, number]; zoom: number }, view: { width: number; height: number }) => {
    const worldPx = 512 * 2 ** framed.zoom;
    const [x, y] = mercator(camera.center);
    const [cx, cy] = mercator(framed.center);
    return { x: (x - cx) * worldPx + view.width / 2, y: (y - cy) * worldPx + view.height / 2 };
  };

  it('moves the centre east on wide screens so the subject sits in the middle of the area left of the caption card', () => {
    const framed = framedCamera(camera, SCREEN);
    expect(framed.zoom).toBe(7);
    const free = freeArea(SCREEN);
    // The card covers the right 37.5 %: the middle of the rest is 31.25 % across.
    expect(onScreen(framed, SCREEN).x / SCREEN.width).toBeCloseTo(0.3125, 3);
    expect(onScreen(framed, SCREEN).y).toBeCloseTo((free.top + free.bottom) / 2, 1);
  });

  it('zooms out on a phone, where the map has the top half, and centres the subject there', () => {
    const phone = { width: 390, height: 844 };
    const framed = framedCamera(camera, phone);
    expect(framed.zoom).toBeLessThan(7);
    expect(onScreen(framed, phone).x).toBeCloseTo(phone.width / 2, 1);
    expect(onScreen(framed, phone).y).toBeCloseTo(phone.height / 4, 1);
  });

  it('never zooms in beyond the authored camera', () => {
    expect(framedCamera(camera, { width: 5120, height: 2880 }).zoom).toBe(7);
  });

  it('zooms out and recentres when the subject would reach past the free area', () => {
    const subject: [number, number, number, number] = [-3, 40, 30, 54];
    const framed = framedCamera(camera, SCREEN, subject);
    expect(framed.zoom).toBeLessThan(5);
    expect(framedCamera(camera, SCREEN, [20.5, 42.2, 21.5, 43]).zoom).toBe(7);
  });
});

describe('story actions', () => {
  it('applies a scene: story index, highlight, layers, year, selection and camera', () => {
    const scene = scenes[2]!;
    goToScene(2);
    const state = explorer.getState();
    expect(state.story).toBe(2);
    expect(highlightOf(state.story)).toEqual(scene.highlight);
    expect(
      Object.entries(state.layers)
        .filter(([, on]) => on)
        .map(([id]) => id)
        .sort(),
    ).toEqual([...scene.layers].sort());
    expect(state.year).toBe(scene.year ?? 2004);
    expect(state.selection).toBe(scene.select ?? null);
    expect(state.cameraRequest).toMatchObject({ kind: 'camera', camera: sceneCamera(scene, SCREEN) });
    expect(awayFromScene(state, SCREEN)).toBe(false);
  });

  it('clamps to the first and last scene', () => {
    goToScene(-4);
    expect(explorer.getState().story).toBe(0);
    previousScene();
    expect(explorer.getState().story).toBe(0);
    goToScene(99);
    nextScene();
    expect(explorer.getState().story).toBe(scenes.length - 1);
  });

  it('notices when the audience selects something else, and resumes the scene', () => {
    goToScene(0);
    select('BA');
    expect(awayFromScene(explorer.getState(), SCREEN)).toBe(true);
    resumeStory();
    expect(explorer.getState().selection).toBe(scenes[0]!.select ?? null);
    expect(awayFromScene(explorer.getState(), SCREEN)).toBe(false);
  });

  it('leaves: no story, nothing highlighted, and the step actions do nothing', () => {
    goToScene(3);
    leaveStory();
    nextScene();
    expect(explorer.getState()).toMatchObject({ story: null, blank: null });
    expect(highlightOf(explorer.getState().story)).toEqual([]);
    expect(awayFromScene(explorer.getState(), SCREEN)).toBe(false);
  });

  it('makes one store write per story step, so the URL and the map see one change', () => {
    const calls: unknown[] = [];
    const unsubscribe = explorer.subscribe((state) => calls.push(state));
    goToScene(1);
    expect(calls).toHaveLength(1);
    nextScene();
    previousScene();
    expect(calls).toHaveLength(3);
    unsubscribe();
  });

  it('resumes at the scene last shown (F5 after Esc), and a step lifts a blank screen', () => {
    goToScene(4);
    setBlank('black');
    leaveStory();
    expect(explorer.getState().blank).toBe(null);
    resumePresenting();
    expect(explorer.getState().story).toBe(4);
    setBlank('white');
    nextScene();
    expect(explorer.getState()).toMatchObject({ story: 5, blank: null });
    resumePresenting(); // already presenting: stays where it is
    expect(explorer.getState().story).toBe(5);
  });
});
