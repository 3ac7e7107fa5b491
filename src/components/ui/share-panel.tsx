import './share-panel.css';

import { useId, useRef, useState } from 'react';

import { useI18n } from '#src/lib/i18n.tsx';

interface Props {
  /** Absolute URL to share. */
  url: string;
  /** A line that goes with the link (the story or path title). */
  title: string;
}

type Copy = 'idle' | 'copied' | 'failed';

/**
 * Every way to pass a link on, none of which loads a third party's script: the
 * device's own share sheet where it has one, copying, and plain links to X and
 * LinkedIn's share pages (they open in a new tab only when the visitor taps them).
 */
export function SharePanel({ url, title }: Props) {
  const { t } = useI18n();
  const fieldId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<Copy>('idle');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard permission (or API): select the link so the visitor can copy it.
      input.current?.select();
      setCopy('failed');
    }
  }

  async function shareNatively() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Dismissed by the visitor, or refused: the other ways stay on screen.
    }
  }

  const encoded = encodeURIComponent(url);
  return (
    <div className="share-panel">
      <label htmlFor={fieldId} className="share-panel__label">
        {t('share.link')}
      </label>
      <div className="share-panel__row">
        <input
          ref={input}
          id={fieldId}
          className="share-panel__url"
          type="url"
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
      </div>
      <p className="share-panel__status" role="status">
        {copy === 'copied' ? t('share.copied') : copy === 'failed' ? t('share.copyFailed') : ''}
      </p>
      <ul className="share-panel__targets" aria-label={t('share.elsewhere')}>
        {canShare ? (
          <li>
            <button type="button" className="button" onClick={() => void shareNatively()}>
              {t('share.device')}
            </button>
          </li>
        ) : null}
        <li>
          <a
            className="button"
            href={`https://twitter.com/intent/tweet?text=${encodeURIComponent(title)}&url=${encoded}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('share.x')}
          </a>
        </li>
        <li>
          <a
            className="button"
            href={`https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('share.linkedin')}
          </a>
        </li>
      </ul>
    </div>
  );
}
