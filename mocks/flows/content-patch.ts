/**
 * A content patch applied to a dataset: pure (the dataset given is never changed),
 * and every error names its field (`stories.nuancier.title.fr`), so the board's panel
 * and a flow's unit test can point at it.
 */
import type { Localized } from '../../contract/schemas.ts';
import type { Dataset } from '../data.ts';
import type { PersonRecord, StoryRecord } from '../fixtures/content.ts';
import { type ContentPatch, contentPatchSchema } from './world-schema.ts';

export interface FieldError {
  field: string;
  message: string;
}

export type PatchOutcome = { ok: true; data: Dataset } | { ok: false; errors: FieldError[] };

function mergeLocalized(base: Localized, patch: Partial<Localized> | undefined): Localized {
  return patch ? { ...base, ...patch } : base;
}

/** Fields set to undefined must not erase the fixture's value. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Checks a patch's shape against the contract, naming the fields at fault. */
export function checkPatchShape(
  value: unknown,
): { ok: true; patch: ContentPatch } | { ok: false; errors: FieldError[] } {
  const parsed = contentPatchSchema.safeParse(value);
  if (parsed.success) return { ok: true, patch: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'patch',
      message: issue.message,
    })),
  };
}

/** The dataset with the patch applied, or every slug and reference that does not exist. */
export function patchDataset(data: Dataset, patch: ContentPatch): PatchOutcome {
  const errors: FieldError[] = [];
  const storySlugs = new Set(data.stories.map((s) => s.slug));
  const personSlugs = new Set(data.people.map((p) => p.slug));
  const themeSlugs = new Set(data.themes.map((t) => t.slug));

  const known = (kind: string, slugs: Set<string>, keys: string[]) => {
    for (const slug of keys) {
      if (!slugs.has(slug))
        errors.push({ field: `${kind}.${slug}`, message: `No ${kind} "${slug}"` });
    }
  };
  known('stories', storySlugs, Object.keys(patch.stories ?? {}));
  known('people', personSlugs, Object.keys(patch.people ?? {}));
  known('themes', themeSlugs, Object.keys(patch.themes ?? {}));

  for (const [slug, story] of Object.entries(patch.stories ?? {})) {
    const refs: [string, readonly string[] | undefined, Set<string>][] = [
      ['themes', story.themes, themeSlugs],
      ['people', story.people, personSlugs],
      ['related', story.related, storySlugs],
    ];
    for (const [field, values, slugs] of refs) {
      values?.forEach((value, index) => {
        if (!slugs.has(value)) {
          errors.push({
            field: `stories.${slug}.${field}.${index}`,
            message: `No such slug "${value}"`,
          });
        }
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const stories = data.stories.map((record): StoryRecord => {
    const change = patch.stories?.[record.slug];
    if (!change) return record;
    return {
      ...record,
      ...defined(change),
      title: mergeLocalized(record.title, change.title),
      summary: mergeLocalized(record.summary, change.summary),
    };
  });
  const people = data.people.map((record): PersonRecord => {
    const change = patch.people?.[record.slug];
    if (!change) return record;
    return {
      ...record,
      ...defined(change),
      role: mergeLocalized(record.role, change.role),
      bio: mergeLocalized(record.bio, change.bio),
    };
  });
  const themes = data.themes.map((record) => {
    const change = patch.themes?.[record.slug];
    if (!change) return record;
    return {
      ...record,
      ...defined(change),
      name: mergeLocalized(record.name, change.name),
      intro: mergeLocalized(record.intro, change.intro),
    };
  });
  return { ok: true, data: { ...data, stories, people, themes } };
}
