import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';

import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { studioStoryOptions } from '../api/studio-api.ts';
import { NotAllowed } from '../studio-layout.tsx';
import { studioPath } from '../studio-paths.ts';
import { Editor } from './editor.tsx';

/** /studio/:slug — the story, once loaded, in an editor of its own (keyed by slug). */
export function EditorPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const story = useQuery(studioStoryOptions(slug));
  if (story.isPending)
    return (
      <p role="status" className="studio-muted">
        {t('studio.loading')}
      </p>
    );
  if (story.isError) {
    if (story.error instanceof ApiError && story.error.status === 403) return <NotAllowed />;
    if (story.error instanceof ApiError && story.error.isNotFound)
      return (
        <section className="studio-message">
          <h1>{t('studio.notFound')}</h1>
          <p>
            <Link to={studioPath()} className="button">
              {t('studio.backToList')}
            </Link>
          </p>
        </section>
      );
    return <ErrorState error={story.error} onRetry={() => void story.refetch()} />;
  }
  return <Editor key={slug} initial={story.data} />;
}
