import './composer.css';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import { REPORT_NOTE_MAX, REPORT_REASONS, type ReportReason } from '#contract/in-movement.ts';
import { reportContributionOptions } from '#src/api/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { useEscapeKey } from '#src/lib/use-escape-key.ts';

import { writeErrorKey } from './write-errors.ts';

interface Props {
  debate: string;
  contributionId: string;
  onClose: (outcome: 'reported' | 'hidden' | null) => void;
}

/**
 * A modal form to report a contribution once: a reason and an optional note. Focus
 * starts on the first reason, stays inside while open, and Escape or Cancel closes
 * it (the caller puts focus back on the button that opened it).
 */
export function ReportDialog({ debate, contributionId, onClose }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const mutation = useMutation(reportContributionOptions(debate, queryClient));
  useEscapeKey(() => onClose(null));

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }, []);

  // Tab and Shift+Tab cycle within the dialog: the page behind is out of reach.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const trapFocus = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const focusable = [
        ...element.querySelectorAll<HTMLElement>('input, textarea, button:not([disabled])'),
      ];
      const first = focusable[0];
      const last = focusable.at(-1);
      const active = document.activeElement;
      const onFirst =
        active === first || (active instanceof HTMLInputElement && active.type === 'radio');
      if (event.shiftKey && onFirst) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    element.addEventListener('keydown', trapFocus);
    return () => element.removeEventListener('keydown', trapFocus);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (reason === null) {
      setMissingReason(true);
      dialog.current?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    mutation.mutate(
      { id: contributionId, reason, note: note.trim() },
      { onSuccess: (answer) => onClose(answer.hidden ? 'hidden' : 'reported') },
    );
  };

  return (
    <div className="im-dialog-backdrop">
      <div
        ref={dialog}
        className="im-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
      >
        <h2 id={`${id}-title`}>{t('im.report.title')}</h2>
        <p className="im-dialog__intro">{t('im.report.intro')}</p>
        <form onSubmit={submit} noValidate>
          <fieldset
            className="im-dialog__reasons"
            aria-invalid={missingReason || undefined}
            aria-describedby={missingReason ? `${id}-missing` : undefined}
          >
            <legend>{t('im.report.reason')}</legend>
            {REPORT_REASONS.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => {
                    setReason(value);
                    setMissingReason(false);
                  }}
                />
                {t(`im.report.reason.${value}`)}
              </label>
            ))}
          </fieldset>
          {missingReason ? (
            <p id={`${id}-missing`} className="im-composer__problem" role="alert">
              {t('im.report.reasonRequired')}
            </p>
          ) : null}
          <label htmlFor={`${id}-note`} className="im-composer__label">
            {t('im.report.note')}
          </label>
          <textarea
            id={`${id}-note`}
            className="im-composer__text"
            dir="auto"
            rows={3}
            maxLength={REPORT_NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {mutation.isError ? (
            <p className="im-composer__problem" role="alert">
              {writeErrorKey(mutation.error) === 'im.error.conflict'
                ? t('im.report.conflict')
                : t(writeErrorKey(mutation.error))}
            </p>
          ) : null}
          <div className="im-composer__actions">
            <button
              type="submit"
              className="im-button im-button--primary"
              disabled={mutation.isPending}
            >
              {t('im.report.send')}
            </button>
            <button type="button" className="im-button" onClick={() => onClose(null)}>
              {t('im.report.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
