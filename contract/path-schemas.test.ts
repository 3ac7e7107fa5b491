// @vitest-environment node
// Imported before anything else: path-schemas.ts must load first without an import cycle.
import { describe, expect, it } from 'vitest';

import { pathInputSchema, sharedPathStepSchema } from './path-schemas.ts';

const summary = {
  slug: 'velo-cargo',
  lang: 'fr',
  question: 'Le vélo-cargo peut-il remplacer la camionnette ?',
  theme: 'mobilite',
  expert: null,
  state: 'open',
  opensAt: '2026-10-01T08:00:00.000Z',
  closesAt: '2027-01-31T18:00:00.000Z',
  pinned: false,
  featured: false,
  cover: {
    src: '/media/velo-cargo.jpg',
    sources: [],
    width: 1200,
    height: 900,
    alt: { fr: 'Un vélo-cargo', en: 'A cargo bike' },
    color: '#0f766e',
  },
  balance: { for: 1, neutral: 0, against: 2 },
  contributionCount: 4,
};

describe('a debate step', () => {
  it('is shared as its kind and slug, and nothing else is kept', () => {
    const input = pathInputSchema.parse({
      steps: [{ kind: 'debate', slug: summary.slug, question: 'not sent', cardsSeen: 3 }],
    });
    expect(input.steps).toEqual([{ kind: 'debate', slug: summary.slug }]);
    expect(
      pathInputSchema.safeParse({ steps: [{ kind: 'debate', slug: 'Not A Slug' }] }).success,
    ).toBe(false);
    expect(pathInputSchema.safeParse({ steps: [{ kind: 'debate' }] }).success).toBe(false);
  });

  it('is read back with the debate’s summary, which it cannot do without', () => {
    const step = { kind: 'debate', slug: summary.slug, debate: summary };
    expect(sharedPathStepSchema.parse(step)).toEqual(step);
    expect(sharedPathStepSchema.safeParse({ kind: 'debate', slug: summary.slug }).success).toBe(
      false,
    );
    const { question: _dropped, ...noQuestion } = summary;
    expect(
      sharedPathStepSchema.safeParse({ kind: 'debate', slug: summary.slug, debate: noQuestion })
        .success,
    ).toBe(false);
  });
});
