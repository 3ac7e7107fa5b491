import './moderation.css';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

import type { ModerationLogEntry } from '#contract/in-movement.ts';
import { debatePath } from '#contract/pages.ts';
import { imDebatesOptions, moderationLogOptions } from '#src/api/in-movement-moderation.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { useImTitle } from '../use-im-title.ts';
import { formatMoment } from './write-error.ts';

/**
 * `/in-movement/moderation/log`: the public, append-only log of every moderation and
 * curation decision, newest first, a page at a time. It names curators by their
 * display names and nobody else: the API carries nothing more.
 */
export function ModerationLogPage() {
  const { t } = useI18n();
  useImTitle(t('imModeration.log.title'));
  const log = useInfiniteQuery(moderationLogOptions());
  // Debate questions read better than slugs; a slug stays when the debate is unknown.
  const debates = useQuery(imDebatesOptions());
  const questions = new Map(debates.data?.items.map((d) => [d.slug, d.question]) ?? []);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  // After "show older", focus moves to the first newly shown entry.
  const listRef = useRef<HTMLOListElement>(null);
  const shownBefore = useRef<number | null>(null);
  useEffect(() => {
    const before = shownBefore.current;
    if (before !== null && entries.length > before) {
      (listRef.current?.children[before] as HTMLElement | undefined)?.focus();
      shownBefore.current = null;
    }
  }, [entries.length]);

  return (
    <div className="im-mod-page">
      <h1 className="im-mod-page__title">{t('imModeration.log.title')}</h1>
      <p className="im-mod-page__intro">{t('imModeration.log.intro')}</p>
      {log.isPending ? (
        <p role="status">{t('imModeration.log.loading')}</p>
      ) : log.isError && entries.length === 0 ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : entries.length === 0 ? (
        <p className="im-mod-page__empty">{t('imModeration.log.empty')}</p>
      ) : (
        <ol ref={listRef} className="im-mod-log" aria-label={t('imModeration.log.list')}>
          {entries.map((entry) => (
            <li key={entry.id} tabIndex={-1} className="im-mod-log__entry">
              <LogEntry entry={entry} question={questionOf(entry, questions)} />
            </li>
          ))}
        </ol>
      )}
      {log.hasNextPage ? (
        <button
          type="button"
          className="im-mod-button im-mod-page__more"
          disabled={log.isFetchingNextPage}
          onClick={() => {
            shownBefore.current = entries.length;
            void log.fetchNextPage();
          }}
        >
          {log.isFetchingNextPage ? t('imModeration.log.loadingMore') : t('imModeration.log.more')}
        </button>
      ) : null}
      {log.isFetchNextPageError ? (
        <p role="alert" className="im-mod-item__error">
          {t('imModeration.error.network')}
        </p>
      ) : null}
    </div>
  );
}

function questionOf(entry: ModerationLogEntry, questions: Map<string, string>): string | null {
  const slug = entry.subject.kind === 'contribution' ? entry.subject.debate : null;
  const debate = entry.subject.kind === 'debate' ? entry.subject.slug : slug;
  return debate === null ? null : (questions.get(debate) ?? debate);
}

function LogEntry({ entry, question }: { entry: ModerationLogEntry; question: string | null }) {
  const { t, locale } = useI18n();
  const { subject } = entry;
  return (
    <>
      <p className="im-mod-log__head">
        <strong>{t(`imModeration.log.action.${entry.action}`)}</strong>{' '}
        {entry.actor === null
          ? t('imModeration.log.automatic')
          : t('imModeration.log.by', { name: entry.actor })}
        {' · '}
        <time dateTime={entry.at}>{formatMoment(entry.at, locale)}</time>
      </p>
      <p className="im-mod-log__subject">
        {subject.kind === 'curated' ? (
          t('imModeration.log.curated', { id: subject.id })
        ) : subject.kind === 'debate' ? (
          <Link to={debatePath(subject.slug)}>
            {t('imModeration.log.debate', { debate: question ?? subject.slug })}
          </Link>
        ) : (
          <Link to={debatePath(subject.debate)}>
            {t('imModeration.log.contribution', {
              id: subject.id,
              debate: question ?? subject.debate,
            })}
          </Link>
        )}
      </p>
      {entry.reason ? (
        <p className="im-mod-log__reason">
          {t('imModeration.log.reason', { reason: entry.reason })}
        </p>
      ) : null}
    </>
  );
}
