import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';

import { deleteAccountOptions, exportAccount } from '#src/api/account.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { showNotice } from '#src/lib/notice.ts';

/** Hands a JSON value to the browser as a file download, through a Blob link. */
function download(value: unknown, filename: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download my data" and "delete my account", the second behind a confirmation. */
export function AccountData() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // Cancelling puts focus back on the button that opened the confirmation.
  useEffect(() => {
    if (confirming || !refocus.current) return;
    refocus.current = false;
    deleteButton.current?.focus();
  }, [confirming]);
  const exported = useMutation({
    mutationFn: exportAccount,
    onSuccess: (data) => download(data, `parcours-account-${data.exportedAt.slice(0, 10)}.json`),
  });
  const remove = useMutation({
    ...deleteAccountOptions(queryClient),
    onSuccess: (...args) => {
      deleteAccountOptions(queryClient).onSuccess?.(...args);
      showNotice(t('account.deleted'));
    },
  });

  return (
    <section className="account-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('account.data')}</h2>
      <p className="account-muted">{t('account.exportHint')}</p>
      <div className="account-actions">
        <button
          type="button"
          className="button"
          disabled={exported.isPending}
          onClick={() => exported.mutate()}
        >
          {exported.isPending ? t('account.exporting') : t('account.export')}
        </button>
        <p role="status" className="account-muted">
          {exported.isSuccess ? t('account.exported') : ''}
        </p>
      </div>
      {exported.isError ? (
        <p className="account-error" role="alert">
          {t('account.exportFailed')}
        </p>
      ) : null}

      {confirming ? (
        <div className="account-panel" role="group" aria-label={t('account.delete')}>
          <p>{t('account.deleteExplain')}</p>
          <div className="account-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {remove.isPending ? t('account.deleting') : t('account.deleteConfirm')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                refocus.current = true;
                setConfirming(false);
                remove.reset();
              }}
            >
              {t('account.deleteCancel')}
            </button>
          </div>
          {remove.isError ? (
            <p className="account-error" role="alert">
              {t('account.deleteFailed')}
            </p>
          ) : null}
        </div>
      ) : (
        <div className="account-actions">
          <button
            ref={deleteButton}
            type="button"
            className="button button--ghost"
            onClick={() => setConfirming(true)}
          >
            {t('account.delete')}
          </button>
        </div>
      )}
    </section>
  );
}
