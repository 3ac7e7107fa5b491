import './continue-tile.css';

import { Link } from 'react-router';

import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';
import { storyToResume, usePath } from '#src/lib/visitor-path.ts';

import { stepHref } from './step-href.ts';

/** "Continue": the last story the visitor left unfinished, one tap from where they were. */
export function ContinueTile() {
  const { t, text } = useI18n();
  const { steps } = usePath();
  const step = storyToResume(steps);
  if (!step) return null;
  const card = Math.min(step.lastCard, step.cardCount);
  return (
    <div className="continue">
      <Link to={stepHref(step)} state={navState('springboard')} className="continue__link">
        <span className="continue__cover" style={{ backgroundColor: step.snapshot.color }}>
          {step.snapshot.image ? (
            <ResponsiveImage image={step.snapshot.image} sizes="160px" decorative />
          ) : null}
        </span>
        <span className="continue__text">
          <span className="continue__label">{t('path.continue')}</span>
          <strong className="continue__title">{text(step.snapshot.title)}</strong>
          <span className="continue__where">
            {t('path.continueCard', { card, total: step.cardCount })}
          </span>
        </span>
        <span className="continue__bar" aria-hidden="true">
          <span
            className="continue__fill"
            style={{ transform: `scaleX(${step.cardsSeen / step.cardCount})` }}
          />
        </span>
      </Link>
    </div>
  );
}
