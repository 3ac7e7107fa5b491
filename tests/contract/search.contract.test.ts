// @vitest-environment node
/**
 * GET /api/search against every implementation: the same requests must find the
 * same things, ranked and highlighted the same way. Words come from the demo
 * fixtures (mocks/fixtures/content.ts).
 */
import { expect, it } from 'vitest';

import {
  apiErrorSchema,
  type Highlighted,
  SEARCH_QUERY_MAX,
  type SearchHit,
  type SearchResult,
  searchResultSchema,
} from '#contract/schemas.ts';
import { fold } from '#contract/search-fold.ts';
import { cardTexts } from '#contract/search-hit-text.ts';
import { SEARCH_TERMS_MAX } from '#contract/search-terms.ts';
import { tokenize } from '#contract/search-tokens.ts';
import { demoDataset } from '#mocks/data.ts';

import { describeEachTarget, mswTarget } from './targets.ts';

const text = (runs: Highlighted) => runs.map((r) => r.text).join('');
const marked = (runs: Highlighted) => runs.filter((r) => r.match).map((r) => r.text);

/** The title and the texts an excerpt may come from, straight from the fixtures. */
function sourceTexts(hit: SearchHit, locale: 'fr' | 'en'): { title: string; bodies: string[] } {
  if (hit.kind === 'story') {
    const record = demoDataset.stories.find((s) => s.slug === hit.slug)!;
    return {
      title: record.title[locale],
      bodies: [record.summary[locale], ...record.cards.flatMap((c) => cardTexts(c, locale))],
    };
  }
  if (hit.kind === 'person') {
    const record = demoDataset.people.find((p) => p.slug === hit.slug)!;
    return { title: record.name, bodies: [record.role[locale], record.bio[locale]] };
  }
  const record = demoDataset.themes.find((t) => t.slug === hit.slug)!;
  return { title: record.name[locale], bodies: [record.intro[locale]] };
}

/** Every folded word of the locale's searchable text. */
function fixtureWords(locale: 'fr' | 'en'): Set<string> {
  const texts = [
    ...demoDataset.stories.flatMap((s) => [
      s.title[locale],
      s.summary[locale],
      ...s.cards.flatMap((c) => cardTexts(c, locale)),
    ]),
    ...demoDataset.people.flatMap((p) => [p.name, p.role[locale], p.bio[locale]]),
    ...demoDataset.themes.flatMap((t) => [t.name[locale], t.intro[locale]]),
  ];
  return new Set(texts.flatMap((t) => tokenize(t).map((token) => token.word)));
}

const HOSTILE = [
  "'",
  '"',
  '\\',
  '\\\\\'"',
  '&|!():*<>',
  "vélo' & !atelier | (:*",
  "'); DROP TABLE stories; --",
  "1' OR '1'='1",
  'a:* & b:*A',
  '<script>alert(1)</script>',
  '%00',
  '\u0000',
  '\u{1F600}\u{1F680}',
  '日本語 العربية Ελληνικά',
  'ﬁn Œuvre ß',
  'e\u0301\u0301\u0301',
  'a'.repeat(SEARCH_QUERY_MAX),
  'é'.repeat(SEARCH_QUERY_MAX),
  'ab '.repeat(66),
  'atelier '.repeat(25),
  '$1 $2 ::text',
];

describeEachTarget('search contract', 'finds, ranks and highlights', (target) => {
  async function search(params: Record<string, string>): Promise<SearchResult> {
    const response = await target.fetch(`/api/search?${new URLSearchParams(params)}`);
    expect(response.status).toBe(200);
    return searchResultSchema.parse(await response.json());
  }
  const slugs = (result: SearchResult) => result.items.map((hit) => `${hit.kind}:${hit.slug}`);

  it('is insensitive to accents and case, and marks the accented word', async () => {
    // "vélo" appears once in the French fixtures, in a card of this story.
    for (const q of ['velo', 'VÉLO', 'Vélo', 'VELO']) {
      const result = await search({ q });
      expect(result).toMatchObject({ q, locale: 'fr', total: 1 });
      expect(slugs(result)).toEqual(['story:ville-sans-voiture']);
      expect(marked(result.items[0]!.excerpt)).toEqual(['vélo']);
    }
    // Accents typed where the text has none, and the other way round.
    expect(slugs(await search({ q: 'Inés' }))).toContain('person:ines-marchal');
    const ines = (await search({ q: 'ines marchal' })).items.find(
      (hit) => hit.kind === 'person' && hit.slug === 'ines-marchal',
    );
    expect(marked(ines!.title)).toEqual(['Inès', 'Marchal']);
  });

  it('forgives one typo on a word of five letters or more, and marks the real word', async () => {
    // Typo matches are a subset of what the right word finds (which also has prefix matches).
    const exact = await search({ q: 'atelier', limit: '50' });
    for (const q of ['atelir', 'ateleir', 'atelierr', 'atlier']) {
      const result = await search({ q, limit: '50' });
      expect(result.total).toBeGreaterThan(3);
      expect(slugs(exact)).toEqual(expect.arrayContaining(slugs(result)));
      const first = result.items[0]!;
      expect(first.slug).toBe('atelier-des-formes');
      expect(marked(first.title)).toEqual(['atelier']);
    }
    // Two typos are too many.
    expect((await search({ q: 'atelxxr' })).total).toBe(0);
  });

  it('does not forgive a typo on a four-letter word', async () => {
    // "vela" is one edit from "vélo", starts no word of the fixtures and is none.
    const words = [...fixtureWords('fr')];
    expect(words.some((w) => w.startsWith('vela'))).toBe(false);
    expect(await search({ q: 'vela' })).toEqual({
      q: 'vela',
      locale: 'fr',
      total: 0,
      items: [],
    });
    expect((await search({ q: 'velo' })).total).toBe(1);
  });

  it('matches words by their beginning while the visitor types', async () => {
    const result = await search({ q: 'proto', limit: '50' });
    expect(slugs(result)).toContain('story:atelier-prototype');
    for (const hit of result.items) {
      const runs = [...hit.title, ...hit.excerpt];
      expect(marked(runs).length).toBeGreaterThan(0);
      for (const word of marked(runs)) expect(fold(word).startsWith('proto')).toBe(true);
    }
    // One letter is not a prefix: it must be a whole word.
    expect((await search({ q: 'x' })).total).toBe(0);
  });

  it('searches the requested language only', async () => {
    const en = await search({ q: 'wind tunnel', locale: 'en' });
    expect(en.locale).toBe('en');
    expect(slugs(en)).toContain('story:soufflerie');
    expect(marked(en.items.find((h) => h.slug === 'soufflerie')!.excerpt)).toEqual(
      expect.arrayContaining(['wind', 'tunnel']),
    );
    expect(slugs(await search({ q: 'soufflerie', locale: 'fr' }))).toContain('story:soufflerie');
    // French words are not searched in English, nor English ones in French.
    expect((await search({ q: 'soufflerie', locale: 'en' })).total).toBe(0);
    expect(fixtureWords('fr').has('wind')).toBe(false);
    expect((await search({ q: 'wind', locale: 'fr' })).total).toBe(0);
  });

  it('finds people by name, role and bio, and themes by name and intro', async () => {
    const chemist = await search({ q: 'chemist', locale: 'en' });
    expect(slugs(chemist)).toContain('person:odile-ferrant');
    const odile = chemist.items.find((h) => h.slug === 'odile-ferrant')!;
    expect(odile.kind).toBe('person');
    expect(text(odile.title)).toBe('Odile Ferrant');
    expect(marked(odile.excerpt)).toEqual(['chemist']);

    const theme = await search({ q: 'environnement' });
    expect(slugs(theme)[0]).toBe('theme:environment');
    expect(theme.items[0]).toMatchObject({ kind: 'theme', theme: { slug: 'environment' } });
    expect(marked(theme.items[0]!.title)).toEqual(['Environnement']);
    expect(slugs(await search({ q: 'mobility', locale: 'en' }))).toContain('theme:mobility');
    // A word only in a theme's intro.
    expect(slugs(await search({ q: 'ombrières' }))).toEqual(['theme:environment']);
  });

  it('ranks title matches above body matches, then newest first', async () => {
    const result = await search({ q: 'atelier', limit: '50' });
    const inTitle = result.items.map((hit) => marked(hit.title).length > 0);
    expect(inTitle[0]).toBe(true);
    expect(inTitle).toContain(false);
    // Once the title matches stop, they do not resume.
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
    const scores = result.items.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Equal scores: stories newest first.
    const stories = result.items.filter((h) => h.kind === 'story');
    for (let i = 1; i < stories.length; i += 1) {
      const [a, b] = [stories[i - 1]!, stories[i]!];
      if (a.score === b.score && a.kind === 'story' && b.kind === 'story') {
        expect(a.story.publishedAt >= b.story.publishedAt).toBe(true);
      }
    }
  });

  it('needs every term to match', async () => {
    const both = await search({ q: 'atelier prototype', limit: '50' });
    expect(slugs(both)).toContain('story:atelier-prototype');
    expect(slugs(both)).not.toContain('story:atelier-des-formes');
    expect((await search({ q: 'atelier zzzzzz' })).total).toBe(0);
  });

  it(`searches the first ${SEARCH_TERMS_MAX} words of a query and ignores the rest`, async () => {
    // Distinct terms that each start a word of the title of "atelier-prototype";
    // "zzzzzz" is in nothing.
    const first = ['prototype', 'atelier', 'atelie', 'ateli', 'atel', 'ate', 'proto', 'prot'];
    expect(first).toHaveLength(SEARCH_TERMS_MAX);
    const within = await search({ q: [...first.slice(0, -1), 'zzzzzz'].join(' ') });
    expect(within.total).toBe(0);
    const beyond = await search({ q: [...first, 'zzzzzz'].join(' ') });
    expect(slugs(beyond)).toContain('story:atelier-prototype');
  });

  it('counts every match in total and returns the best `limit`', async () => {
    const all = await search({ q: 'atelier', limit: '50' });
    expect(all.total).toBeGreaterThan(3);
    expect(all.items).toHaveLength(all.total);
    const page = await search({ q: 'atelier', limit: '3' });
    expect(page.total).toBe(all.total);
    expect(page.items).toEqual(all.items.slice(0, 3));
    expect((await search({ q: 'atelier' })).items.length).toBe(Math.min(20, all.total));
  });

  it('highlights runs that rejoin to the title and to a passage of the text', async () => {
    for (const [q, locale] of [
      ['atelier', 'fr'],
      ['batterie', 'fr'],
      ['velo', 'fr'],
      ['proto', 'fr'],
      ['battery', 'en'],
      ['car', 'en'],
      ['design', 'en'],
    ] as const) {
      const result = await search({ q, locale, limit: '50' });
      expect(result.total).toBeGreaterThan(0);
      for (const hit of result.items) {
        const { title, bodies } = sourceTexts(hit, locale);
        expect(text(hit.title)).toBe(title);
        const passage = text(hit.excerpt).replace(/^…/, '').replace(/…$/, '');
        expect(bodies.some((body) => body.includes(passage))).toBe(true);
        expect(passage.length).toBeLessThanOrEqual(165);
        // Every match is marked somewhere a visitor sees it.
        expect(marked([...hit.title, ...hit.excerpt]).length).toBeGreaterThan(0);
        for (const run of [...hit.title, ...hit.excerpt]) expect(run.text).not.toBe('');
      }
    }
  });

  it('shows the start of the summary when only the title matched', async () => {
    const result = await search({ q: 'calandres' });
    const hit = result.items.find((h) => h.slug === 'cent-ans-de-calandres')!;
    expect(marked(hit.title)).toEqual(['calandres']);
    const record = demoDataset.stories.find((s) => s.slug === hit.slug)!;
    if (marked(hit.excerpt).length === 0) {
      expect(record.summary.fr.startsWith(text(hit.excerpt).replace(/…$/, ''))).toBe(true);
    }
  });

  it('answers total 0 for stop words, punctuation or nothing found', async () => {
    const none = (q: string, locale = 'fr') => ({ q, locale, total: 0, items: [] });
    expect(await search({ q: 'le' })).toEqual(none('le'));
    expect(await search({ q: 'de la' })).toEqual(none('de la'));
    expect(await search({ q: 'the', locale: 'en' })).toEqual(none('the', 'en'));
    expect(await search({ q: '?!…' })).toEqual(none('?!…'));
    expect(await search({ q: 'zqxwvkj' })).toEqual(none('zqxwvkj'));
    // A stop word next to a real term is ignored, not required.
    expect((await search({ q: 'le vélo' })).total).toBe(1);
  });

  it('trims the query and echoes it as understood', async () => {
    const result = await search({ q: '  velo  ' });
    expect(result.q).toBe('velo');
    expect(result.total).toBe(1);
  });

  it.each([
    ['q=', 'q'],
    ['q=%20%20%20', 'q'],
    ['', 'q'],
    [`q=${'a'.repeat(SEARCH_QUERY_MAX + 1)}`, 'q'],
    ['q=velo&limit=0', 'limit'],
    ['q=velo&limit=51', 'limit'],
    ['q=velo&limit=abc', 'limit'],
    ['q=velo&limit=1.5', 'limit'],
    ['q=velo&locale=de', 'locale'],
    ['q=velo&locale=', 'locale'],
  ])('rejects ?%s with 400 naming %s', async (query, field) => {
    const response = await target.fetch(`/api/search?${query}`);
    expect(response.status).toBe(400);
    const { error } = apiErrorSchema.parse(await response.json());
    expect(error).toMatchObject({ code: 'bad_request', field });
  });

  it('answers hostile input with 200 or 400, never an error', async () => {
    for (const q of HOSTILE) {
      for (const locale of ['fr', 'en']) {
        const response = await target.fetch(
          `/api/search?${new URLSearchParams({ q, locale, limit: '50' })}`,
        );
        expect([q, response.status]).toEqual([q, expect.toBeOneOf([200, 400])]);
        const body: unknown = await response.json();
        if (response.status === 200) searchResultSchema.parse(body);
        else apiErrorSchema.parse(body);
      }
    }
    // Raw, unencoded-looking query strings too.
    for (const raw of ['q=%27%3B--', 'q=a%26b', 'q=%E2%80%99', 'q=%C3', 'q=%FF%FE']) {
      const response = await target.fetch(`/api/search?${raw}`);
      expect([raw, response.status]).toEqual([raw, expect.toBeOneOf([200, 400])]);
    }
  });

  if (target !== mswTarget) {
    it('answers byte for byte what the MSW handlers answer', async () => {
      // Queries whose words PostgreSQL's stemmers and the mocks' light stemmer
      // treat alike (stemming is the one place the two may differ).
      const queries = [
        'q=velo',
        'q=V%C3%89LO',
        'q=atelir',
        'q=ateleir&limit=3',
        'q=atel',
        'q=atelier%20prototype',
        'q=l%E2%80%99atelier',
        'q=In%C3%A8s',
        'q=ombri%C3%A8res',
        'q=calandres',
        'q=proto&limit=50',
        'q=le',
        'q=zqxwvkj',
        'q=chemist&locale=en',
        'q=wind%20tunnel&locale=en',
        'q=battery&locale=en&limit=50',
        'q=design&locale=en&limit=50',
        'q=',
        'q=velo&limit=0',
      ];
      for (const query of queries) {
        const path = `/api/search?${query}`;
        const [mock, real] = await Promise.all([mswTarget.fetch(path), target.fetch(path)]);
        expect({ path, status: real.status, body: await real.text() }).toEqual({
          path,
          status: mock.status,
          body: await mock.text(),
        });
      }
    });
  }
});
