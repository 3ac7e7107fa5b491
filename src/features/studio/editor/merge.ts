/**
 * Two editors' drafts put together field by field after a 409 (decision 035): what
 * only one side changed since the common version is taken from that side; what both
 * changed is the editor's choice. Fields are the contract's (`STORY_FIELDS`), the
 * names a revision and the API's conflict use.
 */
import { STORY_FIELDS, type StoryDocument, type StoryField } from '#contract/studio.ts';
import { changedFields } from '#contract/studio-rules.ts';

export type Side = 'mine' | 'theirs';

export interface ConflictFields {
  /** Changed by them only: taken from theirs. */
  theirs: StoryField[];
  /** Changed by me only: kept from mine. */
  mine: StoryField[];
  /** Changed on both sides, differently: the editor chooses. */
  both: StoryField[];
}

/**
 * Sorts the fields of a conflict. Without the common version (a local copy from an
 * older version of the story), every field that differs is the editor's choice.
 */
export function conflictFields(
  base: StoryDocument | null,
  mine: StoryDocument,
  theirs: StoryDocument,
): ConflictFields {
  const differ = new Set(changedFields(mine, theirs));
  if (base === null) return { theirs: [], mine: [], both: [...differ] };
  const byThem = new Set(changedFields(base, theirs));
  const byMe = new Set(changedFields(base, mine));
  return {
    theirs: STORY_FIELDS.filter((f) => byThem.has(f) && (!byMe.has(f) || !differ.has(f))),
    mine: STORY_FIELDS.filter((f) => byMe.has(f) && !byThem.has(f)),
    both: STORY_FIELDS.filter((f) => byThem.has(f) && byMe.has(f) && differ.has(f)),
  };
}

function copyField(target: StoryDocument, source: StoryDocument, field: StoryField): void {
  const [key, locale] = field.split('.') as [keyof StoryDocument, 'fr' | 'en' | undefined];
  if (locale) {
    const text = target[key] as { fr: string; en: string };
    (target as Record<string, unknown>)[key] = {
      ...text,
      [locale]: (source[key] as { fr: string; en: string })[locale],
    };
  } else {
    (target as Record<string, unknown>)[key] = structuredClone(source[key]);
  }
}

/** Theirs, with my own changes and the fields I chose to keep from mine. */
export function mergeDrafts(
  mine: StoryDocument,
  theirs: StoryDocument,
  fields: ConflictFields,
  choices: Partial<Record<StoryField, Side>>,
): StoryDocument {
  const merged = structuredClone(theirs);
  for (const field of fields.mine) copyField(merged, mine, field);
  for (const field of fields.both) if (choices[field] === 'mine') copyField(merged, mine, field);
  return merged;
}
