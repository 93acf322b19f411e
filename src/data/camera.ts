/** Where a map looks: a scene's view, the store's requested camera, both maps' framing. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Southern England to Moldova and Istanbul: every route end and every UK site, with the Balkans in the middle. */
export const OVERVIEW: [number, number, number, number] = [-3, 40.5, 30.5, 53.5];
/** On a phone the overview would be too small to read: the routes, Vienna to Moldova and Istanbul. */
export const OVERVIEW_NARROW: [number, number, number, number] = [14, 40.5, 30.5, 48.5];
/** Fits of a selection stop here: closer in, a country fills the frame and loses its neighbours. */
export const FIT_MAX_ZOOM = 6;
