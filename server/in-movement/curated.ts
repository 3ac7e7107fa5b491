/**
 * Curated items: links curators publish in the platform's name, with their preview
 * built from what they typed (contract/link-preview.ts), and their curation.
 */
import type { z } from 'zod/mini';

import { conflict, invalidField, notFound } from '../../contract/failures.ts';
import type { curatedCurationInputSchema, curatedInputSchema } from '../../contract/in-movement.ts';
import { buildPath } from '../../contract/routes.ts';
import type { Account } from '../../contract/schemas.ts';
import type { Database } from '../db/adapter.ts';
import { writeLog } from './moderation.ts';
import { Refusal, refusing, type WriteOutcome } from './outcome.ts';
import { getCurated } from './reads.ts';

export function createCurated(
  db: Database,
  curator: Account,
  input: z.infer<typeof curatedInputSchema>,
): Promise<WriteOutcome> {
  return refusing(() =>
    db.tx(async (tx) => {
      const themes = await tx.query('SELECT 1 FROM im_themes WHERE slug = $1', [input.theme]);
      if (themes.length === 0) {
        throw new Refusal(invalidField('theme', `no In Movement theme "${input.theme}"`));
      }
      const slugs = [...new Set(input.debates)];
      const found = await tx.query<{ slug: string }>(
        'SELECT slug FROM debates WHERE slug = ANY($1::text[]) AND archived_at IS NULL',
        [slugs],
      );
      const missing = slugs.filter((slug) => !found.some((row) => row.slug === slug));
      if (missing.length > 0)
        throw new Refusal(invalidField('debates', `no debate "${missing[0]}"`));

      const [item] = await tx.query<{ id: string }>(
        `INSERT INTO curated_items (url, title, commentary, theme, signal, curator_id)
         VALUES ($1, $2, $3, $4, $5, $6::bigint) RETURNING id::text AS id`,
        [input.url, input.title, input.commentary, input.theme, input.signal, curator.id],
      );
      if (!item) throw new Error('curated_items: the insert returned no row');
      await tx.query(
        `INSERT INTO curated_item_debates (item_id, debate_id)
         SELECT $1::bigint, id FROM debates WHERE slug = ANY($2::text[])`,
        [item.id, slugs],
      );
      return {
        ok: true,
        status: 201,
        body: await getCurated(tx, item.id),
        location: buildPath('listCurated', {}),
      } as const;
    }),
  );
}

/** Pin, feature or archive an item: one log line per change made; an archived one no longer changes. */
export function curateCurated(
  db: Database,
  curator: Account,
  id: string,
  input: z.infer<typeof curatedCurationInputSchema>,
): Promise<WriteOutcome> {
  return refusing(() =>
    db.tx(async (tx) => {
      const [item] = await tx.query<{ pinned: boolean; featured: boolean; archived: boolean }>(
        `SELECT pinned, featured, archived_at IS NOT NULL AS archived
         FROM curated_items WHERE id = $1::bigint FOR UPDATE`,
        [id],
      );
      if (!item) throw new Refusal(notFound('curated item', 'id', id));
      if (item.archived)
        throw new Refusal(conflict('This item is archived: it no longer changes.'));
      const log = (action: 'pin' | 'unpin' | 'feature' | 'unfeature' | 'archive') =>
        writeLog(tx, { action, actor: curator.displayName, kind: 'curated', ref: id });
      if (input.pinned !== undefined && input.pinned !== item.pinned) {
        await tx.query('UPDATE curated_items SET pinned = $2 WHERE id = $1::bigint', [
          id,
          input.pinned,
        ]);
        await log(input.pinned ? 'pin' : 'unpin');
      }
      if (input.featured !== undefined && input.featured !== item.featured) {
        await tx.query('UPDATE curated_items SET featured = $2 WHERE id = $1::bigint', [
          id,
          input.featured,
        ]);
        await log(input.featured ? 'feature' : 'unfeature');
      }
      if (input.archived) {
        await tx.query('UPDATE curated_items SET archived_at = now() WHERE id = $1::bigint', [id]);
        await log('archive');
      }
      return { ok: true, status: 200, body: await getCurated(tx, id) } as const;
    }),
  );
}
