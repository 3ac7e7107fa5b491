import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';

import type { StudioStory } from '#contract/studio.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { restoreStudioRevision, studioRevisionsOptions } from '../api/studio-api.ts';
import { ACTION_WORDS, FIELD_WORDS, formatWhen } from '../studio-words.ts';

type Act = (
  action: (version: number) => Promise<StudioStory>,
) => Promise<{ ok: true } | { ok: false; error: unknown }>;

/** Every save is a revision: who changed what and when, newest first, each restorable. */
export function HistoryPanel({ slug, version, act }: { slug: string; version: number; act: Act }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const revisions = useQuery(studioRevisionsOptions(slug));
  const [restoring, setRestoring] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  const restore = async (revision: number) => {
    setRestoring(revision);
    setFailed(false);
    const outcome = await act((current) => restoreStudioRevision(slug, revision, current));
    setRestoring(null);
    if (!outcome.ok) setFailed(true);
  };

  return (
    <section className="studio-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('studio.history')}</h2>
      {revisions.isPending ? (
        <p role="status" className="studio-muted">
          {t('studio.loading')}
        </p>
      ) : revisions.isError ? (
        <p role="alert" className="studio-error">
          {t('studio.historyFailed')}
        </p>
      ) : (
        <ol className="studio-history" aria-label={t('studio.history')}>
          {revisions.data.items.map((revision) => (
            <li key={revision.version} className="studio-history__item">
              <p>
                <strong>{t(ACTION_WORDS[revision.action])}</strong>{' '}
                <span className="studio-muted">
                  {t('studio.revisionBy', {
                    version: revision.version,
                    name: revision.by?.name ?? t('studio.nobody'),
                    when: formatWhen(revision.at, locale),
                  })}
                </span>
              </p>
              {revision.changes.length > 0 ? (
                <p className="studio-muted">
                  {revision.changes.map((field) => t(FIELD_WORDS[field])).join(', ')}
                </p>
              ) : null}
              {revision.version !== version ? (
                <button
                  type="button"
                  className="button button--ghost"
                  disabled={restoring !== null}
                  onClick={() => void restore(revision.version)}
                >
                  {t('studio.restore', { version: revision.version })}
                </button>
              ) : (
                <p className="studio-muted">{t('studio.current')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {failed ? (
        <p role="alert" className="studio-error">
          {t('studio.restoreFailed')}
        </p>
      ) : null}
    </section>
  );
}
