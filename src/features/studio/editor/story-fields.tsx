import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { STORY_KINDS, type StoryKind } from '#contract/schemas.ts';
import { type StoryDocument, STUDIO_LIST_MAX } from '#contract/studio.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

import { KIND_WORDS } from '../studio-words.ts';
import { MediaField } from './media-field.tsx';
import type { MediaLibrary } from './media-library.ts';
import { PairField } from './pair-field.tsx';

type SetDraft = (update: (doc: StoryDocument) => StoryDocument) => void;

const TILES: { value: StoryDocument['tile']; label: MessageKey }[] = [
  { value: 'regular', label: 'studio.tile.regular' },
  { value: 'wide', label: 'studio.tile.wide' },
  { value: 'large', label: 'studio.tile.large' },
];

/** The story's own fields: texts in both languages, what it is about, how it shows. */
export function StoryFields({
  slug,
  draft,
  setDraft,
  library,
  refusedField,
}: {
  slug: string;
  draft: StoryDocument;
  setDraft: SetDraft;
  library: MediaLibrary;
  refusedField: string | null;
}) {
  const { t, locale } = useI18n();
  const ids = {
    heading: useId(),
    kind: useId(),
    date: useId(),
    dateHint: useId(),
  };
  const themes = useQuery(themeListOptions());
  const refused = (field: string) =>
    refusedField === `draft.${field}` ? (
      <p className="studio-error">{t('studio.fieldRefused')}</p>
    ) : null;

  return (
    <section className="studio-panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('studio.storySection')}</h2>
      <PairField
        label={t('studio.field.title')}
        value={draft.title}
        onChange={(title) => setDraft((doc) => ({ ...doc, title }))}
      />
      <PairField
        long
        label={t('studio.field.summary')}
        value={draft.summary}
        onChange={(summary) => setDraft((doc) => ({ ...doc, summary }))}
      />

      <div className="studio-pair">
        <div className="studio-field">
          <label htmlFor={ids.kind}>{t('studio.field.kind')}</label>
          <select
            id={ids.kind}
            value={draft.kind}
            onChange={(e) => setDraft((doc) => ({ ...doc, kind: e.target.value as StoryKind }))}
          >
            {STORY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_WORDS[kind])}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-field">
          <label htmlFor={ids.date}>{t('studio.field.publishedAt')}</label>
          <input
            id={ids.date}
            type="date"
            value={draft.publishedAt ?? ''}
            aria-describedby={ids.dateHint}
            onChange={(e) => setDraft((doc) => ({ ...doc, publishedAt: e.target.value || null }))}
          />
          <p id={ids.dateHint} className="studio-muted">
            {t('studio.publishedAtHint')}
          </p>
        </div>
      </div>

      <fieldset className="studio-choices">
        <legend>{t('studio.field.tile')}</legend>
        {TILES.map((tile) => (
          <label key={tile.value} className="studio-choice">
            <input
              type="radio"
              name={`${slug}-tile`}
              checked={draft.tile === tile.value}
              onChange={() => setDraft((doc) => ({ ...doc, tile: tile.value }))}
            />
            {t(tile.label)}
          </label>
        ))}
      </fieldset>

      <fieldset className="studio-choices">
        <legend>{t('studio.field.themes')}</legend>
        {(themes.data?.items ?? []).map((theme) => (
          <label key={theme.slug} className="studio-choice">
            <input
              type="checkbox"
              checked={draft.themes.includes(theme.slug)}
              onChange={(e) =>
                setDraft((doc) => ({
                  ...doc,
                  themes: e.target.checked
                    ? [...doc.themes, theme.slug].slice(0, STUDIO_LIST_MAX)
                    : doc.themes.filter((s) => s !== theme.slug),
                }))
              }
            />
            {theme.name[locale]}
          </label>
        ))}
        {refused('themes')}
      </fieldset>

      <SlugChips
        legend={t('studio.field.people')}
        values={draft.people}
        suggestions={library.people.map((person) => person.slug)}
        nameOf={(value) => library.people.find((person) => person.slug === value)?.name ?? value}
        onFocus={library.request}
        addLabel={t('studio.addPerson')}
        removeLabel={(value) => t('studio.removePerson', { name: value })}
        onChange={(people) => setDraft((doc) => ({ ...doc, people }))}
      />
      {refused('people')}

      <SlugChips
        legend={t('studio.field.related')}
        values={draft.related}
        suggestions={library.stories.map((s) => s.slug).filter((s) => s !== slug)}
        nameOf={(value) => {
          const found = library.stories.find((s) => s.slug === value);
          return found ? found.title[locale] || value : value;
        }}
        addLabel={t('studio.addRelated')}
        removeLabel={(value) => t('studio.removeRelated', { name: value })}
        onChange={(related) => setDraft((doc) => ({ ...doc, related }))}
      />
      {refused('related')}

      <MediaField
        kind="image"
        label={t('studio.field.cover')}
        value={draft.cover}
        library={library}
        onChange={(cover) => setDraft((doc) => ({ ...doc, cover }))}
      />
    </section>
  );
}

/** A short list of slugs (people, related stories): chips to remove, a field to add. */
function SlugChips({
  legend,
  values,
  suggestions,
  nameOf = (value) => value,
  onFocus,
  addLabel,
  removeLabel,
  onChange,
}: {
  legend: string;
  values: string[];
  suggestions: string[];
  nameOf?: (value: string) => string;
  onFocus?: () => void;
  addLabel: string;
  removeLabel: (value: string) => string;
  onChange: (values: string[]) => void;
}) {
  const [text, setText] = useState('');
  const ids = { input: useId(), list: useId() };
  const add = () => {
    // A name typed in full (any case) is taken for its slug, as the suggestions show names.
    const typed = text.trim();
    const value =
      suggestions.find((s) => s === typed || nameOf(s).toLowerCase() === typed.toLowerCase()) ??
      typed;
    if (value && !values.includes(value) && values.length < STUDIO_LIST_MAX)
      onChange([...values, value]);
    setText('');
  };
  return (
    <fieldset className="studio-choices">
      <legend>{legend}</legend>
      <ul className="studio-chips">
        {values.map((value) => (
          <li key={value} className="studio-chip">
            {nameOf(value)}
            <button
              type="button"
              className="studio-chip__remove"
              aria-label={removeLabel(nameOf(value))}
              onClick={() => onChange(values.filter((v) => v !== value))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="studio-inline">
        <label htmlFor={ids.input} className="visually-hidden">
          {addLabel}
        </label>
        <input
          id={ids.input}
          list={ids.list}
          value={text}
          placeholder={addLabel}
          autoCapitalize="off"
          onFocus={onFocus}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id={ids.list}>
          {suggestions
            .filter((s) => !values.includes(s))
            .map((s) => (
              <option key={s} value={s}>
                {nameOf(s)}
              </option>
            ))}
        </datalist>
        <button type="button" className="button" onClick={add}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
