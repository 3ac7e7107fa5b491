// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { STOP_WORDS } from '../../contract/search-stop-words.ts';
import { migrate } from '../db/migrate.ts';
import { insertContent } from '../db/seed.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';
import { search } from './search.ts';

describe.each(databaseKinds)('search queries on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'documents follow content', () => {
    let test: TestDatabase;
    const find = async (q: string, locale: 'fr' | 'en' = 'fr') =>
      (await search(test.db, { q, locale, limit: 50 })).items.map((h) => `${h.kind}:${h.slug}`);

    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      await test.db.tx((tx) => insertContent(tx, syntheticContent(3)));
    }, 120_000);
    afterAll(() => test?.dispose());

    it('drops the same stop words as the mocks (the lists PostgreSQL stems with)', async () => {
      for (const locale of ['fr', 'en'] as const) {
        const words = [...STOP_WORDS[locale]];
        const rows = await test.db.query<{ word: string; stem: string | null }>(
          `SELECT w AS word, (tsvector_to_array(to_tsvector(l.stems, w)))[1] AS stem
           FROM search_locales l, unnest($2::text[]) AS w WHERE l.locale = $1`,
          [locale, [...words, 'atelier', 'workshop']],
        );
        const kept = rows.filter((r) => r.stem !== null).map((r) => r.word);
        expect(kept).toEqual(['atelier', 'workshop']);
      }
    });

    it('keeps documents right as stories, cards, people and themes change', async () => {
      const [story] = await test.db.query<{ id: number; slug: string }>(
        'SELECT id, slug FROM stories ORDER BY slug LIMIT 1',
      );
      expect(await find('zéphyrine')).toEqual([]);

      await test.db.query(
        `UPDATE stories SET title = jsonb_set(title, '{fr}', '"La Zéphyrine"') WHERE id = $1`,
        [story!.id],
      );
      expect(await find('zephyrine')).toEqual([`story:${story!.slug}`]);

      await test.db.query(
        `UPDATE cards SET body = jsonb_set(body, '{caption}', '{"fr": "Un quinconce", "en": "A quincunx"}')
         WHERE story_id = $1 AND position = 0`,
        [story!.id],
      );
      // The card may not be an image card: the caption then is not searched.
      const [card] = await test.db.query<{ kind: string }>(
        `SELECT body->>'kind' AS kind FROM cards WHERE story_id = $1 AND position = 0`,
        [story!.id],
      );
      expect(await find('quincunx', 'en')).toEqual(
        card!.kind === 'image' ? [`story:${story!.slug}`] : [],
      );
      await test.db.query(
        `INSERT INTO cards (story_id, position, id, body)
         VALUES ($1, 99, 'c99', '{"kind": "text", "id": "c99", "title": {"fr": "Farandole", "en": "Farandole"}, "body": {"fr": "x", "en": "y"}}')`,
        [story!.id],
      );
      expect(await find('farandole')).toEqual([`story:${story!.slug}`]);
      await test.db.query(`DELETE FROM cards WHERE story_id = $1 AND position = 99`, [story!.id]);
      expect(await find('farandole')).toEqual([]);

      await test.db.query(`UPDATE stories SET slug = 'renamed-story' WHERE id = $1`, [story!.id]);
      expect(await find('zephyrine')).toEqual(['story:renamed-story']);
      await test.db.query(`DELETE FROM stories WHERE id = $1`, [story!.id]);
      expect(await find('zephyrine')).toEqual([]);

      const [person] = await test.db.query<{ slug: string }>('SELECT slug FROM people LIMIT 1');
      await test.db.query(`UPDATE people SET name = 'Ysolde Quérelle' WHERE slug = $1`, [
        person!.slug,
      ]);
      expect(await find('querelle')).toEqual([`person:${person!.slug}`]);

      await test.db.query(
        `INSERT INTO themes (slug, position, name, color, intro)
         VALUES ('marqueterie', 99, '{"fr": "Marqueterie", "en": "Marquetry"}', '#000000',
                 '{"fr": "Bois précieux", "en": "Fine woods"}')`,
      );
      expect(await find('marquetry', 'en')).toEqual(['theme:marqueterie']);
      await test.db.query(`DELETE FROM themes WHERE slug = 'marqueterie'`);
      expect(await find('marquetry', 'en')).toEqual([]);
    });

    it('builds tsqueries from sanitized words only', async () => {
      for (const q of ["'", '\\', '&|!():*<>', "x' | 'y", 'a:*A & !b', 'é'.repeat(200)]) {
        await expect(search(test.db, { q, locale: 'fr', limit: 5 })).resolves.toMatchObject({
          q,
        });
      }
    });
  });
});
