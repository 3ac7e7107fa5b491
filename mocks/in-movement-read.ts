// Over 300 lines: every In Movement read in one module, so their shared orders and shapes stay together.
/**
 * In Movement's read model for the mocks: the rules the server applies in SQL,
 * written over the arrays of the store each read is given (`db`: the process's or a
 * board frame's, mocks/in-movement-store.ts). Everything returned is typed by the contract.
 */
import type {
  Balance,
  Contribution,
  CuratedItem,
  Debate,
  DebateSummary,
  ModerationItem,
  ModerationLogEntry,
  PublicPerson,
  Reply,
} from '../contract/in-movement.ts';
import { linkPreview } from '../contract/link-preview.ts';
import type { Account } from '../contract/schemas.ts';
import {
  type ContributionRow,
  type CuratedRow,
  type DebateRow,
  type InMovementState,
  now,
  pageOf,
  personById,
} from './in-movement-store.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

const CURATOR_ROLES = new Set(['curator', 'admin']);

export function isCurator(account: Account | null): boolean {
  return account !== null && CURATOR_ROLES.has(account.role);
}

function publicPerson(db: InMovementState, id: string | null): PublicPerson | null {
  const person = personById(db, id);
  if (!person) return null;
  const { displayName, role, affiliation, bio } = person;
  return { id: person.id, displayName, role, affiliation, bio };
}

/** Newest first, then the larger id: a total order. */
function newestFirst<T extends { id: string }>(a: T, b: T, at: (row: T) => string): number {
  const [x, y] = [at(a), at(b)];
  if (x !== y) return x < y ? 1 : -1;
  return Number(b.id) - Number(a.id);
}

// ——— Debates ———

/** Any debate, archived ones too (curators' writes answer 409 on those). */
export function findDebate(db: InMovementState, slug: string): DebateRow | undefined {
  return db.debates.find((d) => d.slug === slug);
}

/** A debate readers and writers can reach: archived ones are gone (404). */
export function findLiveDebate(db: InMovementState, slug: string): DebateRow | undefined {
  const debate = findDebate(db, slug);
  return debate && !debate.archived ? debate : undefined;
}

/** Open until a curator closes it or its closing date passes. */
export function stateOf(debate: DebateRow): 'open' | 'closed' {
  return debate.state === 'open' && debate.closesAt > now() ? 'open' : 'closed';
}

function balanceOf(db: InMovementState, slug: string): Balance {
  const balance: Balance = { for: 0, neutral: 0, against: 0 };
  for (const c of db.contributions) {
    if (c.debate === slug && c.parentId === null && c.state === 'visible' && c.stance) {
      balance[c.stance] += 1;
    }
  }
  return balance;
}

/** A debate as lists and shared paths (mocks/paths.ts) draw it. */
export function toDebateSummary(db: InMovementState, debate: DebateRow): DebateSummary {
  const visible = db.contributions.filter((c) => c.debate === debate.slug && c.state === 'visible');
  return {
    slug: debate.slug,
    lang: debate.lang,
    question: debate.question,
    theme: debate.theme,
    expert: publicPerson(db, debate.expertId),
    state: stateOf(debate),
    opensAt: debate.opensAt,
    closesAt: debate.closesAt,
    pinned: debate.pinned,
    featured: debate.featured,
    cover: debate.cover,
    balance: balanceOf(db, debate.slug),
    contributionCount: visible.length,
  };
}

export function toDebate(db: InMovementState, debate: DebateRow): Debate {
  return {
    ...toDebateSummary(db, debate),
    framing: debate.framing,
    conclusion: debate.conclusion,
    film: debate.film,
  };
}

/** Pinned, then featured, then open before closed, then newest opening, then newest id. */
function compareDebates(a: DebateRow, b: DebateRow): number {
  return (
    Number(b.pinned) - Number(a.pinned) ||
    Number(b.featured) - Number(a.featured) ||
    Number(stateOf(b) === 'open') - Number(stateOf(a) === 'open') ||
    newestFirst(a, b, (d) => d.opensAt)
  );
}

export function listDebates(
  db: InMovementState,
  query: {
    theme?: string | undefined;
    state?: 'open' | 'closed' | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Page<DebateSummary> {
  const debates = db.debates;
  const listed = debates.filter(
    (d) =>
      !d.archived &&
      (query.theme === undefined || d.theme === query.theme) &&
      (query.state === undefined || stateOf(d) === query.state),
  );
  const page = pageOf('debate', listed, compareDebates, query, (id) =>
    debates.find((d) => d.id === id),
  );
  return { items: page.items.map((d) => toDebateSummary(db, d)), nextCursor: page.nextCursor };
}

// ——— Contributions ———

export function findContribution(db: InMovementState, id: string): ContributionRow | undefined {
  return db.contributions.find((c) => c.id === id);
}

/** Whose words stand out: the debate's expert, then curators and admins. */
function voiceOf(db: InMovementState, row: ContributionRow): 'expert' | 'curator' | 'participant' {
  const author = personById(db, row.authorId);
  if (!author) return 'participant';
  if (findDebate(db, row.debate)?.expertId === author.id) return 'expert';
  return CURATOR_ROLES.has(author.role) ? 'curator' : 'participant';
}

function reportedBy(db: InMovementState, row: ContributionRow, viewer: Account | null): boolean {
  return (
    viewer !== null &&
    db.reports.some((r) => r.contributionId === row.id && r.reporterId === viewer.id)
  );
}

/** What everybody sees of a contribution: hidden text stays out of public answers. */
function baseOf(
  db: InMovementState,
  row: ContributionRow,
  viewer: Account | null,
  withHiddenText = false,
) {
  return {
    id: row.id,
    debate: row.debate,
    author: publicPerson(db, row.authorId),
    voice: voiceOf(db, row),
    body: row.state === 'visible' || withHiddenText ? row.body : '',
    state: row.state,
    removedReason: row.removedReason,
    createdAt: row.createdAt,
    reportedByMe: reportedBy(db, row, viewer),
  };
}

function repliesOf(db: InMovementState, parentId: string): ContributionRow[] {
  return db.contributions
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => -newestFirst(a, b, (c) => c.createdAt));
}

export function toReply(db: InMovementState, row: ContributionRow, viewer: Account | null): Reply {
  return { ...baseOf(db, row, viewer), parentId: row.parentId ?? '' };
}

export function toContribution(
  db: InMovementState,
  row: ContributionRow,
  viewer: Account | null,
): Contribution {
  return {
    ...baseOf(db, row, viewer),
    stance: row.stance ?? 'neutral',
    replies: repliesOf(db, row.id).map((reply) => toReply(db, reply, viewer)),
  };
}

function visibleReplyCount(db: InMovementState, row: ContributionRow): number {
  return db.contributions.filter((c) => c.parentId === row.id && c.state === 'visible').length;
}

/** Top-level contributions (hidden ones too, without their text), newest or most replied first. */
export function listContributions(
  db: InMovementState,
  slug: string,
  query: { sort: 'recent' | 'replies'; cursor?: string | undefined; limit: number },
  viewer: Account | null,
): Page<Contribution> {
  const recent = (a: ContributionRow, b: ContributionRow) => newestFirst(a, b, (c) => c.createdAt);
  const counts = new Map<string, number>();
  const replies = (row: ContributionRow) => {
    if (!counts.has(row.id)) counts.set(row.id, visibleReplyCount(db, row));
    return counts.get(row.id) ?? 0;
  };
  const compare =
    query.sort === 'replies'
      ? (a: ContributionRow, b: ContributionRow) => replies(b) - replies(a) || recent(a, b)
      : recent;
  const all = db.contributions;
  const top = all.filter((c) => c.debate === slug && c.parentId === null);
  // The cursor's record must be of this debate, as on the server.
  const page = pageOf('contribution', top, compare, query, (id) =>
    all.find((c) => c.id === id && c.debate === slug),
  );
  return {
    items: page.items.map((row) => toContribution(db, row, viewer)),
    nextCursor: page.nextCursor,
  };
}

// ——— Moderation ———

function openReports(db: InMovementState, id: string) {
  return db.reports.filter((r) => r.contributionId === id && !r.reviewed);
}

/**
 * Hidden pending review first, then visible ones reported since their last review;
 * the most reported first within each, then the newest.
 */
export function moderationQueue(
  db: InMovementState,
  query: { cursor?: string | undefined; limit: number },
  viewer: Account | null,
): Page<ModerationItem> {
  const all = db.contributions;
  const live = (row: ContributionRow) => openReports(db, row.id).length;
  const compare = (a: ContributionRow, b: ContributionRow) =>
    Number(b.state === 'pending') - Number(a.state === 'pending') ||
    live(b) - live(a) ||
    Number(b.id) - Number(a.id);
  const inQueue = all.filter(
    (c) => c.state === 'pending' || (c.state === 'visible' && live(c) > 0),
  );
  const page = pageOf('queue', inQueue, compare, query, (id) => all.find((c) => c.id === id));
  return {
    items: page.items.map((row) => ({
      contribution: {
        ...baseOf(db, row, viewer, true),
        parentId: row.parentId,
        stance: row.stance,
      },
      debate: { slug: row.debate, question: findDebate(db, row.debate)?.question ?? '' },
      reports: openReports(db, row.id)
        .sort(
          (a, b) =>
            (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
            Number(a.reporterId) - Number(b.reporterId),
        )
        .map(({ reason, note, createdAt }) => ({ reason, note, createdAt })),
    })),
    nextCursor: page.nextCursor,
  };
}

/** Newest first: the log only grows, so its ids say its order. */
export function moderationLog(
  db: InMovementState,
  query: { cursor?: string | undefined; limit: number },
): Page<ModerationLogEntry> {
  return pageOf('log', db.log, (a, b) => Number(b.id) - Number(a.id), query);
}

// ——— Curated items ———

export function findCurated(db: InMovementState, id: string): CuratedRow | undefined {
  return db.curated.find((c) => c.id === id);
}

/** Neutral slate for a theme that left the list. */
const FALLBACK_COLOR = '#475569';

/** Built from what the curator typed: the URL's host, its initial, the theme's colour. */
export function previewOf(db: InMovementState, url: string, theme: string): CuratedItem['preview'] {
  const color = db.themes.find((t) => t.slug === theme)?.color ?? FALLBACK_COLOR;
  return linkPreview(url, color);
}

export function toCuratedItem(db: InMovementState, row: CuratedRow): CuratedItem {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    commentary: row.commentary,
    theme: row.theme,
    signal: row.signal,
    // Archived debates drop out of the items that fed them; by slug, as the server lists them.
    debates: row.debates.filter((slug) => findLiveDebate(db, slug) !== undefined).sort(),
    curator: publicPerson(db, row.curatorId),
    publishedAt: row.publishedAt,
    pinned: row.pinned,
    featured: row.featured,
    preview: previewOf(db, row.url, row.theme),
  };
}

/** Pinned, then featured, then newest; archived ones never. */
export function listCurated(
  db: InMovementState,
  query: {
    theme?: string | undefined;
    debate?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Page<CuratedItem> {
  const all = db.curated;
  const listed = all.filter(
    (c) =>
      !c.archived &&
      (query.theme === undefined || c.theme === query.theme) &&
      (query.debate === undefined || c.debates.includes(query.debate)),
  );
  const compare = (a: CuratedRow, b: CuratedRow) =>
    Number(b.pinned) - Number(a.pinned) ||
    Number(b.featured) - Number(a.featured) ||
    newestFirst(a, b, (c) => c.publishedAt);
  const page = pageOf('curated', listed, compare, query, (id) => all.find((c) => c.id === id));
  return { items: page.items.map((row) => toCuratedItem(db, row)), nextCursor: page.nextCursor };
}
