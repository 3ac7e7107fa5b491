// @vitest-environment node
/** Patches are pure, name their errors by field, and every patched answer keeps the contract. */
import { describe, expect, it } from 'vitest';

import { personSchema, storyListSchema, storySchema, themeListSchema } from '#contract/schemas.ts';

import { demoDataset, getPerson, getStory, listStories } from '../data.ts';
import { checkPatchShape, patchDataset } from './content-patch.ts';
import type { ContentPatch } from './world-schema.ts';

const patch: ContentPatch = {
  stories: {
    nuancier: { title: { fr: 'Teinte' }, tile: 'large', people: ['ines-marchal', 'bastien-lo'] },
  },
  people: { 'ines-marchal': { name: 'Inès M.', role: { en: 'Colour lead' } } },
  themes: { design: { color: '#123456', name: { fr: 'Dessin' } } },
};

describe('a content patch', () => {
  it('leaves the dataset it was given as it was', () => {
    const before = structuredClone(demoDataset);
    const outcome = patchDataset(demoDataset, patch);
    expect(outcome.ok).toBe(true);
    expect(demoDataset).toEqual(before);
  });

  it('changes only the fields it names, one language at a time', () => {
    const outcome = patchDataset(demoDataset, patch);
    if (!outcome.ok) throw new Error('refused');
    const story = outcome.data.stories.find((s) => s.slug === 'nuancier')!;
    const original = demoDataset.stories.find((s) => s.slug === 'nuancier')!;
    expect(story.title).toEqual({ fr: 'Teinte', en: original.title.en });
    expect(story.summary).toEqual(original.summary);
    expect(story.cards).toBe(original.cards);
    expect(outcome.data.themes.find((t) => t.slug === 'design')?.color).toBe('#123456');
  });

  it('gives answers that every route’s schema still parses', () => {
    const outcome = patchDataset(demoDataset, patch);
    if (!outcome.ok) throw new Error('refused');
    const data = outcome.data;
    expect(storyListSchema.safeParse(listStories(data, { limit: 100 })).success).toBe(true);
    expect(themeListSchema.safeParse({ items: data.themes }).success).toBe(true);
    for (const { slug } of data.stories) {
      expect(storySchema.safeParse(getStory(data, slug)).success, slug).toBe(true);
    }
    for (const { slug } of data.people) {
      expect(personSchema.safeParse(getPerson(data, slug)).success, slug).toBe(true);
    }
    expect(getStory(data, 'nuancier')?.people.map((p) => p.name)).toEqual([
      'Inès M.',
      expect.any(String),
    ]);
  });

  it('names the field of a value the contract refuses', () => {
    const shape = checkPatchShape({ stories: { nuancier: { title: { fr: '' }, tile: 'huge' } } });
    expect(shape.ok).toBe(false);
    if (shape.ok) return;
    expect(shape.errors.map((e) => e.field).sort()).toEqual([
      'stories.nuancier.tile',
      'stories.nuancier.title.fr',
    ]);
    const unknown = checkPatchShape({ stories: { nuancier: { colour: 'red' } } });
    expect(unknown.ok).toBe(false);
  });

  it('names a slug or a reference that does not exist', () => {
    const outcome = patchDataset(demoDataset, {
      stories: { 'no-such-story': { tile: 'wide' }, nuancier: { related: ['nowhere'] } },
      people: { nobody: { name: 'X' } },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.field)).toEqual([
      'stories.no-such-story',
      'people.nobody',
      'stories.nuancier.related.0',
    ]);
  });
});
