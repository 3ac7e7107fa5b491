import type { Story } from '#contract/schemas.ts';

/** The cards two away are mounted this long at most after the deck came to rest. */
export const AHEAD_DELAY_MS = 300;

/**
 * The cards in the track: the shown one and its two neighbours, and those two away
 * from the card the deck last rested on (`ahead`, null before it first rested), in
 * order, from 0 to `cards.length` (the end card). A film two away waits until it is a
 * neighbour: the viewer keeps at most three <video> elements (video-pool.ts).
 */
export function slotIndices(index: number, ahead: number | null, cards: Story['cards']): number[] {
  const out: number[] = [];
  const last = cards.length;
  for (let i = Math.max(0, index - 2); i <= Math.min(last, index + 2); i++) {
    const near = Math.abs(i - index) <= 1;
    const early =
      ahead !== null && Math.abs(i - ahead) <= 2 && (i === last || cards[i]?.kind !== 'video');
    if (near || early) out.push(i);
  }
  return out;
}
