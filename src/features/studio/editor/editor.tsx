import { Link } from 'react-router';

import type { StudioStory } from '#contract/studio.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

import { studioPath, studioPreviewPath } from '../studio-paths.ts';
import { CardList } from './card-list.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { useMediaLibrary } from './media-library.ts';
import { PublishPanel } from './publish-panel.tsx';
import { SaveStatus } from './save-status.tsx';
import { StoryFields } from './story-fields.tsx';
import { useStudioDraft } from './use-studio-draft.ts';

/**
 * One story's editor: its fields and cards on the left (or above, in portrait), what
 * it takes to publish and its history beside them. The draft hook owns saving.
 */
export function Editor({ initial }: { initial: StudioStory }) {
  const { t, locale } = useI18n();
  const editor = useStudioDraft(initial);
  const { draft, setDraft, story } = editor;
  const library = useMediaLibrary(draft);
  const title = draft.title[locale] || draft.title.fr || draft.title.en || story.slug;
  useDocumentTitle(`${title} — ${t('studio.name')}`);
  const refusedField = editor.refusal?.field ?? null;

  return (
    <div className="studio-editor">
      <div className="studio-editor__top">
        <Link to={studioPath()} className="button button--ghost">
          <span aria-hidden="true">←</span> {t('studio.backToList')}
        </Link>
        <SaveStatus status={editor.status} onSave={() => void editor.save()} />
        <Link
          to={studioPreviewPath(story.slug)}
          className="button"
          onClick={() => void editor.save()}
        >
          {t('studio.preview')}
        </Link>
      </div>
      <h1 className="studio-editor__title">{title}</h1>
      {editor.recovery === 'recovered' ? (
        <div className="studio-notice" role="status">
          <p>{t('studio.recovered')}</p>
          <button type="button" className="button button--ghost" onClick={editor.dismissRecovery}>
            {t('studio.dismiss')}
          </button>
        </div>
      ) : null}
      {editor.recovery === 'unreadable' ? (
        <div className="studio-notice studio-notice--warn" role="alert">
          <p>{t('studio.unreadableCopy')}</p>
          <button type="button" className="button button--ghost" onClick={editor.dismissRecovery}>
            {t('studio.dismiss')}
          </button>
        </div>
      ) : null}
      {editor.storageFull ? (
        <p className="studio-notice studio-notice--warn" role="alert">
          {t('studio.storageFull')}
        </p>
      ) : null}
      {editor.refusal ? (
        <p className="studio-notice studio-notice--warn" role="alert">
          {t('studio.saveRefused', { detail: editor.refusal.message })}
        </p>
      ) : null}
      {editor.conflict ? (
        <ConflictPanel conflict={editor.conflict} onResolve={editor.resolveConflict} />
      ) : null}
      <div className="studio-editor__columns">
        <div className="studio-editor__main">
          <StoryFields
            slug={story.slug}
            draft={draft}
            setDraft={setDraft}
            library={library}
            refusedField={refusedField}
          />
          <CardList draft={draft} setDraft={setDraft} library={library} />
        </div>
        <aside className="studio-editor__side" aria-label={t('studio.sidePanel')}>
          <PublishPanel editor={editor} />
          <HistoryPanel slug={story.slug} version={story.version} act={editor.act} />
        </aside>
      </div>
    </div>
  );
}
