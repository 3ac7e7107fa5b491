/** Shared paths: stored as their steps, read back resolved against current content. */
import { createHash } from 'node:crypto';

import type { PathStepInput, SharedPath } from '../../contract/path-schemas.ts';
import { newPathId, type StepTarget } from '../../contract/path-steps.ts';
import type { Queryable } from '../db/adapter.ts';
import { DEBATE_SUMMARY_JOINS, debateJson } from '../in-movement/sql.ts';
import { storySummaryJson } from './summary-sql.ts';

type StepKind = PathStepInput['kind'];

/**
 * The stories (with their card counts), people, themes and debates that `steps` name
 * and exist. An archived debate still exists: a path walked before it was archived
 * shares, and reading it leaves the debate out.
 */
export async function findStepTargets(
  db: Queryable,
  steps: readonly PathStepInput[],
): Promise<(kind: StepKind, slug: string) => StepTarget | undefined> {
  const rows = await db.query<{ kind: StepKind; slug: string; cards: number | null }>(
    `SELECT x.kind, x.slug,
       CASE WHEN s.id IS NOT NULL THEN (SELECT count(*) FROM cards c WHERE c.story_id = s.id) END AS cards
     FROM (SELECT DISTINCT kind, slug FROM jsonb_to_recordset($1::jsonb) AS r(kind text, slug text)) x
     LEFT JOIN stories s ON x.kind = 'story' AND s.slug = x.slug
     LEFT JOIN people p ON x.kind = 'person' AND p.slug = x.slug
     LEFT JOIN themes t ON x.kind = 'theme' AND t.slug = x.slug
     LEFT JOIN debates d ON x.kind = 'debate' AND d.slug = x.slug
     WHERE s.id IS NOT NULL OR p.slug IS NOT NULL OR t.slug IS NOT NULL OR d.id IS NOT NULL`,
    [JSON.stringify(steps)],
  );
  const found = new Map(
    rows.map((row) => [
      `${row.kind} ${row.slug}`,
      row.cards === null ? {} : { cardCount: row.cards },
    ]),
  );
  return (kind, slug) => found.get(`${kind} ${slug}`);
}

/** 72 random bits only clash after billions of paths; a clash just draws again. */
const ID_ATTEMPTS = 3;

/**
 * Stores checked steps and returns the path's id; the same steps stored before
 * return that path's id (the unique hash), so a double tap on "share" is one path.
 */
export async function insertPath(db: Queryable, steps: readonly PathStepInput[]): Promise<string> {
  const json = JSON.stringify(steps);
  const hash = createHash('sha256').update(json).digest('base64url');
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    // Without a conflict target, a clash on the id or on the hash inserts nothing.
    const [inserted] = await db.query<{ id: string }>(
      `INSERT INTO paths (id, steps, steps_hash) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [newPathId(), json, hash],
    );
    if (inserted) return inserted.id;
    // A concurrent insert of the same steps has committed by now (ON CONFLICT waits).
    const [existing] = await db.query<{ id: string }>(
      'SELECT id FROM paths WHERE steps_hash = $1',
      [hash],
    );
    if (existing) return existing.id;
  }
  throw new Error(`No free path id after ${ID_ATTEMPTS} attempts`);
}

/**
 * A path with each step resolved against current content, in order: steps whose
 * target was unpublished (or whose debate was archived) since are left out, and `cardsSeen` never exceeds what a
 * story has now. The time is written as JavaScript's `toISOString()` writes it.
 */
export async function getPath(db: Queryable, id: string): Promise<SharedPath | null> {
  const [row] = await db.query<{ path: SharedPath }>(
    `SELECT json_build_object(
       'id', p.id,
       'createdAt', to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'steps', COALESCE((
         SELECT json_agg(CASE ps.step->>'kind'
           WHEN 'story' THEN json_build_object(
             'kind', 'story', 'slug', s.slug,
             'cardsSeen', LEAST((ps.step->>'cardsSeen')::int, (ss.summary->>'cardCount')::int),
             'story', ss.summary)
           WHEN 'person' THEN json_build_object(
             'kind', 'person', 'slug', pe.slug,
             'person', json_build_object('slug', pe.slug, 'name', pe.name, 'role', pe.role, 'portrait', pe.portrait))
           WHEN 'theme' THEN json_build_object(
             'kind', 'theme', 'slug', t.slug,
             'theme', json_build_object('slug', t.slug, 'name', t.name, 'color', t.color, 'intro', t.intro))
           ELSE json_build_object('kind', 'debate', 'slug', ds.summary->>'slug', 'debate', ds.summary)
           END ORDER BY ps.position)
         FROM jsonb_array_elements(p.steps) WITH ORDINALITY AS ps(step, position)
         LEFT JOIN stories s ON ps.step->>'kind' = 'story' AND s.slug = ps.step->>'slug'
         LEFT JOIN LATERAL (
           SELECT (${storySummaryJson('s')})::jsonb AS summary WHERE s.id IS NOT NULL) ss ON true
         LEFT JOIN people pe ON ps.step->>'kind' = 'person' AND pe.slug = ps.step->>'slug'
         LEFT JOIN themes t ON ps.step->>'kind' = 'theme' AND t.slug = ps.step->>'slug'
         -- In Movement's own summary (server/in-movement/sql.ts), as its debate list draws it.
         LEFT JOIN LATERAL (
           SELECT (${debateJson()})::jsonb AS summary
           FROM debates d ${DEBATE_SUMMARY_JOINS}
           WHERE ps.step->>'kind' = 'debate' AND d.slug = ps.step->>'slug' AND d.archived_at IS NULL
         ) ds ON true
         WHERE s.id IS NOT NULL OR pe.slug IS NOT NULL OR t.slug IS NOT NULL
           OR ds.summary IS NOT NULL), '[]')
     ) AS path
     FROM paths p WHERE p.id = $1`,
    [id],
  );
  return row?.path ?? null;
}

/**
 * Whether a stored path names a debate: such a path is drawn fresh on every read, as
 * In Movement's own reads are, since a debate's counts and archiving move no content
 * version (docs/decisions/022).
 */
export async function pathHasDebates(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db.query<{ debates: boolean }>(
    `SELECT steps @> '[{"kind":"debate"}]'::jsonb AS debates FROM paths WHERE id = $1`,
    [id],
  );
  return row?.debates === true;
}
