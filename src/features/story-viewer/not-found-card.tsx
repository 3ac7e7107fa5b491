import { Link } from 'react-router';

import { useI18n } from '#src/lib/i18n.tsx';

import { CloseButton } from './close-button.tsx';

/** A story, or a card of it, that does not exist: say so and offer a way on. */
export function NotFoundCard({
  kind,
  onClose,
  card,
  firstCardHref,
}: {
  kind: 'story' | 'card';
  onClose: () => void;
  card?: string;
  firstCardHref?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="viewer__center">
      <div className="not-found" role="alert">
        <h2>{t('notFound.title')}</h2>
        <p>{kind === 'story' ? t('notFound.story') : t('notFound.card', { card: card ?? '' })}</p>
        <div className="not-found__actions">
          {firstCardHref ? (
            <Link to={firstCardHref} replace className="button button--primary">
              {t('notFound.firstCard')}
            </Link>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('notFound.back')}
          </button>
        </div>
      </div>
      <CloseButton onClose={onClose} />
    </div>
  );
}
