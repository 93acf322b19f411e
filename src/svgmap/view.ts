import type { Camera, CameraRequest } from '../store/explorer';
import { fitCamera, type BBox, type Insets } from './project';

/** The map frame the SVG map draws into: its size, what overlays cover, where the overview is. */
export interface Frame {
  width: number;
  height: number;
  insets: Insets;
  overview: BBox;
  /** Fits of a selection zoom in no further than this (MapLibre's fitBounds maxZoom). */
  maxZoom: number;
}

/**
 * Where the SVG map looks, as MapLibre would: the camera it last reported, unless a request came
 * after it (a selection's fit, a link's camera); with neither, the overview fitted to the frame.
 * `reportedBeforeRequest` says whether `camera` dates from before `request`.
 */
export function viewOf(camera: Camera | null, request: CameraRequest | null, reportedBeforeRequest: boolean, frame: Frame): Camera {
  const { width, height, insets } = frame;
  if (camera && !(request && reportedBeforeRequest)) return camera;
  if (request?.kind === 'camera') return request.camera;
  if (request?.kind === 'fit') return fitCamera(request.bbox, width, height, insets, frame.maxZoom);
  return fitCamera(frame.overview, width, height, insets, 22);
}
