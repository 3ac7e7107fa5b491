// Over 300 lines: every In Movement read in one module, so their shared orders and shapes stay together.
/**
 * In Movement's read model for the mocks: the rules the server applies in SQL,
 * written over the store's arrays. Everything returned is typed by the contract.
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
  imState,
  now,
  pageOf,
  personById,
} from './in-movement-store.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

const CURATOR_ROLES = new Set(['curator', 'admin']);

export function isCurator(account: Account | null): boolean {
  return account !== null && CURATOR_ROLES.has(account.role);
}

function publicPerson(id: string | null): PublicPerson | null {
  const person = personById(id);
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
export function findDebate(slug: string): DebateRow | undefined {
  return imState().debates.find((d) => d.slug === slug);
}

/** A debate readers and writers can reach: archived ones are gone (404). */
export function findLiveDebate(slug: string): DebateRow | undefined {
  const debate = findDebate(slug);
  return debate && !debate.archived ? debate : undefined;
}

/** Open until a curator closes it or its closing date passes. */
export function stateOf(debate: DebateRow): 'open' | 'closed' {
  return debate.state === 'open' && debate.closesAt > now() ? 'open' : 'closed';
}

function balanceOf(slug: string): Balance {
  const balance: Balance = { for: 0, neutral: 0, against: 0 };
  for (const c of imState().contributions) {
    if (c.debate === slug && c.parentId === null && c.state === 'visible' && c.stance) {
      balance[c.stance] += 1;
    }
  }
  return balance;
}

/** A debate as lists and shared paths (mocks/paths.ts) draw it. */
export function toDebateSummary(debate: DebateRow): DebateSummary {
  const visible = imState().contributions.filter(
    (c) => c.debate === debate.slug && c.state === 'visible',
  );
  return {
    slug: debate.slug,
    lang: debate.lang,
    question: debate.question,
    theme: debate.theme,
    expert: publicPerson(debate.expertId),
    state: stateOf(debate),
    opensAt: debate.opensAt,
    closesAt: debate.closesAt,
    pinned: debate.pinned,
    featured: debate.featured,
    cover: debate.cover,
    balance: balanceOf(debate.slug),
    contributionCount: visible.length,
  };
}

export function toDebate(debate: DebateRow): Debate {
  return {
    ...toDebateSummary(debate),
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

export function listDebates(query: {
  theme?: string | undefined;
  state?: 'open' | 'closed' | undefined;
  cursor?: string | undefined;
  limit: number;
}): Page<DebateSummary> {
  const debates = imState().debates;
  const listed = debates.filter(
    (d) =>
      !d.archived &&
      (query.theme === undefined || d.theme === query.theme) &&
      (query.state === undefined || stateOf(d) === query.state),
  );
  const page = pageOf('debate', listed, compareDebates, query, (id) =>
    debates.find((d) => d.id === id),
  );
  return { items: page.items.map(toDebateSummary), nextCursor: page.nextCursor };
}

// ——— Contributions ———

export function findContribution(id: string): ContributionRow | undefined {
  return imState().contributions.find((c) => c.id === id);
}

/** Whose words stand out: the debate's expert, then curators and admins. */
function voiceOf(row: ContributionRow): 'expert' | 'curator' | 'participant' {
  const author = personById(row.authorId);
  if (!author) return 'participant';
  if (findDebate(row.debate)?.expertId === author.id) return 'expert';
  return CURATOR_ROLES.has(author.role) ? 'curator' : 'participant';
}

function reportedBy(row: ContributionRow, viewer: Account | null): boolean {
  return (
    viewer !== null &&
    imState().reports.some((r) => r.contributionId === row.id && r.reporterId === viewer.id)
  );
}

/** What everybody sees of a contribution: hidden text stays out of public answers. */
function baseOf(row: ContributionRow, viewer: Account | null, withHiddenText = false) {
  return {
    id: row.id,
    debate: row.debate,
    author: publicPerson(row.authorId),
    voice: voiceOf(row),
    body: row.state === 'visible' || withHiddenText ? row.body : '',
    state: row.state,
    removedReason: row.removedReason,
    createdAt: row.createdAt,
    reportedByMe: reportedBy(row, viewer),
  };
}

function repliesOf(parentId: string): ContributionRow[] {
  return imState()
    .contributions.filter((c) => c.parentId === parentId)
    .sort((a, b) => -newestFirst(a, b, (c) => c.createdAt));
}

export function toReply(row: ContributionRow, viewer: Account | null): Reply {
  return { ...baseOf(row, viewer), parentId: row.parentId ?? '' };
}

export function toContribution(row: ContributionRow, viewer: Account | null): Contribution {
  return {
    ...baseOf(row, viewer),
    stance: row.stance ?? 'neutral',
    replies: repliesOf(row.id).map((reply) => toReply(reply, viewer)),
  };
}

function visibleReplyCount(row: ContributionRow): number {
  return imState().contributions.filter((c) => c.parentId === row.id && c.state === 'visible')
    .length;
}

/** Top-level contributions (hidden ones too, without their text), newest or most replied first. */
export function listContributions(
  slug: string,
  query: { sort: 'recent' | 'replies'; cursor?: string | undefined; limit: number },
  viewer: Account | null,
): Page<Contribution> {
  const recent = (a: ContributionRow, b: ContributionRow) => newestFirst(a, b, (c) => c.createdAt);
  const counts = new Map<string, number>();
  const replies = (row: ContributionRow) => {
    if (!counts.has(row.id)) counts.set(row.id, visibleReplyCount(row));
    return counts.get(row.id) ?? 0;
  };
  const compare =
    query.sort === 'replies'
      ? (a: ContributionRow, b: ContributionRow) => replies(b) - replies(a) || recent(a, b)
      : recent;
  const all = imState().contributions;
  const top = all.filter((c) => c.debate === slug && c.parentId === null);
  // The cursor's record must be of this debate, as on the server.
  const page = pageOf('contribution', top, compare, query, (id) =>
    all.find((c) => c.id === id && c.debate === slug),
  );
  return {
    items: page.items.map((row) => toContribution(row, viewer)),
    nextCursor: page.nextCursor,
  };
}

// ——— Moderation ———

function openReports(id: string) {
  return imState().reports.filter((r) => r.contributionId === id && !r.reviewed);
}

/**
 * Hidden pending review first, then visible ones reported since their last review;
 * the most reported first within each, then the newest.
 */
export function moderationQueue(
  query: { cursor?: string | undefined; limit: number },
  viewer: Account | null,
): Page<ModerationItem> {
  const all = imState().contributions;
  const live = (row: ContributionRow) => openReports(row.id).length;
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
        ...baseOf(row, viewer, true),
        parentId: row.parentId,
        stance: row.stance,
      },
      debate: { slug: row.debate, question: findDebate(row.debate)?.question ?? '' },
      reports: openReports(row.id)
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
export function moderationLog(query: {
  cursor?: string | undefined;
  limit: number;
}): Page<ModerationLogEntry> {
  return pageOf('log', imState().log, (a, b) => Number(b.id) - Number(a.id), query);
}

// ——— Curated items ———

export function findCurated(id: string): CuratedRow | undefined {
  return imState().curated.find((c) => c.id === id);
}

/** Neutral slate for a theme that left the list. */
const FALLBACK_COLOR = '#475569';

/** Built from what the curator typed: the URL's host, its initial, the theme's colour. */
export function previewOf(url: string, theme: string): CuratedItem['preview'] {
  const color = imState().themes.find((t) => t.slug === theme)?.color ?? FALLBACK_COLOR;
  return linkPreview(url, color);
}

export function toCuratedItem(row: CuratedRow): CuratedItem {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    commentary: row.commentary,
    theme: row.theme,
    signal: row.signal,
    // Archived debates drop out of the items that fed them; by slug, as the server lists them.
    debates: row.debates.filter((slug) => findLiveDebate(slug) !== undefined).sort(),
    curator: publicPerson(row.curatorId),
    publishedAt: row.publishedAt,
    pinned: row.pinned,
    featured: row.featured,
    preview: previewOf(row.url, row.theme),
  };
}

/** Pinned, then featured, then newest; archived ones never. */
export function listCurated(query: {
  theme?: string | undefined;
  debate?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}): Page<CuratedItem> {
  const all = imState().curated;
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
  return { items: page.items.map(toCuratedItem), nextCursor: page.nextCursor };
}
