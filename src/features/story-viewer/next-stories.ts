import type { Story, StorySummary } from '#contract/schemas.ts';

export interface Relatedness {
  /** For stories the current story's people also appear in: how many of them. */
  sharedPeople?: ReadonlyMap<string, number>;
  count?: number;
}

/**
 * What the end card proposes, by relatedness: the editors' related stories, then
 * stories that share people or themes with this one (a shared person weighs more
 * than a shared theme: it is the same voice), then the rest. Stories the visitor has
 * not seen come before any they have.
 */
export function rankNextStories(
  story: Pick<Story, 'slug' | 'themes' | 'related'>,
  known: StorySummary[],
  visited: ReadonlySet<string>,
  { sharedPeople = new Map(), count = 4 }: Relatedness = {},
): StorySummary[] {
  const relatedOrder = new Map(story.related.map((s, i) => [s.slug, i]));
  const candidates = new Map<string, StorySummary>();
  for (const s of [...story.related, ...known]) {
    if (s.slug !== story.slug && !candidates.has(s.slug)) candidates.set(s.slug, s);
  }
  // Sort keys: seen or not, group (editors' choice or not), then the editors' order
  // or the strength of the link.
  const score = (s: StorySummary) => {
    const seen = visited.has(s.slug) ? 1 : 0;
    const order = relatedOrder.get(s.slug);
    if (order !== undefined) return [seen, 0, order] as const;
    const themes = s.themes.filter((t) => story.themes.includes(t)).length;
    const people = sharedPeople.get(s.slug) ?? 0;
    return [seen, 1, -(2 * people + themes)] as const;
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

/**
 * "Surprise me": a story off the beaten track, neither this one nor one already
 * proposed, unseen if any is left. `random` is injectable so tests can pin it.
 */
export function pickSurprise(
  currentSlug: string,
  known: StorySummary[],
  proposed: StorySummary[],
  visited: ReadonlySet<string>,
  random: () => number = Math.random,
): StorySummary | null {
  const taken = new Set([currentSlug, ...proposed.map((s) => s.slug)]);
  const pool = known.filter((s) => !taken.has(s.slug));
  const unseen = pool.filter((s) => !visited.has(s.slug));
  const from = unseen.length > 0 ? unseen : pool;
  if (from.length === 0) return null;
  return from[Math.min(from.length - 1, Math.floor(random() * from.length))] ?? null;
}
