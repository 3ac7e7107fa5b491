/**
 * Over 300 lines: one store whose writes share its lock-check-apply steps, as the
 * server's studio/writes.ts does; splitting it would split the rules it mirrors.
 *
 * The studio, mocked (decision 032): every demo story starts published, as the
 * server's migration 011 adopts them; drafts, versions, revisions and schedules live
 * here for the mock session's life. `publicStories` is what visitors' handlers see
 * (scenarios.ts's dataset): published stories only, with what was published.
 */
import { type ApiFailure, notFound } from '../contract/failures.ts';
import type { Account } from '../contract/schemas.ts';
import type {
  Revision,
  StoryDocument,
  StoryField,
  StudioCreateInput,
  StudioListQuery,
  StudioPeople,
  StudioStory,
  StudioStoryList,
  StudioStorySummary,
} from '../contract/studio.ts';
import {
  ALREADY_PUBLISHED,
  changedFields,
  completeness,
  draftProblem,
  emptyDocument,
  noRevision,
  NOT_PUBLIC,
  notPublishable,
  publishable,
  revisionSummary,
  SCHEDULE_IN_PAST,
  slugTaken,
  staleVersion,
  studioSummary,
  unknownSlug,
} from '../contract/studio-rules.ts';
import { people, stories as demoStories, type StoryRecord, themes } from './fixtures/content.ts';

interface Row {
  id: number;
  slug: string;
  state: StudioStory['state'];
  version: number;
  draft: StoryDocument;
  published: StoryDocument | null;
  scheduledAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
  revisions: (Revision & { snapshot: StoryDocument })[];
}

function documentOf(record: StoryRecord): StoryDocument {
  return {
    title: record.title,
    summary: record.summary,
    kind: record.kind,
    themes: record.themes,
    people: record.people,
    cover: record.cover,
    tile: record.tile,
    related: record.related,
    publishedAt: record.publishedAt,
    cards: record.cards,
  };
}

function seed(): Row[] {
  return demoStories.map((record, index) => {
    const at = `${record.publishedAt}T00:00:00.000Z`;
    const doc = documentOf(record);
    return {
      id: index + 1,
      slug: record.slug,
      state: 'published',
      version: 1,
      draft: doc,
      published: doc,
      scheduledAt: null,
      updatedAt: at,
      updatedBy: null,
      revisions: [
        {
          version: 1,
          action: 'publish',
          at,
          by: null,
          changes: [],
          summary: revisionSummary('publish', []),
          snapshot: doc,
        },
      ],
    };
  });
}

let rows: Row[] | undefined;
/** Moves with every change, so the visitors' dataset is rebuilt only when needed. */
let generation = 0;
let fixedNow: string | undefined;

function table(): Row[] {
  rows ??= seed();
  return rows;
}

/** Tests: the studio back to the demo, the clock real. */
export function resetStudioStore(): void {
  rows = undefined;
  publishedDates.clear();
  fixedNow = undefined;
  generation += 1;
}

/** Tests and previews: the studio's now (scheduling); no argument: the real clock. */
export function setStudioClock(iso?: string): void {
  fixedNow = iso;
  generation += 1;
}

function now(): Date {
  return fixedNow ? new Date(fixedNow) : new Date();
}

export function studioGeneration(): number {
  publishDue();
  return generation;
}

function summaryOf(row: Row): StudioStorySummary {
  return studioSummary({ ...row, updatedByName: row.updatedBy });
}

function storyOf(row: Row): StudioStory {
  const ready = publishable(row.slug, row.draft, '2000-01-01');
  return {
    ...summaryOf(row),
    draft: row.draft,
    published: row.published,
    publishProblem: ready.ok ? null : ready.problem,
  };
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, ' ');

/** Most recently changed first, then the newest id (the server's order). */
export function listStudio(
  query: Required<Pick<StudioListQuery, 'limit'>> & StudioListQuery,
): StudioStoryList {
  publishDue();
  const words = fold(query.q ?? '').trim();
  const matching = [...table()]
    .sort((a, b) =>
      a.updatedAt === b.updatedAt ? b.id - a.id : a.updatedAt < b.updatedAt ? 1 : -1,
    )
    .filter((row) => query.state === undefined || row.state === query.state)
    .filter(
      (row) =>
        words === '' ||
        fold(`${row.slug} ${row.draft.title.fr} ${row.draft.title.en}`).includes(words),
    )
    .filter((row) => query.incomplete === undefined || !completeness(row.draft)[query.incomplete]);
  return { items: matching.slice(0, Number(query.limit)).map(summaryOf), total: matching.length };
}

function find(slug: string): Row | undefined {
  publishDue();
  return table().find((row) => row.slug === slug);
}

export type StudioOutcome = { ok: true; story: StudioStory } | ApiFailure;

export function getStudio(slug: string): StudioOutcome {
  const row = find(slug);
  return row ? { ok: true, story: storyOf(row) } : notFound('story', 'slug', slug);
}

export function revisionsOf(slug: string): { ok: true; items: Revision[] } | ApiFailure {
  const row = find(slug);
  if (!row) return notFound('story', 'slug', slug);
  return {
    ok: true,
    items: [...row.revisions].reverse().map(({ snapshot: _, ...revision }) => revision),
  };
}

interface Change {
  state?: Row['state'];
  draft?: StoryDocument;
  published?: StoryDocument | null;
  scheduledAt?: string | null;
  action: Revision['action'];
  changes: StoryField[];
  detail?: string;
}

function apply(row: Row, change: Change, actor: Account | null): StudioOutcome {
  const at = now().toISOString();
  row.version += 1;
  if (change.state) row.state = change.state;
  if (change.draft) row.draft = change.draft;
  if (change.published !== undefined) row.published = change.published;
  if (change.scheduledAt !== undefined) row.scheduledAt = change.scheduledAt;
  row.updatedAt = at;
  row.updatedBy = actor?.displayName ?? null;
  row.revisions.push({
    version: row.version,
    action: change.action,
    at,
    by: actor ? { name: actor.displayName } : null,
    changes: change.changes,
    summary: revisionSummary(change.action, change.changes, change.detail),
    snapshot: row.draft,
  });
  generation += 1;
  return { ok: true, story: storyOf(row) };
}

/** The story at the version the editor saw, or the refusal the server answers. */
function at(slug: string, version: number): { ok: true; row: Row } | ApiFailure {
  const row = find(slug);
  if (!row) return notFound('story', 'slug', slug);
  if (row.version === version) return { ok: true, row };
  const seen = row.revisions.find((r) => r.version === version);
  const changes = seen && version < row.version ? changedFields(seen.snapshot, row.draft) : null;
  return staleVersion({ version: row.version, by: row.updatedBy }, changes);
}

export function createStudio(input: Required<StudioCreateInput>, actor: Account): StudioOutcome {
  if (table().some((row) => row.slug === input.slug)) return slugTaken(input.slug);
  const draft = emptyDocument(input.kind, input.title);
  const row: Row = {
    id: Math.max(0, ...table().map((r) => r.id)) + 1,
    slug: input.slug,
    state: 'draft',
    version: 0,
    draft,
    published: null,
    scheduledAt: null,
    updatedAt: '',
    updatedBy: null,
    revisions: [],
  };
  table().push(row);
  return apply(row, { action: 'create', changes: [] }, actor);
}

export function saveStudio(
  slug: string,
  input: { version: number; draft: StoryDocument },
  actor: Account,
): StudioOutcome {
  const found = at(slug, input.version);
  if (!found.ok) return found;
  const problem = draftProblem(slug, input.draft);
  if (problem) return problem;
  const theme = input.draft.themes.find((t) => !themes.some((known) => known.slug === t));
  if (theme) return unknownSlug('themes', theme);
  const person = input.draft.people.find((p) => !people.some((known) => known.slug === p));
  if (person) return unknownSlug('people', person);
  const changes = changedFields(found.row.draft, input.draft);
  if (changes.length === 0) return { ok: true, story: storyOf(found.row) };
  return apply(found.row, { draft: input.draft, action: 'save', changes }, actor);
}

function publishRow(row: Row, actor: Account | null): StudioOutcome {
  const ready = publishable(row.slug, row.draft, now().toISOString().slice(0, 10));
  if (!ready.ok) return notPublishable(ready.problem);
  // The date visitors see is fixed at publishing; the draft keeps the editors' choice.
  publishedDates.set(row.slug, ready.story.publishedAt);
  const changes = row.published ? changedFields(row.published, row.draft) : [];
  return apply(
    row,
    { state: 'published', published: row.draft, scheduledAt: null, action: 'publish', changes },
    actor,
  );
}

/** Publication dates of the stories the studio published (a draft's may be null). */
const publishedDates = new Map<string, string>();

export function publishStudio(slug: string, version: number, actor: Account): StudioOutcome {
  const found = at(slug, version);
  return found.ok ? publishRow(found.row, actor) : found;
}

export function scheduleStudio(
  slug: string,
  input: { version: number; at: string },
  actor: Account,
): StudioOutcome {
  const found = at(slug, input.version);
  if (!found.ok) return found;
  if (found.row.state === 'published') return ALREADY_PUBLISHED;
  const when = new Date(input.at);
  if (when.getTime() <= now().getTime()) return SCHEDULE_IN_PAST;
  const ready = publishable(slug, found.row.draft, when.toISOString().slice(0, 10));
  if (!ready.ok) return notPublishable(ready.problem);
  const iso = when.toISOString();
  return apply(
    found.row,
    { state: 'scheduled', scheduledAt: iso, action: 'schedule', changes: [], detail: iso },
    actor,
  );
}

export function unpublishStudio(slug: string, version: number, actor: Account): StudioOutcome {
  const found = at(slug, version);
  if (!found.ok) return found;
  const { row } = found;
  if (row.state === 'published') {
    return apply(row, { state: 'unpublished', action: 'unpublish', changes: [] }, actor);
  }
  if (row.state === 'scheduled') {
    const state = row.published ? 'unpublished' : 'draft';
    return apply(row, { state, scheduledAt: null, action: 'unpublish', changes: [] }, actor);
  }
  return NOT_PUBLIC;
}

export function restoreStudio(
  slug: string,
  revision: number,
  version: number,
  actor: Account,
): StudioOutcome {
  const found = at(slug, version);
  if (!found.ok) return found;
  const seen = found.row.revisions.find((r) => r.version === revision);
  if (!seen) return noRevision(revision);
  const changes = changedFields(found.row.draft, seen.snapshot);
  return apply(
    found.row,
    { draft: seen.snapshot, action: 'restore', changes, detail: String(revision) },
    actor,
  );
}

/** Scheduled stories whose time came go public (or back to a draft if no longer ready). */
function publishDue(): void {
  const time = now().getTime();
  for (const row of rows ?? []) {
    if (row.state !== 'scheduled' || row.scheduledAt === null) continue;
    if (new Date(row.scheduledAt).getTime() > time) continue;
    const published = publishRow(row, null);
    if (!published.ok) {
      const state = row.published ? 'unpublished' : 'draft';
      apply(row, { state, scheduledAt: null, action: 'unpublish', changes: [] }, null);
    }
  }
}

/**
 * What visitors see: the demo's stories as the studio left them (unpublished ones
 * gone, published edits shown, new ones added). Untouched, the demo itself.
 */
export function publicStories(base: readonly StoryRecord[]): StoryRecord[] {
  if (rows === undefined) return [...base];
  const visible = new Map<string, StoryRecord>();
  for (const row of rows) {
    if (row.state !== 'published' || !row.published) continue;
    const doc = row.published;
    const ready = publishable(row.slug, doc, publishedDates.get(row.slug) ?? doc.publishedAt ?? '');
    if (!ready.ok) continue;
    const { cardCount: _, ...story } = ready.story;
    visible.set(row.slug, story);
  }
  return [...visible.values()];
}

/** Everyone a story may name, by slug in byte order (as the server sorts them). */
export function studioPeople(): StudioPeople {
  return {
    items: people
      .map(({ slug, name, role, portrait }) => ({ slug, name, role, portrait }))
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
  };
}
