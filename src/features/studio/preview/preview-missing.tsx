import { useI18n } from '#src/lib/i18n.tsx';

/** Inside a frame: what the draft needs before the viewer can show anything. */
export function PreviewMissing({ missing }: { missing: 'cover' | 'cards' }) {
  const { t } = useI18n();
  return (
    <p className="studio-message" role="status">
      {t(missing === 'cover' ? 'studio.previewNeedsCover' : 'studio.previewNeedsCard')}
    </p>
  );
}
