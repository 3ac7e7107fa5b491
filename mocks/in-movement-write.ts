// Over 300 lines: one module for every In Movement write, so their shared checks stay in one place.
/**
 * In Movement's writes for the mocks, with the server's rules: who may write
 * (server/auth/current.ts requireWriter), idempotent contributions, reports once and
 * never one's own, the hide past the threshold, curation and moderation, each
 * curator action and automatic hide written to the public log.
 */
import {
  ACCOUNT_BLOCKED,
  ALREADY_REPORTED,
  type ApiFailure,
  conflict,
  DEBATE_CLOSED,
  NOT_SIGNED_IN,
  notFound,
  OWN_CONTRIBUTION,
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
  toContribution,
  toCuratedItem,
  toDebate,
  toReply,
} from './in-movement-read.ts';
import {
  type ContributionRow,
  imState,
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

function badRequest(field: string, message: string): ApiFailure {
  return {
    ok: false,
    status: 400,
    code: 'bad_request',
    message: `Invalid ${field}: ${message}`,
    field,
  };
}

function writeLog(
  action: ModerationLogEntry['action'],
  actor: Account | null,
  subject: ModerationLogEntry['subject'],
  reason = '',
): ModerationLogEntry {
  const entry: ModerationLogEntry = {
    id: nextId('log'),
    at: now(),
    action,
    actor: actor ? (personById(actor.id)?.displayName ?? actor.displayName) : null,
    subject,
    reason,
  };
  imState().log.push(entry);
  return entry;
}

function contributionSubject(row: ContributionRow): ModerationLogEntry['subject'] {
  return { kind: 'contribution', id: row.id, debate: row.debate };
}

function asCreated(row: ContributionRow, viewer: Account): Contribution | Reply {
  return row.parentId === null ? toContribution(row, viewer) : toReply(row, viewer);
}

/**
 * A contribution or reply. The same idempotency key from the same account answers
 * the first one again (`replayed`), whatever happened to the debate since.
 */
export function createContribution(
  account: Account,
  slug: string,
  input: ContributionInput,
): { ok: true; body: Contribution | Reply; replayed: boolean } | ApiFailure {
  const debate = findDebate(slug);
  if (!debate) return notFound('debate', 'slug', slug);
  const earlier = imState().contributions.find(
    (c) => c.authorId === account.id && c.idempotencyKey === input.idempotencyKey,
  );
  if (earlier) return { ok: true, body: asCreated(earlier, account), replayed: true };
  if (debate.state === 'closed' || debate.archived) return DEBATE_CLOSED;
  let parentId: string | null = null;
  if ('parentId' in input) {
    const parent = findContribution(input.parentId);
    if (!parent || parent.debate !== slug) {
      return {
        ...notFound('contribution', 'parentId', input.parentId),
        status: 400,
        code: 'bad_request',
      };
    }
    if (parent.parentId !== null) return REPLY_TO_REPLY;
    parentId = parent.id;
  }
  const row: ContributionRow = {
    id: nextId('contribution'),
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
  imState().contributions.push(row);
  return { ok: true, body: asCreated(row, account), replayed: false };
}

/** Once per person, never one's own; at the threshold of open reports it hides, logged. */
export function reportContribution(
  account: Account,
  id: string,
  input: { reason: ReportReason; note?: string | undefined },
): Outcome<{ status: 'reported'; hidden: boolean }> {
  const row = findContribution(id);
  if (!row) return notFound('contribution', 'id', id);
  if (row.authorId === account.id) return OWN_CONTRIBUTION;
  const reports = imState().reports;
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
    writeLog('auto-hide', null, contributionSubject(row), `${open} reports`);
  }
  return { ok: true, body: { status: 'reported', hidden } };
}

/** Restore, remove with a public reason, or block the author (their words removed too). */
export function moderateContribution(
  account: Account,
  id: string,
  input: { action: 'restore' | 'remove' | 'block-author'; reason: string },
): Outcome<ModerationLogEntry> {
  const row = findContribution(id);
  if (!row) return notFound('contribution', 'id', id);
  const reason = input.reason.trim();
  const hasOpenReports = imState().reports.some((r) => r.contributionId === id && !r.reviewed);
  if (input.action !== 'restore' && reason === '') {
    return badRequest('reason', 'a public reason is required to remove or block');
  }
  if (input.action === 'restore' && row.state === 'visible' && !hasOpenReports) {
    return conflict('This contribution is visible and has no reports to review.');
  }
  if (input.action === 'remove' && row.state === 'removed') {
    return conflict('This contribution was already removed.');
  }
  const author = personById(row.authorId);
  if (input.action === 'block-author') {
    if (!author) return conflict('The author deleted their account.');
    if (author.blocked) return conflict('The author is already blocked.');
    author.blocked = true;
  }
  for (const report of imState().reports) if (report.contributionId === id) report.reviewed = true;
  if (input.action === 'restore') {
    row.state = 'visible';
    row.removedReason = null;
  } else {
    row.state = 'removed';
    row.removedReason = reason;
  }
  return { ok: true, body: writeLog(input.action, account, contributionSubject(row), reason) };
}

/** Pin, feature, close with a conclusion, archive; each change logged. */
export function curateDebate(
  account: Account,
  slug: string,
  input: {
    pinned?: boolean | undefined;
    featured?: boolean | undefined;
    close?: { conclusion: string } | undefined;
    archived?: true | undefined;
  },
): Outcome<Debate> {
  const debate = findDebate(slug);
  if (!debate) return notFound('debate', 'slug', slug);
  if (debate.archived) return conflict('This debate is archived: it can no longer change.');
  if (input.close && debate.state === 'closed') {
    return conflict('This debate is already closed.', 'close');
  }
  const subject = { kind: 'debate', slug } as const;
  if (input.pinned !== undefined && input.pinned !== debate.pinned) {
    debate.pinned = input.pinned;
    writeLog(input.pinned ? 'pin' : 'unpin', account, subject);
  }
  if (input.featured !== undefined && input.featured !== debate.featured) {
    debate.featured = input.featured;
    writeLog(input.featured ? 'feature' : 'unfeature', account, subject);
  }
  if (input.close) {
    debate.state = 'closed';
    debate.conclusion = input.close.conclusion;
    writeLog('close', account, subject);
  }
  if (input.archived) {
    debate.archived = true;
    writeLog('archive', account, subject);
  }
  return { ok: true, body: toDebate(debate) };
}

export function createCurated(
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
  if (!imState().themes.some((t) => t.slug === input.theme)) {
    return badRequest('theme', `no theme "${input.theme}"`);
  }
  const unknown = input.debates.find((slug) => !findDebate(slug));
  if (unknown !== undefined) return badRequest('debates', `no debate "${unknown}"`);
  const row = {
    id: nextId('curated'),
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
  imState().curated.push(row);
  return { ok: true, body: toCuratedItem(row) };
}

export function curateCurated(
  account: Account,
  id: string,
  input: {
    pinned?: boolean | undefined;
    featured?: boolean | undefined;
    archived?: true | undefined;
  },
): Outcome<CuratedItem> {
  const item = findCurated(id);
  if (!item) return notFound('curated item', 'id', id);
  if (item.archived) return conflict('This item is archived: it can no longer change.');
  const subject = { kind: 'curated', id } as const;
  if (input.pinned !== undefined && input.pinned !== item.pinned) {
    item.pinned = input.pinned;
    writeLog(input.pinned ? 'pin' : 'unpin', account, subject);
  }
  if (input.featured !== undefined && input.featured !== item.featured) {
    item.featured = input.featured;
    writeLog(input.featured ? 'feature' : 'unfeature', account, subject);
  }
  if (input.archived) {
    item.archived = true;
    writeLog('archive', account, subject);
  }
  return { ok: true, body: toCuratedItem(item) };
}
