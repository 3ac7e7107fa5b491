import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';

import { STORY_KINDS, type StoryKind } from '#contract/schemas.ts';
import { slugSchema } from '#contract/schemas.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { createStudioStory, storeStudioStory } from '../api/studio-api.ts';
import { studioStoryPath } from '../studio-paths.ts';
import { KIND_WORDS } from '../studio-words.ts';

/** A slug suggested from a title: lower case, no accents, words joined by hyphens. */
export function slugFrom(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "New story": a slug (fixed once created), a kind and the titles; then the editor. */
export function NewStoryForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [titleFr, setTitleFr] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [kind, setKind] = useState<StoryKind>('slideshow');
  const [slugProblem, setSlugProblem] = useState<'invalid' | 'taken' | null>(null);
  const ids = { fr: useId(), en: useId(), slug: useId(), kind: useId(), error: useId() };
  const create = useMutation({
    mutationFn: createStudioStory,
    onSuccess: (story) => {
      storeStudioStory(queryClient, story);
      void navigate(studioStoryPath(story.slug));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.field === 'slug')
        setSlugProblem(error.status === 409 ? 'taken' : 'invalid');
    },
  });
  const shownSlug = slugTouched ? slug : slugFrom(titleFr || titleEn);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!slugSchema.safeParse(shownSlug).success) {
      setSlugProblem('invalid');
      return;
    }
    setSlugProblem(null);
    create.mutate({ slug: shownSlug, kind, title: { fr: titleFr.trim(), en: titleEn.trim() } });
  };

  if (!open) {
    return (
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t('studio.newStory')}
      </button>
    );
  }
  return (
    <form className="studio-panel studio-new" aria-label={t('studio.newStory')} onSubmit={submit}>
      <h2>{t('studio.newStory')}</h2>
      <div className="studio-field">
        <label htmlFor={ids.fr}>{t('studio.field.titleFr')}</label>
        <input id={ids.fr} value={titleFr} onChange={(e) => setTitleFr(e.target.value)} />
      </div>
      <div className="studio-field">
        <label htmlFor={ids.en}>{t('studio.field.titleEn')}</label>
        <input id={ids.en} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
      </div>
      <div className="studio-field">
        <label htmlFor={ids.slug}>{t('studio.slug')}</label>
        <input
          id={ids.slug}
          value={shownSlug}
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={slugProblem ? true : undefined}
          aria-describedby={slugProblem ? ids.error : undefined}
          onChange={(e) => {
            setSlugTouched(true);
            setSlug(e.target.value);
          }}
        />
        {slugProblem ? (
          <p id={ids.error} className="studio-error">
            {t(slugProblem === 'taken' ? 'studio.slugTaken' : 'studio.slugInvalid')}
          </p>
        ) : (
          <p className="studio-muted">{t('studio.slugHint')}</p>
        )}
      </div>
      <div className="studio-field">
        <label htmlFor={ids.kind}>{t('studio.field.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as StoryKind)}>
          {STORY_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(KIND_WORDS[value])}
            </option>
          ))}
        </select>
      </div>
      {create.isError && !slugProblem ? (
        <p role="alert" className="studio-error">
          {t('studio.createFailed')}
        </p>
      ) : null}
      <div className="studio-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('studio.create')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('studio.cancel')}
        </button>
      </div>
    </form>
  );
}
