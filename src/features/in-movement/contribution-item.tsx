import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import type { Contribution, Reply } from '#contract/in-movement.ts';
import { meQueryOptions } from '#src/api/account.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { Composer, SignInToWrite } from './composer.tsx';
import { draftStorageKey, readDraft } from './draft-storage.ts';
import { UserText } from './linkify.tsx';
import { ReportDialog } from './report-dialog.tsx';

interface Props {
  item: Contribution | Reply;
  debate: string;
  /** Replies and reports are taken only while the debate is open. */
  open: boolean;
  lang: string;
}

const isTopLevel = (item: Contribution | Reply): item is Contribution => 'stance' in item;

/** One contribution (or reply): who, their stance, the text or why it is hidden, its replies. */
export function ContributionItem({ item, debate, open, lang }: Props) {
  const { t, locale } = useI18n();
  const me = useQuery(meQueryOptions());
  const topLevel = isTopLevel(item);
  // A reply draft left here earlier (a reload, a sign-in) reopens its composer.
  const [replying, setReplying] = useState(
    () => topLevel && readDraft(draftStorageKey(debate, item.id)) !== null,
  );
  const [replySent, setReplySent] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState<'reported' | 'hidden' | null>(null);
  const reportButton = useRef<HTMLButtonElement>(null);
  const replyButton = useRef<HTMLButtonElement>(null);

  const name = item.author?.displayName ?? t('im.contribution.deleted');
  const own = me.data != null && item.author?.id === me.data.id;
  const canReport =
    me.data != null && !me.data.blocked && item.state === 'visible' && !own && !item.reportedByMe;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(item.createdAt),
  );

  return (
    <article
      className={`im-contribution im-contribution--${item.voice} ${topLevel ? '' : 'im-contribution--reply'}`}
      aria-label={name}
    >
      <header className="im-contribution__head">
        <span
          className={`im-contribution__author ${item.author ? '' : 'im-contribution__author--gone'}`}
        >
          <bdi>{name}</bdi>
        </span>
        {item.voice === 'expert' ? (
          <span className="im-badge">{t('im.contribution.voiceExpert')}</span>
        ) : item.voice === 'curator' ? (
          <span className="im-badge im-badge--curator">{t('im.contribution.voiceCurator')}</span>
        ) : null}
        {topLevel ? (
          <span className={`im-stance im-stance--${item.stance}`}>
            {t('im.contribution.stance', { stance: t(`im.stance.${item.stance}`) })}
          </span>
        ) : null}
        <time dateTime={item.createdAt} className="im-contribution__time">
          {date}
        </time>
      </header>
      {item.state === 'visible' ? (
        <UserText text={item.body} lang={lang} className="im-contribution__body" />
      ) : item.state === 'pending' ? (
        <p className="im-contribution__hidden">{t('im.contribution.pending')}</p>
      ) : (
        <p className="im-contribution__hidden">
          {t('im.contribution.removed', { reason: '' })}
          <bdi className="im-user-text">{item.removedReason ?? ''}</bdi>
        </p>
      )}
      <div className="im-contribution__actions">
        {topLevel && open ? (
          <button
            ref={replyButton}
            type="button"
            className="im-link-button"
            aria-expanded={replying}
            aria-label={t('im.contribution.replyTo', { name })}
            onClick={() => {
              setReplySent(false);
              setReplying((value) => !value);
            }}
          >
            {t('im.contribution.reply')}
          </button>
        ) : null}
        {canReport && reported === null ? (
          <button
            ref={reportButton}
            type="button"
            className="im-link-button"
            aria-label={t('im.contribution.reportLabel', { name })}
            onClick={() => setReporting(true)}
          >
            {t('im.contribution.report')}
          </button>
        ) : null}
        {item.reportedByMe && reported === null ? (
          <span className="im-contribution__reported">{t('im.contribution.reported')}</span>
        ) : null}
        {replySent ? (
          <span role="status" className="im-contribution__reported">
            {t('im.composer.replySent')}
          </span>
        ) : null}
        {reported ? (
          <span role="status" className="im-contribution__reported">
            {t(reported === 'hidden' ? 'im.report.hidden' : 'im.report.done')}
          </span>
        ) : null}
      </div>
      {topLevel && item.replies.length > 0 ? (
        <ol
          className="im-replies"
          aria-label={t('im.contribution.replies', { count: item.replies.length })}
        >
          {item.replies.map((reply) => (
            <li key={reply.id}>
              <ContributionItem item={reply} debate={debate} open={open} lang={lang} />
            </li>
          ))}
        </ol>
      ) : null}
      {topLevel && open && replying ? (
        me.data === null ? (
          <SignInToWrite />
        ) : me.data && !me.data.blocked ? (
          <Composer
            debate={debate}
            parent={{ id: item.id, authorName: name }}
            onSent={() => {
              setReplying(false);
              setReplySent(true);
            }}
            onCancel={() => {
              setReplying(false);
              replyButton.current?.focus();
            }}
          />
        ) : me.data?.blocked ? (
          <p className="im-composer__problem">{t('im.composer.blocked')}</p>
        ) : null
      ) : null}
      {reporting ? (
        <ReportDialog
          debate={debate}
          contributionId={item.id}
          onClose={(outcome) => {
            setReporting(false);
            if (outcome) setReported(outcome);
            else reportButton.current?.focus();
          }}
        />
      ) : null}
    </article>
  );
}
