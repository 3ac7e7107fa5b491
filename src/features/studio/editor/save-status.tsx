import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

import type { SaveStatus as Status } from './use-studio-draft.ts';

const WORDS: Record<Status, MessageKey> = {
  saved: 'studio.status.saved',
  saving: 'studio.status.saving',
  unsaved: 'studio.status.unsaved',
  offline: 'studio.status.offline',
  conflict: 'studio.status.conflict',
  error: 'studio.status.error',
};

/** Where the draft is: on the server, on its way, or kept on this device only. */
export function SaveStatus({ status, onSave }: { status: Status; onSave: () => void }) {
  const { t } = useI18n();
  return (
    <div className="studio-save">
      <p role="status" className={`studio-save__status studio-save__status--${status}`}>
        {t(WORDS[status])}
      </p>
      {status === 'unsaved' || status === 'offline' ? (
        <button type="button" className="button" onClick={onSave}>
          {t('studio.saveNow')}
        </button>
      ) : null}
    </div>
  );
}
