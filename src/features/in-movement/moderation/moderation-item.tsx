import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';

import type { ModerationItem } from '#contract/in-movement.ts';
import { MODERATION_REASON_MAX } from '#contract/in-movement.ts';
import { debatePath } from '#contract/pages.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

import { formatMoment } from './write-error.ts';

export type Decision =
  { action: 'restore' } | { action: 'remove' | 'block-author'; reason: string };

/**
 * One contribution to review: its text (even hidden), where it was written, who
 * reported it and why, and the three decisions. Removing and blocking ask for the
 * public reason first, which is their confirmation step; blocking says what it does.
 */
export function ModerationItemCard({
  item,
  sending,
  error,
  onDecide,
}: {
  item: ModerationItem;
  /** A decision on this item is on its way: its buttons wait. */
  sending: boolean;
  /** Why the last decision on this item failed. */
  error: MessageKey | null;
  onDecide: (decision: Decision) => void;
}) {
  const { t, locale } = useI18n();
  const ids = useId();
  const { contribution, debate, reports } = item;
  const author = contribution.author?.displayName ?? t('imModeration.deletedAccount');
  const [mode, setMode] = useState<'idle' | 'remove' | 'block-author'>('idle');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<
    'imModeration.reasonRequired' | 'imModeration.reasonTooLong' | null
  >(null);
  const reasonRef = useRef<HTMLTextAreaElement | null>(null);
  const removeRef = useRef<HTMLButtonElement | null>(null);
  const blockRef = useRef<HTMLButtonElement | null>(null);
  /** The button whose form was cancelled: focus goes back to it, not to the page's top. */
  const returnTo = useRef<'remove' | 'block-author' | null>(null);

  // Opening the form asks for the reason: the curator lands in its field.
  useEffect(() => {
    if (mode !== 'idle') reasonRef.current?.focus();
    else if (returnTo.current) {
      (returnTo.current === 'remove' ? removeRef : blockRef).current?.focus();
      returnTo.current = null;
    }
  }, [mode]);

  const open = (next: 'remove' | 'block-author') => {
    setMode(next);
    setReasonError(null);
  };
  const cancel = () => {
    returnTo.current = mode === 'idle' ? null : mode;
    setMode('idle');
    setReason('');
    setReasonError(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'idle') return;
    const trimmed = reason.trim();
    const problem: 'imModeration.reasonRequired' | 'imModeration.reasonTooLong' | null =
      trimmed === ''
        ? 'imModeration.reasonRequired'
        : trimmed.length > MODERATION_REASON_MAX
          ? 'imModeration.reasonTooLong'
          : null;
    setReasonError(problem);
    if (problem) {
      reasonRef.current?.focus();
      return;
    }
    onDecide({ action: mode, reason: trimmed });
  };

  const stance = contribution.stance;
  return (
    <article className="im-mod-item" aria-labelledby={`${ids}-title`}>
      <header className="im-mod-item__header">
        <h2 id={`${ids}-title`} className="im-mod-item__title">
          {t('imModeration.by', { name: author })}
        </h2>
        <p className="im-mod-item__state" data-state={contribution.state}>
          {t(`imModeration.state.${contribution.state}`)}
        </p>
      </header>
      <p className="im-mod-item__meta">
        <Link to={debatePath(debate.slug)}>
          {t('imModeration.inDebate', { question: debate.question })}
        </Link>
        {' · '}
        {stance
          ? t('im.contribution.stance', { stance: t(`im.stance.${stance}`) })
          : t('imModeration.reply')}
        {' · '}
        <time dateTime={contribution.createdAt}>
          {formatMoment(contribution.createdAt, locale)}
        </time>
      </p>
      <blockquote className="im-mod-item__text" aria-label={t('imModeration.text')}>
        {contribution.body}
      </blockquote>
      <h3 className="im-mod-item__reports-title">
        {t('imModeration.reports', { count: reports.length })}
      </h3>
      {reports.length > 0 ? (
        <ul className="im-mod-item__reports">
          {reports.map((report, index) => (
            <li key={`${report.createdAt}-${index}`}>
              <strong>{t(`imModeration.reason.${report.reason}`)}</strong>
              {' · '}
              <time dateTime={report.createdAt}>{formatMoment(report.createdAt, locale)}</time>
              {report.note ? <q className="im-mod-item__note">{report.note}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p role="alert" className="im-mod-item__error">
          {t(error)}
        </p>
      ) : null}
      {mode === 'idle' ? (
        <div className="im-mod-item__actions" role="group" aria-label={t('imModeration.actions')}>
          <button
            type="button"
            className="im-mod-button im-mod-button--primary"
            disabled={sending}
            onClick={() => onDecide({ action: 'restore' })}
          >
            {sending ? t('imModeration.sending') : t('imModeration.restore')}
          </button>
          <button
            type="button"
            className="im-mod-button"
            disabled={sending}
            ref={removeRef}
            onClick={() => open('remove')}
          >
            {t('imModeration.remove')}
          </button>
          <button
            type="button"
            className="im-mod-button im-mod-button--danger"
            disabled={sending || contribution.author === null}
            ref={blockRef}
            onClick={() => open('block-author')}
          >
            {t('imModeration.block')}
          </button>
        </div>
      ) : (
        <form className="im-mod-item__form" onSubmit={submit} noValidate>
          <label htmlFor={`${ids}-reason`}>{t('imModeration.reasonLabel')}</label>
          <textarea
            id={`${ids}-reason`}
            value={reason}
            rows={3}
            maxLength={MODERATION_REASON_MAX}
            ref={reasonRef}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${ids}-reason-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {reasonError ? (
            <p id={`${ids}-reason-error`} className="im-field-error">
              {reasonError === 'imModeration.reasonTooLong'
                ? t(reasonError, { max: MODERATION_REASON_MAX })
                : t('imModeration.reasonRequired')}
            </p>
          ) : null}
          {mode === 'block-author' ? (
            <p className="im-mod-item__warning">
              {t('imModeration.blockWarning', { name: author })}
            </p>
          ) : null}
          <div className="im-mod-item__actions">
            <button
              type="submit"
              className={`im-mod-button ${mode === 'block-author' ? 'im-mod-button--danger' : 'im-mod-button--primary'}`}
              disabled={sending}
            >
              {sending
                ? t('imModeration.sending')
                : mode === 'remove'
                  ? t('imModeration.confirmRemove')
                  : t('imModeration.confirmBlock')}
            </button>
            <button type="button" className="im-mod-button" onClick={cancel} disabled={sending}>
              {t('imModeration.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
