import type { DebateSummary } from '#contract/in-movement.ts';

/** Pinned first, then featured; the API's order otherwise (a stable sort keeps it). */
export function byPlace(debates: readonly DebateSummary[]): DebateSummary[] {
  const rank = (d: DebateSummary) => (d.pinned ? 0 : d.featured ? 1 : 2);
  return [...debates].sort((a, b) => rank(a) - rank(b));
}
