import { DEFAULT_TIME_MODE } from '../data/time';
import { LAST_YEAR } from '../store/explorer';
import { cameraBox } from '../svgmap/project';
import { SvgMap } from '../svgmap/SvgMap';
import { SCENE_AREA } from './frame';
import type { Scene } from '../data/scenes';

/** A scene's map as SVG, framed as the scene frames it: the handout's page map and the presenter's thumbnails. */
export function SceneMap({ scene, width, height, label }: { scene: Scene; width: number; height: number; label: string }) {
  return (
    <SvgMap
      bbox={cameraBox(scene.camera.center, scene.camera.zoom, SCENE_AREA.width, SCENE_AREA.height)}
      layers={scene.layers}
      highlight={scene.highlight}
      width={width}
      height={height}
      label={label}
      year={scene.year ?? LAST_YEAR}
      time={DEFAULT_TIME_MODE}
    />
  );
}
