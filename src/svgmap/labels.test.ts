import { describe, expect, it } from 'vitest';
import { aroundMarker, placeLabels, regionNameAt, wrap } from './labels';

describe('wrap', () => {
  it('breaks long names at spaces and leaves short ones alone', () => {
    expect(wrap('Kosovo (transit, destination)')).toEqual(['Kosovo (transit, destination)']);
    expect(wrap('Reflex Immigration Liaison Officer network, mainly in Europe')).toEqual([
      'Reflex Immigration Liaison',
      'Officer network, mainly in',
      'Europe',
    ]);
  });
});

describe('placeLabels', () => {
  it('puts a lone label at its first spot', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Heathrow', size: 20, spots: aroundMarker([100, 100], 10, 20) }], 600, 400);
    expect(label).toMatchObject({ id: 'a', anchor: 'start' });
  });

  it('moves a second label off the first (two airports a few pixels apart)', () => {
    const placed = placeLabels(
      [
        { id: 'heathrow', text: 'London Heathrow Airport', size: 20, spots: aroundMarker([400, 200], 10, 20) },
        { id: 'gatwick', text: 'London Gatwick Airport', size: 20, spots: aroundMarker([406, 212], 10, 20) },
      ],
      800,
      400,
    );
    expect(placed.map((p) => p.anchor)).toEqual(['start', 'end']);
  });

  it('keeps a label inside the frame, flipping it left near the right edge', () => {
    const [label] = placeLabels([{ id: 'a', text: 'A long institution name', size: 20, spots: aroundMarker([580, 200], 10, 20) }], 600, 400);
    expect(label?.anchor).toBe('end');
  });

  it('keeps a label out from under what covers the map, as out of the frame (a scene’s card on the right)', () => {
    const request = { id: 'a', text: 'Moldova', size: 20, spots: aroundMarker([400, 200], 10, 20) };
    expect(placeLabels([request], 600, 400)[0]?.anchor).toBe('start');
    const [label] = placeLabels([request], 600, 400, { covered: [[410, 0, 600, 400]] });
    expect(label?.anchor).toBe('end');
  });

  it('never drops a label, even when every spot is crowded', () => {
    const spots = aroundMarker([50, 50], 10, 20);
    const placed = placeLabels([{ id: 'a', text: 'Kosovo', size: 20, spots }], 100, 100, { obstacles: [[0, 0, 100, 100]] });
    expect(placed).toHaveLength(1);
  });
});

describe('regionNameAt', () => {
  it('moves a region’s name out from under a card over the map, whole, and leaves one clear of it', () => {
    const card: [number, number, number, number] = [640, 0, 1000, 700];
    // "South East Europe" at 12 px is about 122 px wide: centred at 620 it would run under the card.
    const [x] = regionNameAt('South East Europe', [620, 460], 1, 1024, [card]);
    expect(x + 61).toBeLessThanOrEqual(640);
    expect(regionNameAt('South East Europe', [620, 460], 1, 1024, [[640, 0, 1000, 300]])).toEqual([620, 460]);
  });
});
