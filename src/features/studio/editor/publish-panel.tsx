import { useId, useState } from 'react';

import type { StudioStory } from '#contract/studio.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import {
  publishStudioStory,
  scheduleStudioStory,
  unpublishStudioStory,
} from '../api/studio-api.ts';
import { formatWhen, STATE_WORDS } from '../studio-words.ts';
import { canPublish, publishChecklist } from './checklist.ts';
import type { useStudioDraft } from './use-studio-draft.ts';

type Editor = ReturnType<typeof useStudioDraft>;

/** A `datetime-local` value (the device's time) as the API's instant. */
function instantOf(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The story's state, what publishing still needs, and publish / schedule / unpublish. */
export function PublishPanel({ editor }: { editor: Editor }) {
  const { t, locale } = useI18n();
  const { story, draft } = editor;
  const headingId = useId();
  const atId = useId();
  const atErrorId = useId();
  const [at, setAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ field: 'at' | null; message: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const checklist = publishChecklist(draft);
  const ready = canPublish(story.slug, draft);
  const isPublic = story.state === 'published' || story.state === 'scheduled';
  // A published story whose draft is what visitors see has nothing to publish.
  const upToDate =
    story.state === 'published' && !story.unpublishedChanges && editor.status === 'saved';

  const run = async (
    action: (version: number) => Promise<StudioStory>,
    success: string,
  ): Promise<void> => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    const outcome = await editor.act(action);
    setBusy(false);
    if (outcome.ok) {
      setDone(success);
      return;
    }
    const error = outcome.error;
    if (error instanceof ApiError && error.field === 'version') return; // the conflict panel says it
    if (error === null) {
      setFailure({ field: null, message: t('studio.actionUnsaved') });
    } else if (error instanceof ApiError && error.field === 'at') {
      setFailure({ field: 'at', message: t('studio.scheduleAhead') });
    } else if (error instanceof ApiError && error.kind === 'http') {
      setFailure({ field: null, message: t('studio.actionRefused', { detail: error.message }) });
    } else {
      setFailure({ field: null, message: t('studio.actionNetwork') });
    }
  };

  return (
    <section className="studio-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('studio.publishing')}</h2>
      <p>
        <span className={`studio-state studio-state--${story.state}`}>
          {t(STATE_WORDS[story.state])}
        </span>
        {story.scheduledAt ? (
          <> {t('studio.scheduledFor', { when: formatWhen(story.scheduledAt, locale) })}</>
        ) : null}
      </p>
      {story.unpublishedChanges ? (
        <p className="studio-muted">{t('studio.changesPending')}</p>
      ) : null}

      <h3>{t('studio.checklist')}</h3>
      <ul className="studio-checklist" aria-label={t('studio.checklist')}>
        {checklist.map((item) => (
          <li key={item.key} className={item.done ? 'studio-check--done' : 'studio-check--todo'}>
            <span aria-hidden="true">{item.done ? '✓' : '○'}</span>{' '}
            {item.card ? t('studio.check.card', { position: item.card }) : ''}
            {t(item.label)}
            <span className="visually-hidden">
              {' '}
              — {item.done ? t('studio.check.done') : t('studio.check.todo')}
            </span>
          </li>
        ))}
      </ul>

      <div className="studio-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || busy || upToDate}
          onClick={() => void run((v) => publishStudioStory(story.slug, v), t('studio.published'))}
        >
          {story.state === 'published' ? t('studio.publishChanges') : t('studio.publish')}
        </button>
        {isPublic ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            onClick={() =>
              void run((v) => unpublishStudioStory(story.slug, v), t('studio.unpublished'))
            }
          >
            {story.state === 'scheduled' ? t('studio.cancelSchedule') : t('studio.unpublish')}
          </button>
        ) : null}
      </div>

      {story.state !== 'published' ? (
        <div className="studio-field">
          <label htmlFor={atId}>{t('studio.scheduleAt')}</label>
          <div className="studio-inline">
            <input
              id={atId}
              type="datetime-local"
              value={at}
              aria-invalid={failure?.field === 'at' || undefined}
              aria-describedby={failure?.field === 'at' ? atErrorId : undefined}
              onChange={(e) => setAt(e.target.value)}
            />
            <button
              type="button"
              className="button"
              disabled={!ready || busy || at === ''}
              onClick={() => {
                const instant = instantOf(at);
                if (!instant) {
                  setFailure({ field: 'at', message: t('studio.scheduleAhead') });
                  return;
                }
                void run((v) => scheduleStudioStory(story.slug, v, instant), t('studio.scheduled'));
              }}
            >
              {t('studio.schedule')}
            </button>
          </div>
          {failure?.field === 'at' ? (
            <p id={atErrorId} className="studio-error">
              {failure.message}
            </p>
          ) : null}
        </div>
      ) : null}
      {failure && failure.field === null ? (
        <p role="alert" className="studio-error">
          {failure.message}
        </p>
      ) : null}
      <p role="status" className="studio-muted">
        {done ?? ''}
      </p>
    </section>
  );
}
