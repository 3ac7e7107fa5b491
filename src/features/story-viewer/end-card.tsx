import { Link } from 'react-router';

import { storyPath } from '#contract/pages.ts';
import type { StorySummary } from '#contract/schemas.ts';
import { SurpriseIcon } from '#src/components/ui/icons.tsx';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';

interface Props {
  next: StorySummary[];
  /** One choice off the beaten track, if any story is left to offer. */
  surprise: StorySummary | null;
  related: Set<string>;
  visited: ReadonlySet<string>;
  /** History depth to carry into the next story, so closing returns to the springboard. */
  depth: number;
  firstCardHref: string;
  onClose: () => void;
}

export function EndCard({
  next,
  surprise,
  related,
  visited,
  depth,
  firstCardHref,
  onClose,
}: Props) {
  const { t, text } = useI18n();
  return (
    <section className="card card--end" aria-labelledby="end-card-title">
      <div className="end-card__head">
        <h3 id="end-card-title" className="end-card__title">
          {t('viewer.endTitle')}
        </h3>
        <p>{t('viewer.endIntro')}</p>
      </div>
      <ul className="end-card__choices" aria-label={t('viewer.endLabel')}>
        {next.map((story, i) => (
          <li
            key={story.slug}
            className={i === 0 ? 'end-card__choice end-card__choice--first' : 'end-card__choice'}
          >
            <Link
              to={storyPath(story.slug)}
              state={navState('springboard', depth + 1)}
              className="end-card__link"
            >
              <ResponsiveImage
                image={story.cover}
                sizes="(min-width: 900px) 30vw, 50vw"
                className="end-card__cover"
                decorative
              />
              <span className="end-card__shade" aria-hidden="true" />
              <span className="end-card__meta">
                <KindBadge kind={story.kind} />
                <span className="end-card__tag">
                  {related.has(story.slug)
                    ? t('viewer.related')
                    : visited.has(story.slug)
                      ? t('viewer.seen')
                      : t('viewer.unseen')}
                </span>
              </span>
              <span className="end-card__name">{text(story.title)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="end-card__actions">
        {surprise ? (
          <Link
            to={storyPath(surprise.slug)}
            state={navState('springboard', depth + 1)}
            className="button button--primary end-card__surprise"
            aria-label={t('viewer.surpriseLabel', { title: text(surprise.title) })}
          >
            <SurpriseIcon />
            {t('viewer.surprise')}
          </Link>
        ) : null}
        <Link to={firstCardHref} replace state={navState('springboard', depth)} className="button">
          {t('viewer.replay')}
        </Link>
        <button type="button" className="button" onClick={onClose}>
          {t('viewer.backToAll')}
        </button>
      </div>
    </section>
  );
}
