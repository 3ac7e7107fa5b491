import { describe, expect, it } from 'vitest';

import { layoutMap, smoothPath } from './map-layout.ts';

const themes = ['a', 'b', 'c', 'd', 'e', 'f'].map((slug) => ({ slug }));
const stories = Array.from({ length: 30 }, (_, i) => ({
  slug: `s${i}`,
  themes: [themes[i % 6]!.slug, 'a'],
}));

describe('layoutMap', () => {
  it('places every story inside the region of its first theme, without overlaps', () => {
    const layout = layoutMap(themes, stories);
    expect(layout.stops.size).toBe(30);
    for (const story of stories) {
      const stop = layout.stops.get(story.slug)!;
      const region = layout.regions.find((r) => r.slug === story.themes[0])!;
      expect(Math.hypot(stop.x - region.cx, stop.y - region.cy)).toBeLessThan(region.r);
    }
    const points = [...layout.stops.values()];
    for (const p of points) {
      for (const q of points) {
        if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
      }
    }
  });

  it('keeps regions apart and inside the picture, in landscape and portrait', () => {
    for (const portrait of [false, true]) {
      const layout = layoutMap(themes, stories, { portrait });
      for (const r of layout.regions) {
        expect(r.cx - r.r).toBeGreaterThanOrEqual(0);
        expect(r.cx + r.r).toBeLessThanOrEqual(layout.width);
        expect(r.cy + r.r).toBeLessThanOrEqual(layout.height + 12);
        for (const o of layout.regions) {
          if (o !== r) expect(Math.hypot(r.cx - o.cx, r.cy - o.cy)).toBeGreaterThan(r.r + o.r);
        }
      }
    }
  });

  it('leaves out stories whose themes are not on the map', () => {
    const layout = layoutMap(themes.slice(0, 2), [{ slug: 'x', themes: ['zzz'] }]);
    expect(layout.stops.size).toBe(0);
  });
});

describe('smoothPath', () => {
  it('passes through every stop, starting at the first', () => {
    const d = smoothPath([
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 200, y: 0 },
    ]);
    expect(d.startsWith('M0 0')).toBe(true);
    expect(d).toMatch(/ 100 50 C/);
    expect(d.endsWith(' 200 0')).toBe(true);
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 5, y: 6 }])).toBe('M5 6');
  });
});
