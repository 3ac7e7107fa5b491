import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import type { DebateSummary } from '#contract/in-movement.ts';
import { debatePath } from '#contract/pages.ts';
import type { Theme } from '#contract/schemas.ts';
import { debateOptions } from '#src/api/in-movement.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { BalanceBar } from './balance-bar.tsx';
import { ExpertBadge } from './expert-badge.tsx';

const TILE_SIZES = '(min-width: 1100px) 33vw, (min-width: 700px) 50vw, 100vw';

/**
 * A debate as a big touch target: the question is the link (its accessible name),
 * stretched over the whole tile; the rest says who leads it and where it stands.
 */
export function DebateTile({
  debate,
  theme,
  priority,
}: {
  debate: DebateSummary;
  theme: Theme | undefined;
  priority: boolean;
}) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(debateOptions(debate.slug));
  const large = debate.pinned || debate.featured;
  return (
    <li
      className={`im-tile ${large ? 'im-tile--large' : ''}`}
      style={{ '--im-theme': theme?.color ?? '#555' } as React.CSSProperties}
    >
      <div className="im-tile__cover">
        <ResponsiveImage image={debate.cover} sizes={TILE_SIZES} priority={priority} decorative />
      </div>
      <div className="im-tile__body">
        <p className="im-tile__meta">
          {theme ? <span className="im-tile__theme">{text(theme.name)}</span> : null}
          <span className={`im-state im-state--${debate.state}`}>
            {t(debate.state === 'open' ? 'im.state.open' : 'im.state.closed')}
          </span>
          {debate.pinned ? <span className="im-flag">{t('im.pinned')}</span> : null}
          {!debate.pinned && debate.featured ? (
            <span className="im-flag">{t('im.featured')}</span>
          ) : null}
        </p>
        <h2 className="im-tile__question" lang={debate.lang} dir="auto">
          <Link
            to={debatePath(debate.slug)}
            className="im-tile__link"
            onPointerEnter={prefetch}
            onTouchStart={prefetch}
            onFocus={prefetch}
          >
            {debate.question}
          </Link>
        </h2>
        {debate.expert ? (
          <p className="im-tile__expert">
            <bdi>{debate.expert.displayName}</bdi> <ExpertBadge person={debate.expert} />
          </p>
        ) : null}
        <BalanceBar balance={debate.balance} compact />
        <p className="im-tile__count">
          {t('im.tile.contributions', { count: debate.contributionCount })}
        </p>
      </div>
    </li>
  );
}
