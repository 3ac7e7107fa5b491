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
  const score = (s: StorySummary) => {
    const related = relatedOrder.has(s.slug) ? 0 : 1;
    const sharedThemes = s.themes.filter((t) => story.themes.includes(t)).length;
    return [related, visited.has(s.slug) ? 1 : 0, -sharedThemes, relatedOrder.get(s.slug) ?? 0] as const;
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
