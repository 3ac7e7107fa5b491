import { Link } from 'react-router';

import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

import { studioPreviewPath, studioStoryPath } from '../studio-paths.ts';

/** The devices the preview shows, in CSS pixels, and how much each is shrunk on screen. */
const DEVICES: { name: MessageKey; width: number; height: number; scale: number }[] = [
  { name: 'studio.previewLandscape', width: 1024, height: 768, scale: 0.5 },
  { name: 'studio.previewPortrait', width: 768, height: 1024, scale: 0.5 },
  { name: 'studio.previewPhone', width: 390, height: 844, scale: 0.6 },
];

/**
 * The draft in the real viewer, side by side on an iPad in landscape and portrait and
 * on a phone: each frame is the app itself at /studio/:slug/preview?frame=1, so it
 * swipes, plays films and lays out exactly as a visitor's would.
 */
export function PreviewFrames({ slug }: { slug: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('studio.previewTitle'));
  return (
    <div className="studio-preview">
      <div className="studio-editor__top">
        <Link to={studioStoryPath(slug)} className="button button--ghost">
          <span aria-hidden="true">←</span> {t('studio.backToEditor')}
        </Link>
      </div>
      <h1>{t('studio.previewTitle')}</h1>
      <p className="studio-muted">{t('studio.previewHint')}</p>
      <div className="studio-preview__frames">
        {DEVICES.map((device) => (
          <figure key={device.name} className="studio-preview__device">
            <div
              className="studio-preview__screen"
              style={{ width: device.width * device.scale, height: device.height * device.scale }}
            >
              <iframe
                title={t(device.name)}
                src={studioPreviewPath(slug, true)}
                width={device.width}
                height={device.height}
                style={{ transform: `scale(${device.scale})` }}
              />
            </div>
            <figcaption>{t(device.name)}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
