import type { Story, StorySummary } from '#contract/schemas.ts';

/**
 * What the end card proposes: the editors' related stories first, then stories that
 * share a theme, then the rest; within each group, stories not yet seen first.
 */
export function rankNextStories(
  story: Pick<Story, 'slug' | 'themes' | 'related'>,
  known: StorySummary[],
  visited: Set<string>,
  count = 4,
): StorySummary[] {
  const relatedOrder = new Map(story.related.map((s, i) => [s.slug, i]));
  const candidates = new Map<string, StorySummary>();
  for (const s of [...story.related, ...known]) {
    if (s.slug !== story.slug && !candidates.has(s.slug)) candidates.set(s.slug, s);
  }
  // Sort keys: group (related or not), seen or not, then the editors' order for
  // related stories and the number of shared themes for the others.
  const score = (s: StorySummary) => {
    const order = relatedOrder.get(s.slug);
    const seen = visited.has(s.slug) ? 1 : 0;
    if (order !== undefined) return [0, seen, order] as const;
    return [1, seen, -s.themes.filter((t) => story.themes.includes(t)).length] as const;
  };
  return [...candidates.values()]
    .map((s) => ({ s, key: score(s) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    })
    .slice(0, count)
    .map(({ s }) => s);
}
