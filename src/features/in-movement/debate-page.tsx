import './debate.css';

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

import type { Debate } from '#contract/in-movement.ts';
import { inMovementPath } from '#contract/pages.ts';
import { meQueryOptions } from '#src/api/account.ts';
import { debateOptions, debateThemeListOptions } from '#src/api/in-movement.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { recordDebate } from '#src/lib/visitor-path.ts';

import { BalanceBar } from './balance-bar.tsx';
import { Composer, SignInToWrite } from './composer.tsx';
import { ContributionList } from './contribution-list.tsx';
import { DebateFilm } from './debate-film.tsx';
import { DebateSiblings } from './debate-siblings.tsx';
import { ExpertBadge } from './expert-badge.tsx';
import { UserText } from './linkify.tsx';
import { useImTitle } from './use-im-title.ts';
import { useEnterFromTurn } from './use-page-swipe.ts';

/** A debate: its question and expert; a closed one's conclusion first; its film, balance and contributions. */
export function DebatePage({ slug }: { slug: string }) {
  const { t, text, locale } = useI18n();
  const { data: debate } = useSuspenseQuery(debateOptions(slug));
  const themes = useQuery(debateThemeListOptions());
  const theme = themes.data?.items.find((item) => item.slug === debate.theme);
  useImTitle(debate.question);
  // A visit joins the visitor's path and its map, as a detour to a person does.
  const themeColor = theme?.color;
  useEffect(() => {
    recordDebate(debate, themeColor);
  }, [debate, themeColor]);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
  const closed = debate.state === 'closed';
  const page = useRef<HTMLElement>(null);
  useEnterFromTurn(page);

  const conclusion =
    closed && debate.conclusion ? (
      <section className="im-debate__conclusion" aria-labelledby="im-conclusion-title">
        <h2 id="im-conclusion-title">{t('im.debate.conclusion')}</h2>
        <UserText text={debate.conclusion} lang={debate.lang} />
      </section>
    ) : null;

  return (
    <article ref={page} className="im-debate" aria-labelledby="im-debate-title">
      <DebateSiblings slug={debate.slug} surface={page} />
      <header
        className="im-debate__head"
        style={{ '--im-theme': theme?.color ?? 'var(--im-accent)' } as React.CSSProperties}
      >
        <div className="im-debate__cover">
          <ResponsiveImage
            image={debate.cover}
            sizes="(min-width: 900px) 40vw, 100vw"
            priority
            decorative
          />
        </div>
        <div className="im-debate__intro">
          <p className="im-tile__meta">
            {theme ? (
              <Link to={inMovementPath(theme.slug)} className="im-tile__theme">
                {text(theme.name)}
              </Link>
            ) : null}
            <span className={`im-state im-state--${debate.state}`}>
              {t(closed ? 'im.state.closed' : 'im.state.open')}
            </span>
            <span>
              {closed
                ? t('im.debate.closedOn', { date: day(debate.closesAt) })
                : t('im.debate.openUntil', { date: day(debate.closesAt) })}
            </span>
          </p>
          <h1 id="im-debate-title" className="im-debate__question" lang={debate.lang} dir="auto">
            {debate.question}
          </h1>
          {debate.expert ? (
            <div className="im-debate__expert">
              <p>
                {t('im.debate.ledBy')}{' '}
                <bdi className="im-debate__expert-name">{debate.expert.displayName}</bdi>{' '}
                <ExpertBadge person={debate.expert} />
              </p>
              {debate.expert.bio ? (
                <UserText text={debate.expert.bio} className="im-debate__bio" />
              ) : null}
            </div>
          ) : null}
        </div>
      </header>

      {conclusion}

      <section className="im-debate__section" aria-labelledby="im-framing-title">
        <h2 id="im-framing-title">{t('im.debate.framing')}</h2>
        <UserText text={debate.framing} lang={debate.lang} className="im-debate__framing" />
      </section>

      {debate.film ? (
        <section className="im-debate__section" aria-labelledby="im-film-title">
          <h2 id="im-film-title">{t('im.debate.film')}</h2>
          <DebateFilm key={debate.slug} film={debate.film} poster={debate.cover} />
        </section>
      ) : null}

      <section className="im-debate__section" aria-labelledby="im-balance-title">
        <h2 id="im-balance-title">{t('im.balance.title')}</h2>
        <BalanceBar balance={debate.balance} />
      </section>

      <WriteSection debate={debate} />
      <ContributionList debate={debate} />
    </article>
  );
}

/** Where a reader takes part: the composer, or why they cannot (yet). */
function WriteSection({ debate }: { debate: Debate }) {
  const { t } = useI18n();
  const me = useQuery(meQueryOptions());
  let content: React.ReactNode;
  if (debate.state === 'closed') content = <p>{t('im.composer.closed')}</p>;
  else if (me.isPending) content = null;
  else if (!me.data) content = <SignInToWrite />;
  else if (me.data.blocked)
    content = <p className="im-composer__problem">{t('im.composer.blocked')}</p>;
  else content = <Composer debate={debate.slug} />;
  return (
    <section id="im-composer" className="im-debate__section" aria-labelledby="im-write-title">
      <h2 id="im-write-title">{t('im.composer.title')}</h2>
      {content}
    </section>
  );
}
