// Over 300 lines: one module for every In Movement write, so their shared checks stay in one place.
/**
 * In Movement's writes for the mocks, with the server's rules: who may write
 * (server/auth/current.ts requireWriter), idempotent contributions, reports once and
 * never one's own, the hide past the threshold, curation and moderation, each
 * curator action and automatic hide written to the public log. Each write changes
 * the store it is given (`db`: the process's or a board frame's).
 */
import {
  ACCOUNT_BLOCKED,
  ALREADY_REPORTED,
  type ApiFailure,
  conflict,
  DEBATE_CLOSED,
  invalidField,
  KEY_REUSED,
  NOT_SIGNED_IN,
  notFound,
  OWN_CONTRIBUTION,
  PARENT_HIDDEN,
  REPLY_TO_REPLY,
  ROLE_REQUIRED,
} from '../contract/failures.ts';
import type {
  Contribution,
  ContributionInput,
  CuratedItem,
  Debate,
  ModerationLogEntry,
  Reply,
  ReportReason,
} from '../contract/in-movement.ts';
import type { Account, Role } from '../contract/schemas.ts';
import {
  findContribution,
  findCurated,
  findDebate,
  findLiveDebate,
  stateOf,
  toContribution,
  toCuratedItem,
  toDebate,
  toReply,
} from './in-movement-read.ts';
import {
  type ContributionRow,
  type InMovementState,
  nextId,
  now,
  personById,
  REPORT_THRESHOLD,
} from './in-movement-store.ts';

export const CURATOR_ROLES: readonly Role[] = ['curator', 'admin'];

type Outcome<T> = { ok: true; body: T } | ApiFailure;

/** The checks before any write by a person: signed in, not blocked, the right role. */
export function checkWriter(account: Account | null, roles?: readonly Role[]): ApiFailure | null {
  if (!account) return NOT_SIGNED_IN;
  if (account.blocked) return ACCOUNT_BLOCKED;
  if (roles && !roles.includes(account.role)) return ROLE_REQUIRED;
  return null;
}

function writeLog(
  db: InMovementState,
  action: ModerationLogEntry['action'],
  actor: Account | null,
  subject: ModerationLogEntry['subject'],
  reason = '',
): ModerationLogEntry {
  const entry: ModerationLogEntry = {
    id: nextId(db, 'log'),
    at: now(),
    action,
    actor: actor ? (personById(db, actor.id)?.displayName ?? actor.displayName) : null,
    subject,
    reason,
  };
  db.log.push(entry);
  return entry;
}

function contributionSubject(row: ContributionRow): ModerationLogEntry['subject'] {
  return { kind: 'contribution', id: row.id, debate: row.debate };
}

function asCreated(
  db: InMovementState,
  row: ContributionRow,
  viewer: Account,
): Contribution | Reply {
  return row.parentId === null ? toContribution(db, row, viewer) : toReply(db, row, viewer);
}

/**
 * A contribution or reply. The same idempotency key from the same account answers
 * the first one again (`replayed`), whatever happened to the debate since; the same
 * key on another debate is a conflict (the server's order of checks, throughout).
 */
export function createContribution(
  db: InMovementState,
  account: Account,
  slug: string,
  input: ContributionInput,
): { ok: true; body: Contribution | Reply; replayed: boolean } | ApiFailure {
  const earlier = db.contributions.find(
    (c) => c.authorId === account.id && c.idempotencyKey === input.idempotencyKey,
  );
  if (earlier) {
    if (earlier.debate !== slug) return KEY_REUSED;
    return { ok: true, body: asCreated(db, earlier, account), replayed: true };
  }
  const debate = findLiveDebate(db, slug);
  if (!debate) return notFound('debate', 'slug', slug);
  if (stateOf(debate) !== 'open') return DEBATE_CLOSED;
  let parentId: string | null = null;
  if ('parentId' in input) {
    const parent = findContribution(db, input.parentId);
    if (!parent || parent.debate !== slug) {
      return notFound('contribution', 'parentId', input.parentId);
    }
    if (parent.parentId !== null) return REPLY_TO_REPLY;
    if (parent.state !== 'visible') return PARENT_HIDDEN;
    parentId = parent.id;
  }
  const row: ContributionRow = {
    id: nextId(db, 'contribution'),
    debate: slug,
    parentId,
    authorId: account.id,
    stance: 'stance' in input ? input.stance : null,
    body: input.body,
    state: 'visible',
    removedReason: null,
    idempotencyKey: input.idempotencyKey,
    createdAt: now(),
  };
  db.contributions.push(row);
  return { ok: true, body: asCreated(db, row, account), replayed: false };
}

/** Once per person, never one's own; at the threshold of open reports it hides, logged. */
export function reportContribution(
  db: InMovementState,
  account: Account,
  id: string,
  input: { reason: ReportReason; note?: string | undefined },
): Outcome<{ status: 'reported'; hidden: boolean }> {
  const row = findContribution(db, id);
  if (!row) return notFound('contribution', 'id', id);
  if (row.authorId === account.id) return OWN_CONTRIBUTION;
  const reports = db.reports;
  if (reports.some((r) => r.contributionId === id && r.reporterId === account.id)) {
    return ALREADY_REPORTED;
  }
  reports.push({
    contributionId: id,
    reporterId: account.id,
    reason: input.reason,
    note: input.note ?? '',
    createdAt: now(),
    reviewed: false,
  });
  const open = reports.filter((r) => r.contributionId === id && !r.reviewed).length;
  const hidden = row.state === 'visible' && open >= REPORT_THRESHOLD;
  if (hidden) {
    row.state = 'pending';
    writeLog(db, 'auto-hide', null, contributionSubject(row));
  }
  return { ok: true, body: { status: 'reported', hidden } };
}

export const REASON_REQUIRED: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'Invalid reason: removing or blocking needs a public reason',
  field: 'reason',
};

/** Restore, remove with a public reason, or block the author (which also removes it). */
export function moderateContribution(
  db: InMovementState,
  account: Account,
  id: string,
  { action, reason }: { action: 'restore' | 'remove' | 'block-author'; reason: string },
): Outcome<ModerationLogEntry> {
  if (action !== 'restore' && reason.trim() === '') return REASON_REQUIRED;
  const row = findContribution(db, id);
  if (!row) return notFound('contribution', 'id', id);
  const openReports = db.reports.filter((r) => r.contributionId === id && !r.reviewed);
  if (action === 'restore') {
    if (row.state === 'visible' && openReports.length === 0) {
      return conflict('Nothing to restore: it is visible and has no reports to review.');
    }
  } else {
    if (action === 'remove' && row.state === 'removed') {
      return conflict('This contribution is already removed.');
    }
    if (action === 'block-author') {
      const author = personById(db, row.authorId);
      if (!author) return conflict('Its author deleted their account: there is no one to block.');
      if (author.role === 'curator' || author.role === 'admin') {
        return conflict('Curators and admins cannot be blocked.');
      }
      if (author.blocked && row.state === 'removed') {
        return conflict('Its author is already blocked and it is already removed.');
      }
      // Blocked: no more writes; a session signed in through the mocked sign-in ends.
      author.blocked = true;
    }
  }
  for (const report of openReports) report.reviewed = true;
  if (action === 'restore') {
    row.state = 'visible';
    row.removedReason = null;
  } else {
    row.state = 'removed';
    row.removedReason = reason;
  }
  return { ok: true, body: writeLog(db, action, account, contributionSubject(row), reason) };
}

/** Pin, feature, close with a conclusion, archive; each change logged. */
export function curateDebate(
  db: InMovementState,
  account: Account,
  slug: string,
  input: {
    pinned?: boolean | undefined;
    featured?: boolean | undefined;
    close?: { conclusion: string } | undefined;
    archived?: true | undefined;
  },
): Outcome<Debate> {
  const debate = findDebate(db, slug);
  if (!debate) return notFound('debate', 'slug', slug);
  if (debate.archived) return conflict('This debate is archived: it no longer changes.');
  if (input.close && debate.state === 'closed') {
    return conflict('This debate is already closed.', 'close');
  }
  const subject = { kind: 'debate', slug } as const;
  if (input.pinned !== undefined && input.pinned !== debate.pinned) {
    debate.pinned = input.pinned;
    writeLog(db, input.pinned ? 'pin' : 'unpin', account, subject);
  }
  if (input.featured !== undefined && input.featured !== debate.featured) {
    debate.featured = input.featured;
    writeLog(db, input.featured ? 'feature' : 'unfeature', account, subject);
  }
  if (input.close) {
    debate.state = 'closed';
    debate.conclusion = input.close.conclusion;
    writeLog(db, 'close', account, subject);
  }
  if (input.archived) {
    debate.archived = true;
    writeLog(db, 'archive', account, subject);
  }
  return { ok: true, body: toDebate(db, debate) };
}

export function createCurated(
  db: InMovementState,
  account: Account,
  input: {
    url: string;
    title: string;
    commentary: string;
    theme: string;
    signal: CuratedItem['signal'];
    debates: string[];
  },
): Outcome<CuratedItem> {
  if (!db.themes.some((t) => t.slug === input.theme)) {
    return invalidField('theme', `no In Movement theme "${input.theme}"`);
  }
  const unknown = input.debates.find((slug) => !findLiveDebate(db, slug));
  if (unknown !== undefined) return invalidField('debates', `no debate "${unknown}"`);
  const row = {
    id: nextId(db, 'curated'),
    url: input.url,
    title: input.title,
    commentary: input.commentary,
    theme: input.theme,
    signal: input.signal,
    debates: [...new Set(input.debates)],
    curatorId: account.id,
    publishedAt: now(),
    pinned: false,
    featured: false,
    archived: false,
  };
  db.curated.push(row);
  return { ok: true, body: toCuratedItem(db, row) };
}

export function curateCurated(
  db: InMovementState,
  account: Account,
  id: string,
  input: {
    pinned?: boolean | undefined;
    featured?: boolean | undefined;
    archived?: true | undefined;
  },
): Outcome<CuratedItem> {
  const item = findCurated(db, id);
  if (!item) return notFound('curated item', 'id', id);
  if (item.archived) return conflict('This item is archived: it no longer changes.');
  const subject = { kind: 'curated', id } as const;
  if (input.pinned !== undefined && input.pinned !== item.pinned) {
    item.pinned = input.pinned;
    writeLog(db, input.pinned ? 'pin' : 'unpin', account, subject);
  }
  if (input.featured !== undefined && input.featured !== item.featured) {
    item.featured = input.featured;
    writeLog(db, input.featured ? 'feature' : 'unfeature', account, subject);
  }
  if (input.archived) {
    item.archived = true;
    writeLog(db, 'archive', account, subject);
  }
  return { ok: true, body: toCuratedItem(db, item) };
}
