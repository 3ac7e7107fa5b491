/** Person reads: a person with the stories they appear in, newest first. */
import type { Person } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';
import { storySummaryJson } from './summary-sql.ts';

export async function getPerson(db: Queryable, slug: string): Promise<Person | null> {
  const [row] = await db.query<{ person: Person }>(
    `SELECT json_build_object(
       'slug', p.slug, 'name', p.name, 'role', p.role, 'portrait', p.portrait, 'bio', p.bio,
       'stories', COALESCE((
         SELECT json_agg(${storySummaryJson('s')} ORDER BY s.published_at DESC, s.slug ASC)
         FROM story_people sp JOIN stories s ON s.id = sp.story_id
         WHERE sp.person_slug = p.slug), '[]')
     ) AS person
     FROM people p WHERE p.slug = $1`,
    [slug],
  );
  return row?.person ?? null;
}
