// @vitest-environment node
/**
 * 10,000 stories cost the same per page as 24: every page, first or deep, with or
 * without a theme, is one index range read in order. Checked on the query plan and
 * on the rows it actually touched, never on timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeCursor } from '../../contract/cursor.ts';
import { migrate } from '../db/migrate.ts';
import { insertContent } from '../db/seed.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';
import { syntheticContent } from '../testing/synthetic-content.ts';
import { listStories, storyPageParams, storyPageSql } from './stories.ts';

const STORIES = 10_000;
const LIMIT = 24;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.each(databaseKinds)('story pages over 10,000 stories on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'keyset pagination', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      // Bulk seeding, as at start-up: no statement timeout (the search indexes and
      // lexicon of 20,000 documents take seconds on a loaded machine).
      await test.db.tx((tx) => insertContent(tx, content), { unbounded: true });
      await test.db.exec('ANALYZE');
    }, 180_000);
    afterAll(() => test?.dispose());

    /** The executed plan of one page, and the page itself. */
    async function explain(query: { theme?: string; cursor?: string }) {
      const page = { ...query, limit: LIMIT };
      const sql = storyPageSql({
        theme: query.theme !== undefined,
        after: query.cursor !== undefined,
      });
      const [row] = await test.db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        storyPageParams(page),
      );
      return nodes(row!['QUERY PLAN'][0].Plan);
    }

    // Three stories a day, oldest first: story 3000 sits 7,000 stories deep in the list.
    const content = syntheticContent(STORIES);
    const deepCursor = encodeCursor(content.stories[3000]!);

    it.each<[string, { theme?: string; cursor?: string }]>([
      ['the first page', {}],
      ['a page 7,000 stories deep', { cursor: deepCursor }],
      ['a theme’s first page', { theme: 'design' }],
      ['a theme’s deep page', { theme: 'design', cursor: deepCursor }],
    ])('reads %s through the list-order index, without sorting', async (_, query) => {
      const plan = await explain(query);
      const index = query.theme ? 'story_themes_list_order' : 'stories_list_order';
      const scan = plan.find((n) => n['Index Name'] === index);
      expect(scan, JSON.stringify(plan.map((n) => n['Node Type']))).toBeDefined();
      expect(plan.some((n) => n['Node Type'] === 'Sort')).toBe(false);
      expect(
        plan.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'stories'),
      ).toBe(false);
      // The rows the index walk produced: one page and one more, however deep the page.
      expect(scan!['Actual Rows']).toBeLessThanOrEqual(LIMIT + 1);
    });

    it('answers a deep page with the stories that follow the cursor', async () => {
      const page = await listStories(test.db, { cursor: deepCursor, limit: 3 });
      // The rest of story 3000's day by slug, then the day before.
      expect(page.items.map((s) => s.slug)).toEqual(['story-03001', 'story-03002', 'story-02997']);
      expect(page.nextCursor).not.toBeNull();
    });
  });
});
