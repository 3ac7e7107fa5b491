/**
 * In Movement's state for the mocks: an in-memory copy of the demo fixtures
 * (mocks/fixtures/in-movement.ts) that writes change for the life of the page or
 * process, and that tests reset between cases (resetInMovementMocks).
 *
 * Ids are handed out in fixture order, as a fresh database seeded from the same
 * fixtures numbers its rows: accounts 1…n in `demoAccounts` order; contributions
 * each followed by its replies; curated items in order. Dates come from the fixtures;
 * new rows take the mock clock's time, which tests can fix (setInMovementClock).
 */
import { InvalidCursorError } from '../contract/cursor.ts';
import type { ModerationLogEntry, ReportReason, Stance } from '../contract/in-movement.ts';
import { REPORT_THRESHOLD_DEFAULT } from '../contract/in-movement.ts';
import type { Account, Affiliation, Locale, Role, Theme } from '../contract/schemas.ts';
import {
  contributions as contributionFixtures,
  curatedItems as curatedFixtures,
  type DebateFixture,
  debates as debateFixtures,
  debateThemes,
  demoAccounts,
} from './fixtures/in-movement.ts';

export interface PersonRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  affiliation: Affiliation | null;
  bio: string;
  locale: Locale;
  blocked: boolean;
}

export interface DebateRow extends Omit<DebateFixture, 'expert'> {
  expertId: string | null;
  archived: boolean;
}

export interface ContributionRow {
  id: string;
  debate: string;
  parentId: string | null;
  authorId: string | null;
  /** Null for replies. */
  stance: Stance | null;
  body: string;
  state: 'visible' | 'pending' | 'removed';
  removedReason: string | null;
  idempotencyKey: string | null;
  createdAt: string;
}

export interface ReportRow {
  contributionId: string;
  reporterId: string;
  reason: ReportReason;
  note: string;
  createdAt: string;
  /** A curator acted on the contribution after this report: it no longer counts. */
  reviewed: boolean;
}

export interface CuratedRow {
  id: string;
  url: string;
  title: string;
  commentary: string;
  theme: string;
  signal: (typeof curatedFixtures)[number]['signal'];
  debates: string[];
  curatorId: string | null;
  publishedAt: string;
  pinned: boolean;
  featured: boolean;
  archived: boolean;
}

export interface InMovementState {
  themes: Theme[];
  people: PersonRow[];
  debates: DebateRow[];
  contributions: ContributionRow[];
  reports: ReportRow[];
  curated: CuratedRow[];
  /** Oldest first, as written; read newest first. */
  log: ModerationLogEntry[];
  next: { person: number; contribution: number; curated: number; log: number };
}

/** Distinct reporters (unreviewed reports) at which a contribution is hidden pending review. */
export const REPORT_THRESHOLD = REPORT_THRESHOLD_DEFAULT;

const HOUR_MS = 3_600_000;

function seed(): InMovementState {
  const people: PersonRow[] = demoAccounts.map((account, index) => ({
    id: String(index + 1),
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    affiliation: account.affiliation,
    bio: account.bio,
    locale: account.locale,
    // A fixture may mark an account blocked (the `as-blocked` scenario signs in as it).
    blocked: (account as { blocked?: boolean }).blocked === true,
  }));
  const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;

  const debates: DebateRow[] = debateFixtures.map(({ expert, ...debate }) => ({
    ...debate,
    expertId: idOf(expert),
    archived: false,
  }));

  let contributionId = 0;
  const contributions: ContributionRow[] = [];
  const reports: ReportRow[] = [];
  for (const fixture of contributionFixtures) {
    const id = String(++contributionId);
    const fixtureReports = fixture.reports ?? [];
    contributions.push({
      id,
      debate: fixture.debate,
      parentId: null,
      authorId: idOf(fixture.author),
      stance: fixture.stance,
      body: fixture.body,
      state: fixtureReports.length >= REPORT_THRESHOLD ? 'pending' : 'visible',
      removedReason: null,
      idempotencyKey: null,
      createdAt: fixture.at,
    });
    fixtureReports.forEach((report, index) => {
      const reporterId = idOf(report.reporter);
      if (!reporterId) return;
      reports.push({
        contributionId: id,
        reporterId,
        reason: report.reason,
        note: report.note,
        // Reports carry no date in the fixtures: one hour apart after the contribution.
        createdAt: new Date(Date.parse(fixture.at) + (index + 1) * HOUR_MS).toISOString(),
        reviewed: false,
      });
    });
    for (const reply of fixture.replies) {
      contributions.push({
        id: String(++contributionId),
        debate: fixture.debate,
        parentId: id,
        authorId: idOf(reply.author),
        stance: null,
        body: reply.body,
        state: 'visible',
        removedReason: null,
        idempotencyKey: null,
        createdAt: reply.at,
      });
    }
  }

  const curated: CuratedRow[] = curatedFixtures.map(({ key: _key, curator, ...item }, index) => ({
    ...item,
    id: String(index + 1),
    debates: [...item.debates],
    curatorId: idOf(curator),
    archived: false,
  }));

  return {
    themes: debateThemes,
    people,
    debates,
    contributions,
    reports,
    curated,
    log: [],
    next: {
      person: people.length + 1,
      contribution: contributionId + 1,
      curated: curated.length + 1,
      log: 1,
    },
  };
}

let state = seed();
let fixedNow: string | undefined;

/** The current state; writes change it in place. */
export function imState(): InMovementState {
  return state;
}

/** Back to the fixtures, the real clock and nobody signed in by a test. */
export function resetInMovementStore(): void {
  state = seed();
  fixedNow = undefined;
}

/** Fixes the time new rows get (tests and parity checks); no argument: the real clock. */
export function setInMovementClock(iso?: string): void {
  fixedNow = iso;
}

export function now(): string {
  return fixedNow ?? new Date().toISOString();
}

export function nextId(kind: keyof InMovementState['next']): string {
  return String(state.next[kind]++);
}

export function personById(id: string | null): PersonRow | undefined {
  return id === null ? undefined : state.people.find((p) => p.id === id);
}

/**
 * The store's row for a signed-in account, added on first sight (the mocks' own
 * demo account is not in the fixtures), its profile kept up to date.
 */
export function personForAccount(account: Account): PersonRow {
  const email = account.email.toLowerCase();
  let person = state.people.find((p) => p.email.toLowerCase() === email);
  if (!person) {
    person = { ...account, id: nextId('person'), blocked: account.blocked };
    state.people.push(person);
  } else {
    Object.assign(person, {
      displayName: account.displayName,
      bio: account.bio,
      affiliation: account.affiliation,
      locale: account.locale,
    });
  }
  return person;
}

export function toAccount(person: PersonRow): Account {
  const { id, email, displayName, role, bio, affiliation, locale, blocked } = person;
  return { id, email, displayName, role, bio, affiliation, locale, blocked };
}

// ——— Pages: an opaque cursor holding the offset of the next page's first row. ———

function encodeOffset(offset: number): string {
  return btoa(`im:${offset}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeOffset(cursor: string): number {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new InvalidCursorError('cursor');
  }
  const match = /^im:([1-9][0-9]{0,6})$/.exec(text);
  if (!match) throw new InvalidCursorError('cursor');
  return Number(match[1]);
}

/** One page of an ordered list; throws InvalidCursorError for a cursor not handed out here. */
export function pageOf<T>(
  ordered: readonly T[],
  cursor: string | undefined,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  const start = cursor ? decodeOffset(cursor) : 0;
  const items = ordered.slice(start, start + limit);
  const end = start + items.length;
  return { items, nextCursor: end < ordered.length ? encodeOffset(end) : null };
}
