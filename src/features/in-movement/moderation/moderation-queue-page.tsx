import './moderation.css';

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';

import { moderationLogPath, moderationPath, signInPath } from '#contract/pages.ts';
import { meQueryOptions } from '#src/api/account.ts';
import {
  canCurate,
  moderateOptions,
  moderationQueueOptions,
} from '#src/api/in-movement-moderation.ts';
import { queryKeys } from '#src/api/query-keys.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

import { useImTitle } from '../use-im-title.ts';
import { type Decision, ModerationItemCard } from './moderation-item.tsx';
import { writeErrorKey } from './write-error.ts';

/**
 * `/in-movement/moderation`: the curators' queue. Signed out, it asks to sign in;
 * signed in without the role, it says who may moderate. The server refuses the rest
 * anyway: this page only spares people a request they cannot make.
 */
export function ModerationQueuePage() {
  const { t } = useI18n();
  const ids = useId();
  useImTitle(t('imModeration.title'));
  const viewer = useQuery(meQueryOptions());

  let body;
  if (viewer.isPending) body = <p role="status">{t('imModeration.loading')}</p>;
  else if (viewer.isError)
    body = <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />;
  else if (viewer.data === null) {
    body = (
      <section className="im-mod-gate" aria-labelledby={`${ids}-gate`}>
        <h2 id={`${ids}-gate`}>{t('imModeration.signInTitle')}</h2>
        <p>{t('imModeration.signIn')}</p>
        <Link className="im-mod-button im-mod-button--primary" to={signInPath(moderationPath())}>
          {t('imModeration.signInLink')}
        </Link>
      </section>
    );
  } else if (!canCurate(viewer.data)) {
    body = (
      <section className="im-mod-gate" aria-labelledby={`${ids}-gate`}>
        <h2 id={`${ids}-gate`}>{t('imModeration.signInTitle')}</h2>
        <p>{t('imModeration.onlyCurators')}</p>
      </section>
    );
  } else body = <Queue />;

  return (
    <div className="im-mod-page">
      <h1 className="im-mod-page__title">{t('imModeration.title')}</h1>
      <p className="im-mod-page__intro">{t('imModeration.intro')}</p>
      {body}
      <p className="im-mod-page__log-link">
        <Link to={moderationLogPath()}>{t('imModeration.logLink')}</Link>
      </p>
    </div>
  );
}

/** The queue itself, for curators: each decision waits for the server, then the queue refreshes. */
function Queue() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const queue = useInfiniteQuery(moderationQueueOptions());
  const moderate = useMutation(moderateOptions(queryClient));
  const [done, setDone] = useState<{ key: MessageKey; at: number } | null>(null);
  const [failure, setFailure] = useState<{ id: string; key: MessageKey } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The item decided on leaves the queue: focus goes to what happened.
  useEffect(() => {
    if (done) statusRef.current?.focus();
  }, [done]);

  const decide = (id: string, decision: Decision) => {
    setFailure(null);
    setDone(null);
    moderate.mutate(
      { id, decision },
      {
        onSuccess: () => setDone({ key: `imModeration.done.${decision.action}`, at: Date.now() }),
        onError: (error) => {
          setFailure({ id, key: writeErrorKey(error) });
          // Someone else decided first: show the queue as it is now.
          if (error instanceof ApiError && error.status === 409) {
            void queryClient.invalidateQueries({ queryKey: queryKeys.imModeration.queue() });
          }
        },
      },
    );
  };

  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const failedGone = failure && !items.some((item) => item.contribution.id === failure.id);
  return (
    <>
      <p ref={statusRef} role="status" tabIndex={-1} className="im-mod-page__status">
        {done ? t(done.key) : ''}
      </p>
      {failedGone ? (
        <p role="alert" className="im-mod-item__error">
          {t(failure.key)}
        </p>
      ) : null}
      {queue.isPending ? (
        <p role="status">{t('imModeration.loading')}</p>
      ) : queue.isError && items.length === 0 ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        <p className="im-mod-page__empty">{t('imModeration.empty')}</p>
      ) : (
        <ul className="im-mod-list" aria-label={t('imModeration.queue')}>
          {items.map((item) => {
            const id = item.contribution.id;
            return (
              <li key={id}>
                <ModerationItemCard
                  item={item}
                  sending={moderate.isPending && moderate.variables.id === id}
                  error={failure?.id === id ? failure.key : null}
                  onDecide={(decision) => decide(id, decision)}
                />
              </li>
            );
          })}
        </ul>
      )}
      {queue.hasNextPage ? (
        <button
          type="button"
          className="im-mod-button im-mod-page__more"
          disabled={queue.isFetchingNextPage}
          onClick={() => void queue.fetchNextPage()}
        >
          {queue.isFetchingNextPage ? t('imModeration.loadingMore') : t('imModeration.more')}
        </button>
      ) : null}
    </>
  );
}
