import { m, type MotionValue } from 'framer-motion';

import type { Card } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/**
 * One segment per card: full for the cards behind, empty for those ahead; the
 * current one fills with its video's playback, or at once for a still card.
 */
export function DeckProgress({
  cards,
  index,
  progress,
}: {
  cards: Card[];
  /** The card shown; `cards.length` is the end card. */
  index: number;
  /** The current video's playback, 0 to 1. */
  progress: MotionValue<number>;
}) {
  const { t } = useI18n();
  const total = cards.length;
  const atEnd = index === total;
  return (
    <ol
      className="progress"
      aria-label={t('viewer.progress', { current: Math.min(index + 1, total), total })}
    >
      {cards.map((card, i) => (
        <li key={card.id} className="progress__segment">
          <m.span
            className="progress__fill"
            style={{
              scaleX:
                i < index ? 1 : i === index && !atEnd ? (card.kind === 'video' ? progress : 1) : 0,
            }}
          />
        </li>
      ))}
    </ol>
  );
}
