import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';

import type { CuratedItem } from '#contract/in-movement.ts';
import { debatePath } from '#contract/pages.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

import { formatDay } from '../moderation/write-error.ts';

export type CuratedChange = 'pin' | 'unpin' | 'feature' | 'unfeature' | 'archive';

/**
 * One signal: a tile drawn from its link's host on its theme's colour (no image from
 * the source reaches the visitor), its kind, the curator's commentary, its theme and
 * the debates it feeds. Curators also get its pin, feature and archive buttons.
 */
export function CuratedItemCard({
  item,
  themeName,
  debateQuestion,
  curator,
  sending,
  error,
  onChange,
}: {
  item: CuratedItem;
  themeName: string;
  debateQuestion: (slug: string) => string;
  /** Whether the reader may curate (the server checks again). */
  curator: boolean;
  sending: boolean;
  error: MessageKey | null;
  onChange: (change: CuratedChange) => void;
}) {
  const { t, locale } = useI18n();
  const ids = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const archiveRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question and back: the confirm button, then the archive button.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) archiveRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const { preview } = item;
  return (
    <article className="im-signal" aria-labelledby={`${ids}-title`}>
      <div
        className="im-signal__tile"
        style={{ backgroundColor: preview.color }}
        aria-hidden="true"
      >
        <span className="im-signal__initial">{preview.initial}</span>
      </div>
      <div className="im-signal__body">
        <p className="im-signal__kicker">
          <span className="im-signal__kind">{t(`imCurated.signal.${item.signal}`)}</span>
          {item.pinned ? <span className="im-signal__flag">{t('imCurated.pinned')}</span> : null}
          {item.featured ? (
            <span className="im-signal__flag">{t('imCurated.featured')}</span>
          ) : null}
        </p>
        <h2 id={`${ids}-title`} className="im-signal__title">
          <a href={item.url} target="_blank" rel="noopener">
            {item.title} <span className="visually-hidden">{t('imCurated.newTab')}</span>
          </a>
        </h2>
        <p className="im-signal__meta">
          {t('imCurated.source', { host: preview.host })}
          {' · '}
          {t('imCurated.theme', { name: themeName })}
          {' · '}
          <time dateTime={item.publishedAt}>
            {t('imCurated.publishedOn', { date: formatDay(item.publishedAt, locale) })}
          </time>
        </p>
        <p className="im-signal__commentary">{item.commentary}</p>
        {item.debates.length > 0 ? (
          <div className="im-signal__debates">
            <h3 id={`${ids}-feeds`}>{t('imCurated.feeds')}</h3>
            <ul aria-labelledby={`${ids}-feeds`}>
              {item.debates.map((slug) => (
                <li key={slug}>
                  <Link to={debatePath(slug)}>{debateQuestion(slug)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {curator ? (
          <div
            className="im-signal__actions"
            role="group"
            aria-label={t('imCurated.actions', { title: item.title })}
          >
            {error ? (
              <p role="alert" className="im-field-error">
                {t(error)}
              </p>
            ) : null}
            {confirming ? (
              <>
                <p className="im-signal__question">
                  {t('imCurated.archiveQuestion', { title: item.title })}
                </p>
                <button
                  ref={confirmRef}
                  type="button"
                  className="im-mod-button im-mod-button--danger"
                  disabled={sending}
                  onClick={() => onChange('archive')}
                >
                  {t('imCurated.archiveConfirm')}
                </button>
                <button
                  type="button"
                  className="im-mod-button"
                  disabled={sending}
                  onClick={() => setConfirming(false)}
                >
                  {t('imCurated.archiveCancel')}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="im-mod-button"
                  disabled={sending}
                  onClick={() => onChange(item.pinned ? 'unpin' : 'pin')}
                >
                  {item.pinned ? t('imCurated.unpin') : t('imCurated.pin')}
                </button>
                <button
                  type="button"
                  className="im-mod-button"
                  disabled={sending}
                  onClick={() => onChange(item.featured ? 'unfeature' : 'feature')}
                >
                  {item.featured ? t('imCurated.unfeature') : t('imCurated.feature')}
                </button>
                <button
                  ref={archiveRef}
                  type="button"
                  className="im-mod-button im-mod-button--danger"
                  disabled={sending}
                  onClick={() => setConfirming(true)}
                >
                  {t('imCurated.archive')}
                </button>
              </>
            )}
          </div>
        ) : null}
      </div>
    </article>
  );
}
