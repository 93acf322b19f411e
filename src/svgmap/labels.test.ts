import { describe, expect, it } from 'vitest';
import { aroundMarker, placeLabels, wrap } from './labels';

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

  it('never drops a label, even when every spot is crowded', () => {
    const spots = aroundMarker([50, 50], 10, 20);
    const placed = placeLabels([{ id: 'a', text: 'Kosovo', size: 20, spots }], 100, 100, [[0, 0, 100, 100]]);
    expect(placed).toHaveLength(1);
  });
});
