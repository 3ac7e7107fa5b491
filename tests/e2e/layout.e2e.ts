import { expect, test } from './fixtures.ts';

test.describe('the springboard grid', () => {
  test(
    'draws square tiles: a regular or large tile as tall as it is wide, a wide one a regular row high',
    { tag: ['@ipad-landscape', '@ipad-portrait', '@desktop'] },
    async ({ page, demo }) => {
      const shapeOf = new Map(demo.stories.map((s) => [s.slug, s.tile]));
      await page.goto('/');
      const grid = page.getByRole('list', { name: 'Histoires' });
      await grid.waitFor();
      const tiles = await grid.getByRole('listitem').evaluateAll((items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect();
          return {
            slug: item.querySelector('a')?.getAttribute('data-slug') ?? '',
            width: box.width,
            height: box.height,
          };
        }),
      );
      expect(tiles.length).toBeGreaterThan(8);
      const regular = tiles.filter((t) => shapeOf.get(t.slug) === 'regular');
      const column = regular[0]?.width ?? 0;
      expect(column).toBeGreaterThan(100);
      const off = tiles
        .map((t) => {
          const shape = shapeOf.get(t.slug);
          const expected = shape === 'wide' ? column : t.width;
          return { ...t, shape, expected, ratio: t.height / expected };
        })
        .filter((t) => Math.abs(t.height - t.expected) > 1)
        .map(
          (t) =>
            `${t.slug} (${t.shape}) ${t.width.toFixed(1)}×${t.height.toFixed(1)}: ` +
            `${((t.ratio - 1) * 100).toFixed(1)} % off`,
        );
      const { width, height } = page.viewportSize()!;
      expect(off, `${width}×${height}`).toEqual([]);
    },
  );
});
