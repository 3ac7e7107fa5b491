// Over 300 lines: the seed from the fixtures and the page cursor belong with the state they build.
/**
 * In Movement's state for the mocks: an in-memory copy of the demo fixtures
 * (mocks/fixtures/in-movement.ts) that writes change. The process keeps one, for the
 * life of the page or process, which tests reset between cases (resetInMovementMocks);
 * each of the flow board's frames gets one of its own per run (frameStore in
 * mocks/flows/frame-request.ts). Reads and writes take the store to use as their first
 * argument, `db`, as the server's queries take their database: a handler passes the one
 * its request resolved to (prepare in mocks/handlers/respond.ts), so two frames'
 * requests can interleave at any await.
 *
 * Ids are handed out as a fresh database seeded from the same fixtures numbers its
 * rows (server/in-movement/seed.ts): accounts, debates and curated items in fixture
 * order; top-level contributions by date, then replies by date; the seed's automatic
 * hides in the log. Dates come from the fixtures; new rows take the mock clock's
 * time, which tests can fix (setInMovementClock).
 */
import type { ModerationLogEntry, ReportReason, Stance } from '../contract/in-movement.ts';
import { REPORT_THRESHOLD_DEFAULT } from '../contract/in-movement.ts';
import {
  encodeListCursor,
  type InMovementList,
  listCursorId,
} from '../contract/in-movement-cursor.ts';
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
  id: string;
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
  /** Writes counted per account id in its current window (mocks/account-writes.ts). */
  accountWrites: Map<string, { windowEnd: number; hits: number }>;
  /** Who signed in through the mocked sign-in (mocks/handlers/auth.ts), if anyone. */
  signedIn: Account | null;
}

/** Distinct reporters (unreviewed reports) at which a contribution is hidden pending review. */
export const REPORT_THRESHOLD = REPORT_THRESHOLD_DEFAULT;

const HOUR_MS = 3_600_000;

/** A store as the fixtures make it, nobody signed in. */
export function seedInMovementState(): InMovementState {
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

  const debates: DebateRow[] = debateFixtures.map(({ expert, ...debate }, index) => ({
    ...debate,
    id: String(index + 1),
    expertId: idOf(expert),
    archived: false,
  }));

  // As the server's seed numbers them: every top-level contribution by date, then
  // every reply by date (a stable sort keeps the file's order between equal dates).
  const byDate = <T extends { at: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let contributionId = 0;
  const contributions: ContributionRow[] = [];
  const reports: ReportRow[] = [];
  const log: ModerationLogEntry[] = [];
  const idByKey = new Map<string, string>();
  for (const fixture of byDate(contributionFixtures)) {
    const id = String(++contributionId);
    idByKey.set(fixture.key, id);
    const fixtureReports = fixture.reports ?? [];
    const reporters = new Set(fixtureReports.map((r) => r.reporter)).size;
    contributions.push({
      id,
      debate: fixture.debate,
      parentId: null,
      authorId: idOf(fixture.author),
      stance: fixture.stance,
      body: fixture.body,
      state: reporters >= REPORT_THRESHOLD ? 'pending' : 'visible',
      removedReason: null,
      idempotencyKey: null,
      createdAt: fixture.at,
    });
    fixtureReports.forEach((report) => {
      const reporterId = idOf(report.reporter);
      if (
        !reporterId ||
        reports.some((r) => r.contributionId === id && r.reporterId === reporterId)
      )
        return;
      reports.push({
        contributionId: id,
        reporterId,
        reason: report.reason,
        note: report.note,
        // Reports carry no date in the fixtures: the server stamps them all with its
        // seed's time, so they read in reporter order. One hour after the
        // contribution, all alike, keeps that order and the mocks deterministic.
        createdAt: new Date(Date.parse(fixture.at) + HOUR_MS).toISOString(),
        reviewed: false,
      });
    });
  }
  const replies = contributionFixtures.flatMap((fixture) =>
    fixture.replies.map((reply) => ({ ...reply, parentKey: fixture.key, debate: fixture.debate })),
  );
  for (const reply of byDate(replies)) {
    contributions.push({
      id: String(++contributionId),
      debate: reply.debate,
      parentId: idByKey.get(reply.parentKey) ?? null,
      authorId: idOf(reply.author),
      stance: null,
      body: reply.body,
      state: 'visible',
      removedReason: null,
      idempotencyKey: null,
      createdAt: reply.at,
    });
  }
  // The seed's automatic hides, as if each last report had just come in.
  let logId = 0;
  for (const row of contributions) {
    if (row.state !== 'pending') continue;
    const last = reports.filter((r) => r.contributionId === row.id).at(-1);
    log.push({
      id: String(++logId),
      at: last?.createdAt ?? row.createdAt,
      action: 'auto-hide',
      actor: null,
      subject: { kind: 'contribution', id: row.id, debate: row.debate },
      reason: '',
    });
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
    log,
    next: {
      person: people.length + 1,
      contribution: contributionId + 1,
      curated: curated.length + 1,
      log: logId + 1,
    },
    accountWrites: new Map(),
    signedIn: null,
  };
}

let state = seedInMovementState();
let fixedNow: string | undefined;

/** The process's store (requests without a frame header, tests); writes change it in place. */
export function imState(): InMovementState {
  return state;
}

/**
 * The process's store back to the fixtures, the real clock and nobody signed in by a
 * test. The mocked sign-in's session stays, as it always has: tests sign it out
 * themselves (setMockSignedIn), and a suite may sign in once for several cases.
 */
export function resetInMovementStore(): void {
  state = { ...seedInMovementState(), signedIn: state.signedIn };
  fixedNow = undefined;
}

/** Fixes the time new rows get (tests and parity checks); no argument: the real clock. */
export function setInMovementClock(iso?: string): void {
  fixedNow = iso;
}

export function now(): string {
  return fixedNow ?? new Date().toISOString();
}

export function nextId(db: InMovementState, kind: keyof InMovementState['next']): string {
  return String(db.next[kind]++);
}

export function personById(db: InMovementState, id: string | null): PersonRow | undefined {
  return id === null ? undefined : db.people.find((p) => p.id === id);
}

/**
 * The store's row for a signed-in account, added on first sight (the mocks' own
 * demo account is not in the fixtures), its profile kept up to date.
 */
export function personForAccount(db: InMovementState, account: Account): PersonRow {
  const email = account.email.toLowerCase();
  let person = db.people.find((p) => p.email.toLowerCase() === email);
  if (!person) {
    person = { ...account, id: nextId(db, 'person'), blocked: account.blocked };
    db.people.push(person);
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

// ——— Pages: keyset, as the server's (contract/in-movement-cursor.ts). ———

/**
 * One page of a list in `compare` order: a cursor names the record that ended the
 * previous page, and the page starts after it in that order (even when the record has
 * since left the list). A record the list cannot find gives an empty page, as the
 * server's comparison with no row does. Throws InvalidCursorError for a bad cursor.
 */
export function pageOf<T extends { id: string }>(
  list: InMovementList,
  rows: readonly T[],
  compare: (a: T, b: T) => number,
  query: { cursor?: string | undefined; limit: number },
  find: (id: string) => T | undefined = (id) => rows.find((row) => row.id === id),
): { items: T[]; nextCursor: string | null } {
  const ordered = [...rows].sort(compare);
  const afterId = listCursorId(list, query.cursor);
  let rest = ordered;
  if (afterId !== undefined) {
    const after = find(afterId);
    rest = after ? ordered.filter((row) => compare(row, after) > 0) : [];
  }
  const items = rest.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rest.length > query.limit && last ? encodeListCursor(list, last.id) : null,
  };
}
