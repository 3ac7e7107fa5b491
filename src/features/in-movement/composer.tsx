import './composer.css';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';

import { CONTRIBUTION_MAX, STANCES } from '#contract/in-movement.ts';
import { signInPath } from '#contract/pages.ts';
import { createContributionOptions } from '#src/api/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { useDraft } from './use-draft.ts';
import { needsSignIn, writeErrorKey } from './write-errors.ts';

interface Props {
  debate: string;
  /** A reply to this contribution (no stance); a top-level contribution without it. */
  parent?: { id: string; authorName: string };
  /** After the server confirmed the write (a reply composer closes). */
  onSent?: () => void;
  onCancel?: () => void;
}

type Problem = 'stance' | 'empty' | 'tooLong' | null;

/**
 * Writes a contribution (with a stance) or a reply. What is typed is a draft in
 * storage until the server confirms it; a failed send keeps it with the error and a
 * retry that sends the same idempotency key, so a double tap or a lost answer
 * creates one contribution (decision 023).
 */
export function Composer({ debate, parent, onSent, onCancel }: Props) {
  const { t, locale } = useI18n();
  const location = useLocation();
  const queryClient = useQueryClient();
  const draft = useDraft(debate, parent?.id);
  const mutation = useMutation(createContributionOptions(debate, queryClient));
  const [problem, setProblem] = useState<Problem>(null);
  const [sent, setSent] = useState(false);
  // Two taps can land before the button re-renders as disabled: one send at a time.
  const sending = useRef(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const stanceRef = useRef<HTMLFieldSetElement>(null);
  const id = useId();
  const reply = parent !== undefined;

  const left = CONTRIBUTION_MAX - draft.body.length;
  const over = left < 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending.current || mutation.isPending) return;
    // The second tap of a double tap that came after a quick answer: already sent.
    if (sent && draft.body === '') return;
    const found: Problem =
      !reply && draft.stance === null
        ? 'stance'
        : draft.body.trim() === ''
          ? 'empty'
          : over
            ? 'tooLong'
            : null;
    setProblem(found);
    setSent(false);
    if (found === 'stance') {
      stanceRef.current?.querySelector('input')?.focus();
      return;
    }
    if (found) {
      textRef.current?.focus();
      return;
    }
    sending.current = true;
    const input = reply
      ? { idempotencyKey: draft.key, body: draft.body, parentId: parent.id }
      : { idempotencyKey: draft.key, body: draft.body, stance: draft.stance! };
    mutation.mutate(input, {
      onSuccess: () => {
        draft.clear();
        setSent(true);
        onSent?.();
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  };

  const problemText =
    problem === 'stance'
      ? t('im.composer.stanceRequired')
      : problem === 'empty'
        ? t('im.composer.empty')
        : problem === 'tooLong'
          ? t('im.composer.tooLong', {
              max: new Intl.NumberFormat(locale).format(CONTRIBUTION_MAX),
            })
          : null;

  return (
    <form
      className={`im-composer ${reply ? 'im-composer--reply' : ''}`}
      onSubmit={submit}
      noValidate
      // Busy until the answer and the debate's refreshed lists are in (the mutation
      // awaits them): assistive technologies, the board's driver and the contact sheet wait.
      aria-busy={mutation.isPending || undefined}
    >
      {reply ? null : (
        <fieldset
          ref={stanceRef}
          className="im-composer__stances"
          aria-invalid={problem === 'stance' || undefined}
          aria-describedby={problem === 'stance' ? `${id}-problem` : undefined}
        >
          <legend>{t('im.composer.stance')}</legend>
          {STANCES.map((stance) => (
            <label key={stance} className={`im-stance-choice im-stance-choice--${stance}`}>
              <input
                type="radio"
                name={`${id}-stance`}
                value={stance}
                checked={draft.stance === stance}
                onChange={() => {
                  draft.setStance(stance);
                  if (problem === 'stance') setProblem(null);
                }}
              />
              <span>{t(`im.stance.${stance}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={`${id}-text`} className="im-composer__label">
        {reply ? t('im.composer.replyText', { name: parent.authorName }) : t('im.composer.text')}
      </label>
      <textarea
        ref={textRef}
        id={`${id}-text`}
        className="im-composer__text"
        dir="auto"
        rows={reply ? 3 : 5}
        value={draft.body}
        aria-invalid={problem === 'empty' || problem === 'tooLong' || over || undefined}
        aria-describedby={`${id}-count ${id}-note${problem && problem !== 'stance' ? ` ${id}-problem` : ''}`}
        onChange={(event) => {
          draft.setBody(event.target.value);
          setSent(false);
          if (problem === 'empty' || problem === 'tooLong') setProblem(null);
        }}
      />
      <p
        id={`${id}-count`}
        className={`im-composer__count ${over ? 'im-composer__count--over' : ''}`}
        aria-live={left <= 200 ? 'polite' : 'off'}
      >
        {over ? t('im.composer.over', { count: -left }) : t('im.composer.left', { count: left })}
      </p>
      {problemText ? (
        <p id={`${id}-problem`} className="im-composer__problem" role="alert">
          {problemText}
        </p>
      ) : null}
      {mutation.isError ? (
        <div className="im-composer__problem" role="alert">
          <p>{t(writeErrorKey(mutation.error))}</p>
          {needsSignIn(mutation.error) ? (
            <Link to={signInPath(`${location.pathname}${location.search}`)} className="im-button">
              {t('im.error.signInAgain')}
            </Link>
          ) : null}
        </div>
      ) : null}
      {sent ? (
        <p className="im-composer__sent" role="status">
          {t(reply ? 'im.composer.replySent' : 'im.composer.sent')}
        </p>
      ) : null}
      <p id={`${id}-note`} className="im-composer__note">
        {t('im.composer.draftNote')}
      </p>
      <div className="im-composer__actions">
        <button
          type="submit"
          className="im-button im-button--primary"
          disabled={mutation.isPending}
          aria-disabled={over || undefined}
        >
          {mutation.isPending
            ? t('im.composer.sending')
            : mutation.isError
              ? t('im.composer.retry')
              : t(reply ? 'im.composer.sendReply' : 'im.composer.send')}
        </button>
        {onCancel ? (
          <button type="button" className="im-button" onClick={onCancel}>
            {t('im.composer.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** In place of a composer for someone signed out: reading needs no account, writing does. */
export function SignInToWrite() {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <div className="im-composer im-composer--signed-out">
      <p className="im-composer__label">{t('im.composer.signInTitle')}</p>
      <p>{t('im.composer.signInText')}</p>
      <Link
        to={signInPath(`${location.pathname}${location.search}`)}
        className="im-button im-button--primary"
      >
        {t('im.composer.signIn')}
      </Link>
    </div>
  );
}
