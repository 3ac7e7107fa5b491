import { CloseIcon } from '#src/components/ui/icons.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

/** The viewer's ✕, in every state it can be in (loading, failed, not found, a card). */
export function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="icon-button viewer__close" onClick={onClose}>
      <CloseIcon />
      <span className="visually-hidden">{t('viewer.close')}</span>
    </button>
  );
}
