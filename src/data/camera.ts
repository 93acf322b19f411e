/** Where a map looks: a scene's view, the store's requested camera, both maps' framing. */
export interface Camera {
  center: [number, number];
  zoom: number;
}
