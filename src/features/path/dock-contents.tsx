import { Link } from 'react-router';

import { parcoursPath } from '#contract/pages.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';
import { storyToResume, usePath } from '#src/lib/visitor-path.ts';

import { stepHref } from './step-href.ts';
import { toTrailItems } from './steps.ts';

/** What the dock shows, sheet or panel alike: the way back in, then every step. */
export function DockContents({ onNavigate }: { onNavigate: () => void }) {
  const { t, text } = useI18n();
  const { steps } = usePath();
  const resume = storyToResume(steps);
  const items = toTrailItems(steps);
  return (
    <div className="dock__contents">
      {steps.length === 0 ? <p className="dock__empty">{t('path.dockEmpty')}</p> : null}
      {resume ? (
        <Link
          to={stepHref(resume)}
          state={navState('dock')}
          className="button button--primary dock__resume"
          onClick={onNavigate}
        >
          {t('path.continue')} · {text(resume.snapshot.title)}
        </Link>
      ) : null}
      {items.length > 0 ? (
        <ol className="dock__steps" aria-label={t('path.trailTitle')}>
          {items.map((item, i) => (
            <li key={`${item.kind}:${item.slug}`}>
              <Link
                to={item.href}
                state={navState('dock')}
                className="dock__step"
                onClick={onNavigate}
              >
                <span className="dock__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="dock__thumb" style={{ backgroundColor: item.color }}>
                  {item.image ? (
                    <ResponsiveImage image={item.image} sizes="48px" decorative />
                  ) : null}
                </span>
                <span className="dock__name">
                  {text(item.title)}
                  {item.seen ? (
                    <small>
                      {item.seen.cards >= item.seen.of
                        ? t('path.finished')
                        : t('path.cardsSeen', { count: item.seen.cards, total: item.seen.of })}
                    </small>
                  ) : null}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      <Link to={parcoursPath()} className="button dock__all" onClick={onNavigate}>
        {t('path.dockSeeMap')}
      </Link>
    </div>
  );
}

/** "My path · N steps": the dock's name, on its toggle and its heading. */
export function DockTitle({ id }: { id: string }) {
  const { t } = useI18n();
  const { steps } = usePath();
  return (
    <span id={id} className="dock__title">
      {t('path.dock')}{' '}
      <span className="dock__count">· {t('path.dockCount', { count: steps.length })}</span>
    </span>
  );
}
