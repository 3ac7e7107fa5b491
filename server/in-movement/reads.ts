/**
 * In Movement's reads. Pages are keyset pages: a cursor names the last record of the
 * previous page, whose sort values the next page's query reads back from the table.
 */
import type { z } from 'zod/mini';

import type {
  CuratedItem,
  Debate,
  DebateSummary,
  ModerationItem,
  ModerationLogEntry,
} from '../../contract/in-movement.ts';
import {
  encodeListCursor,
  type InMovementList,
  listCursorId,
} from '../../contract/in-movement-cursor.ts';
import { linkPreview } from '../../contract/link-preview.ts';
import type { routes } from '../../contract/routes.ts';
import type { Theme } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';
import {
  contributionJson,
  DEBATE_SUMMARY_JOINS,
  debateJson,
  debateStateSql,
  isoTime,
  liveReports,
  LOG_ENTRY_JSON,
  personJson,
} from './sql.ts';

type Query<N extends keyof typeof routes> = z.infer<(typeof routes)[N]['query']>;
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cuts one extra row off, and names the page's last record in the cursor. */
function page<T>(rows: { id: string; item: T }[], limit: number, list: InMovementList): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => row.item),
    nextCursor: rows.length > limit && last ? encodeListCursor(list, last.id) : null,
  };
}

export async function listDebateThemes(db: Queryable): Promise<{ items: Theme[] }> {
  const items = await db.query<Theme>(
    `SELECT slug, json_build_object('fr', name_fr, 'en', name_en) AS name, color,
            json_build_object('fr', intro_fr, 'en', intro_en) AS intro
     FROM im_themes ORDER BY position`,
  );
  return { items };
}

// Pinned, featured, open before closed, newest opening, then the newest record: every
// key descending, so one row comparison finds where the previous page stopped.
const DEBATE_ORDER_KEY = (alias: string) =>
  `${alias}.pinned, ${alias}.featured, ${debateStateSql(alias)} = 'open', ${alias}.opens_at, ${alias}.id`;

export async function listDebates(
  db: Queryable,
  query: Query<'listDebates'>,
): Promise<Page<DebateSummary>> {
  const after = listCursorId('debate', query.cursor);
  const rows = await db.query<{ id: string; item: DebateSummary }>(
    `SELECT d.id::text AS id, ${debateJson()} AS item
     FROM debates d ${DEBATE_SUMMARY_JOINS}
     WHERE d.archived_at IS NULL
       AND ($2::text IS NULL OR d.theme = $2)
       AND ($3::text IS NULL OR ${debateStateSql('d')} = $3)
       AND ($4::bigint IS NULL OR (${DEBATE_ORDER_KEY('d')}) <
            (SELECT ${DEBATE_ORDER_KEY('k')} FROM debates k WHERE k.id = $4::bigint))
     ORDER BY d.pinned DESC, d.featured DESC, ${debateStateSql('d')} = 'open' DESC,
              d.opens_at DESC, d.id DESC
     LIMIT $1`,
    [query.limit + 1, query.theme ?? null, query.state ?? null, after ?? null],
  );
  return page(rows, query.limit, 'debate');
}

/** A debate in full; null when unknown or archived (unless `archived`, for curators' answers). */
export async function getDebate(
  db: Queryable,
  slug: string,
  { archived = false } = {},
): Promise<Debate | null> {
  const [row] = await db.query<{ debate: Debate }>(
    `SELECT ${debateJson(", 'framing', d.framing, 'conclusion', d.conclusion, 'film', d.film")} AS debate
     FROM debates d ${DEBATE_SUMMARY_JOINS}
     WHERE d.slug = $1 AND ($2 OR d.archived_at IS NULL)`,
    [slug, archived],
  );
  return row?.debate ?? null;
}

/** Visible replies, by which "most replied" sorts. */
const REPLY_COUNT = (alias: string) =>
  `(SELECT count(*) FROM contributions x WHERE x.parent_id = ${alias}.id AND x.state = 'visible')`;

/**
 * A debate's top-level contributions (hidden ones too, without their text, so the
 * thread keeps its shape), each with all its replies oldest first; null when the
 * debate does not exist or is archived.
 */
export async function listContributions(
  db: Queryable,
  slug: string,
  query: Query<'listContributions'>,
  readerId: string | undefined,
): Promise<Page<unknown> | null> {
  const [debate] = await db.query<{ id: string }>(
    'SELECT id::text AS id FROM debates WHERE slug = $1 AND archived_at IS NULL',
    [slug],
  );
  if (!debate) return null;
  const after = listCursorId('contribution', query.cursor);
  const key = (alias: string) =>
    query.sort === 'replies'
      ? `${REPLY_COUNT(alias)}, ${alias}.created_at, ${alias}.id`
      : `${alias}.created_at, ${alias}.id`;
  const order =
    query.sort === 'replies'
      ? `${REPLY_COUNT('c')} DESC, c.created_at DESC, c.id DESC`
      : 'c.created_at DESC, c.id DESC';
  const rows = await db.query<{ id: string; item: unknown }>(
    `SELECT c.id::text AS id, ${contributionJson(
      '$3::bigint',
      false,
      `, 'replies', COALESCE((
         SELECT json_agg(r.reply ORDER BY r.created_at, r.id) FROM (
           SELECT c.id, c.created_at, ${contributionJson('$3::bigint')} AS reply
           FROM contributions c LEFT JOIN accounts a ON a.id = c.author_id
           WHERE c.parent_id = t.id) r), '[]')`,
    )} AS item
     FROM contributions t
     JOIN debates d ON d.id = t.debate_id
     CROSS JOIN LATERAL (SELECT t.*) c
     LEFT JOIN accounts a ON a.id = c.author_id
     WHERE t.debate_id = $2::bigint AND t.parent_id IS NULL
       AND ($4::bigint IS NULL OR (${key('c')}) <
            (SELECT ${key('k')} FROM contributions k WHERE k.id = $4::bigint AND k.debate_id = $2::bigint))
     ORDER BY ${order}
     LIMIT $1`,
    [query.limit + 1, debate.id, readerId ?? null, after ?? null],
  );
  return page(rows, query.limit, 'contribution');
}

/** One contribution as its author sees it after writing it (top-level ones with their replies). */
export async function getContribution(
  db: Queryable,
  id: string,
  readerId: string | undefined,
): Promise<unknown> {
  const [row] = await db.query<{ item: unknown }>(
    `SELECT ${contributionJson('$2::bigint', false, `, 'replies', '[]'::json`)} AS item
     FROM contributions c JOIN debates d ON d.id = c.debate_id
     LEFT JOIN accounts a ON a.id = c.author_id
     WHERE c.id = $1::bigint`,
    [id, readerId ?? null],
  );
  return row?.item;
}

export const CURATED_JSON = `json_build_object(
  'id', i.id::text, 'url', i.url, 'title', i.title, 'commentary', i.commentary,
  'theme', i.theme, 'signal', i.signal,
  'debates', COALESCE((
    SELECT json_agg(x.slug ORDER BY x.slug) FROM curated_item_debates j
    JOIN debates x ON x.id = j.debate_id
    WHERE j.item_id = i.id AND x.archived_at IS NULL), '[]'),
  'curator', ${personJson('a')}, 'publishedAt', ${isoTime('i.published_at')},
  'pinned', i.pinned, 'featured', i.featured)`;

type CuratedRow = {
  id: string;
  item: Omit<CuratedItem, 'preview'>;
  color: string;
};

function withPreview(row: CuratedRow): CuratedItem {
  return { ...row.item, preview: linkPreview(row.item.url, row.color) };
}

const CURATED_ORDER_KEY = (alias: string) =>
  `${alias}.pinned, ${alias}.featured, ${alias}.published_at, ${alias}.id`;

export async function listCurated(
  db: Queryable,
  query: Query<'listCurated'>,
): Promise<Page<CuratedItem>> {
  const after = listCursorId('curated', query.cursor);
  const rows = await db.query<CuratedRow>(
    `SELECT i.id::text AS id, ${CURATED_JSON} AS item, t.color
     FROM curated_items i JOIN im_themes t ON t.slug = i.theme
     LEFT JOIN accounts a ON a.id = i.curator_id
     WHERE i.archived_at IS NULL
       AND ($2::text IS NULL OR i.theme = $2)
       AND ($3::text IS NULL OR EXISTS (
         SELECT 1 FROM curated_item_debates j JOIN debates x ON x.id = j.debate_id
         WHERE j.item_id = i.id AND x.slug = $3))
       AND ($4::bigint IS NULL OR (${CURATED_ORDER_KEY('i')}) <
            (SELECT ${CURATED_ORDER_KEY('k')} FROM curated_items k WHERE k.id = $4::bigint))
     ORDER BY i.pinned DESC, i.featured DESC, i.published_at DESC, i.id DESC
     LIMIT $1`,
    [query.limit + 1, query.theme ?? null, query.debate ?? null, after ?? null],
  );
  const listed = page(rows, query.limit, 'curated');
  return { items: rows.slice(0, query.limit).map(withPreview), nextCursor: listed.nextCursor };
}

/** One curated item, archived or not; undefined when unknown. */
export async function getCurated(db: Queryable, id: string): Promise<CuratedItem | undefined> {
  const [row] = await db.query<CuratedRow>(
    `SELECT i.id::text AS id, ${CURATED_JSON} AS item, t.color
     FROM curated_items i JOIN im_themes t ON t.slug = i.theme
     LEFT JOIN accounts a ON a.id = i.curator_id
     WHERE i.id = $1::bigint`,
    [id],
  );
  return row && withPreview(row);
}

// Hidden ones first, then the most reported, then the newest.
const QUEUE_ORDER_KEY = (alias: string) =>
  `${alias}.state = 'pending', (${liveReports(alias)}), ${alias}.id`;

/**
 * Contributions hidden pending review, then visible ones reported since their last
 * review, with their text and the reports' reasons and notes, never who reported.
 */
export async function moderationQueue(
  db: Queryable,
  query: Query<'getModerationQueue'>,
  readerId: string,
): Promise<Page<ModerationItem>> {
  const after = listCursorId('queue', query.cursor);
  const rows = await db.query<{ id: string; item: ModerationItem }>(
    `SELECT c.id::text AS id, json_build_object(
       'contribution', ${contributionJson('$2::bigint', true)},
       'debate', json_build_object('slug', d.slug, 'question', d.question),
       'reports', COALESCE((
         SELECT json_agg(json_build_object('reason', r.reason, 'note', r.note,
                                           'createdAt', ${isoTime('r.created_at')})
                         ORDER BY r.created_at, r.reporter_id)
         FROM reports r WHERE r.contribution_id = c.id
           AND (c.reviewed_at IS NULL OR r.created_at > c.reviewed_at)), '[]')) AS item
     FROM contributions c JOIN debates d ON d.id = c.debate_id
     LEFT JOIN accounts a ON a.id = c.author_id
     WHERE (c.state = 'pending' OR (c.state = 'visible' AND (${liveReports('c')}) > 0))
       AND ($3::bigint IS NULL OR (${QUEUE_ORDER_KEY('c')}) <
            (SELECT ${QUEUE_ORDER_KEY('k')} FROM contributions k WHERE k.id = $3::bigint))
     ORDER BY c.state = 'pending' DESC, (${liveReports('c')}) DESC, c.id DESC
     LIMIT $1`,
    [query.limit + 1, readerId, after ?? null],
  );
  return page(rows, query.limit, 'queue');
}

export async function moderationLog(
  db: Queryable,
  query: Query<'getModerationLog'>,
): Promise<Page<ModerationLogEntry>> {
  const after = listCursorId('log', query.cursor);
  const rows = await db.query<{ id: string; item: ModerationLogEntry }>(
    `SELECT l.id::text AS id, ${LOG_ENTRY_JSON} AS item FROM moderation_log l
     WHERE $2::bigint IS NULL OR l.id < $2::bigint
     ORDER BY l.id DESC LIMIT $1`,
    [query.limit + 1, after ?? null],
  );
  return page(rows, query.limit, 'log');
}
