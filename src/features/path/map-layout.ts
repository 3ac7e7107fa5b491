/**
 * Where things sit on the path map: one round region per theme, laid out on a grid,
 * and each story inside its main theme's region on a sunflower spiral (even spacing
 * whatever the count). Pure geometry, so it is tested without a browser.
 */
interface MapTheme {
  slug: string;
}
interface MapStory {
  slug: string;
  /** Theme slugs, most relevant first: the first one places the story. */
  themes: readonly string[];
}

interface Region {
  slug: string;
  cx: number;
  cy: number;
  r: number;
}
export interface Stop {
  slug: string;
  theme: string;
  x: number;
  y: number;
}
interface MapLayout {
  width: number;
  height: number;
  regions: Region[];
  stops: Map<string, Stop>;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function layoutMap(
  themes: readonly MapTheme[],
  stories: readonly MapStory[],
  { width = 1000, height = 620, portrait = false } = {},
): MapLayout {
  const w = portrait ? Math.round(height * 0.9) : width;
  const h = portrait ? Math.round(width * 1.1) : height;
  const n = Math.max(1, themes.length);
  const cols = portrait ? Math.ceil(Math.sqrt(n / 1.5)) : Math.ceil(Math.sqrt(n * 1.2));
  const rows = Math.ceil(n / cols);
  const cellW = w / cols;
  const cellH = h / rows;
  const r = Math.min(cellW, cellH) * 0.42;

  const regions: Region[] = themes.map((theme, i) => {
    const row = Math.floor(i / cols);
    // The last row, when short, is centred.
    const inRow = row === rows - 1 ? n - row * cols : cols;
    const offset = ((cols - inRow) * cellW) / 2;
    return {
      slug: theme.slug,
      cx: Math.round(offset + cellW * ((i % cols) + 0.5)),
      cy: Math.round(cellH * (row + 0.5) + 12),
      r: Math.round(r),
    };
  });
  const regionBySlug = new Map(regions.map((region) => [region.slug, region]));

  const members = new Map<string, MapStory[]>();
  for (const story of stories) {
    const home = story.themes.find((slug) => regionBySlug.has(slug));
    if (!home) continue;
    members.set(home, [...(members.get(home) ?? []), story]);
  }

  const stops = new Map<string, Stop>();
  for (const [slug, list] of members) {
    const region = regionBySlug.get(slug)!;
    // Leave room for the theme's label at the top of its region.
    const spread = region.r * 0.78;
    list.forEach((story, i) => {
      const radius = spread * Math.sqrt((i + 0.5) / list.length);
      const angle = i * GOLDEN_ANGLE;
      stops.set(story.slug, {
        slug: story.slug,
        theme: slug,
        x: Math.round(region.cx + radius * Math.cos(angle)),
        y: Math.round(region.cy + 10 + radius * Math.sin(angle)),
      });
    });
  }
  return { width: w, height: h, regions, stops };
}

/**
 * A smooth line through every point (Catmull–Rom turned into cubic Béziers), so the
 * path reads as a walk through its stops rather than as a chart.
 */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${first.x} ${first.y}`;
  const round = (n: number) => Math.round(n * 10) / 10;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${p2.x} ${p2.y}`;
  }
  return d;
}
