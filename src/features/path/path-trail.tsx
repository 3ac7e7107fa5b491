import './path-debate.css';

import { Link } from 'react-router';

import type { Image, Localized } from '#contract/schemas.ts';
import { CloseIcon } from '#src/components/ui/icons.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';
import type { NavState } from '#src/lib/nav-state.ts';

export interface TrailItem {
  kind: 'story' | 'person' | 'theme' | 'debate';
  slug: string;
  title: Localized;
  image?: Image | undefined;
  color?: string | undefined;
  /** Story steps: cards seen out of the story's count. */
  seen?: { cards: number; of: number } | undefined;
  /** Where the step leads: a story at the card the visitor left it. */
  href: string;
}

const KIND_LABEL: Record<TrailItem['kind'], MessageKey> = {
  story: 'path.kindStory',
  person: 'path.kindPerson',
  theme: 'path.kindTheme',
  debate: 'path.kindDebate',
};

interface Props {
  items: readonly TrailItem[];
  label: string;
  linkState: NavState;
  /** Own path only: each step can be taken off the path. */
  onRemove?: (item: TrailItem) => void;
  /** Marks the step a walker is on (shared paths). */
  currentIndex?: number;
  /** Someone else's path: its progress is theirs, every step starts at the beginning. */
  shared?: boolean;
}

/**
 * The path as a strip of covers, in the order the visitor walked it, with how far
 * they went in each story. It scrolls sideways with the finger and snaps per step.
 */
export function PathTrail({ items, label, linkState, onRemove, currentIndex, shared }: Props) {
  const { t, text } = useI18n();
  return (
    <ol className="trail" aria-label={label}>
      {items.map((item, i) => {
        const title = text(item.title);
        const finished = item.seen ? item.seen.cards >= item.seen.of : false;
        const action = shared
          ? item.seen
            ? t('path.start')
            : t('path.open')
          : item.seen
            ? finished
              ? t('path.watchAgain')
              : item.seen.cards > 0
                ? t('path.resume')
                : t('path.start')
            : t('path.open');
        return (
          <li
            key={`${item.kind}:${item.slug}`}
            className="trail__step"
            aria-current={currentIndex === i ? 'step' : undefined}
          >
            {/* The link's name is what it shows, in reading order, with the step's number. */}
            <Link to={item.href} state={linkState} className="trail__link">
              <span
                className={`trail__cover trail__cover--${item.kind}`}
                style={{ backgroundColor: item.color ?? item.image?.color }}
              >
                {item.image ? (
                  <ResponsiveImage image={item.image} sizes="200px" decorative />
                ) : null}
                <span className="trail__number" aria-hidden="true">
                  {i + 1}
                </span>
                {/* The platform's mark; its name is read with the step's kind. */}
                {item.kind === 'debate' ? (
                  <span className="trail__mark" aria-hidden="true">
                    {t('path.inMovementMark')}
                  </span>
                ) : null}
              </span>
              <span className="visually-hidden">{t('path.stepNumber', { n: i + 1 })} ·</span>{' '}
              <span className="trail__kind">{t(KIND_LABEL[item.kind])}</span>{' '}
              <span className="trail__title">{title}</span>{' '}
              {item.seen ? (
                <>
                  <span className="trail__progress">
                    <span className="trail__bar" aria-hidden="true">
                      <span
                        className="trail__fill"
                        style={{
                          transform: `scaleX(${Math.min(1, item.seen.cards / item.seen.of)})`,
                        }}
                      />
                    </span>
                    <span className="trail__count">
                      {finished
                        ? t('path.finished')
                        : t('path.cardsSeen', { count: item.seen.cards, total: item.seen.of })}
                    </span>
                  </span>{' '}
                </>
              ) : null}
              <span className="trail__action">{action}</span>
            </Link>
            {onRemove ? (
              <button
                type="button"
                className="icon-button trail__remove"
                onClick={() => onRemove(item)}
                aria-label={t('path.remove', { title })}
              >
                <CloseIcon />
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
