/**
 * The signed-in person's own records in the mocks' In Movement store, as the server
 * keeps them (server/queries/account.ts): a profile change shows wherever the
 * person's name does, for the mock session's life; the export lists what the store
 * holds about them; a deletion leaves their words authored by no one. Each takes the
 * store the request uses (`db`: the process's or a board frame's).
 */
import type { Account, AccountExport, ProfileInput } from '../contract/schemas.ts';
import { type InMovementState, personById } from './in-movement-store.ts';

/** Saves the profile on the person's row; the account as it now reads. */
export function saveProfile(
  db: InMovementState,
  account: Account,
  profile: Required<ProfileInput>,
): Account {
  const person = personById(db, account.id);
  if (person) Object.assign(person, profile);
  return { ...account, ...profile };
}

/** The export's columns of a row. */
function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

/** Oldest first, then by id, as the server's `ORDER BY created_at, id`. */
function byTimeThen<T extends Record<K | I, string>, K extends string, I extends string>(
  time: K,
  id: I,
) {
  return (a: T, b: T) =>
    a[time] < b[time] ? -1 : a[time] > b[time] ? 1 : Number(a[id]) - Number(b[id]);
}

/** What the store holds about the account, ordered as the server's export. */
export function accountRecords(
  db: InMovementState,
  account: Account,
): Pick<AccountExport, 'contributions' | 'reports'> {
  const contributions = db.contributions
    .filter((c) => c.authorId === account.id)
    .sort(byTimeThen('createdAt', 'id'))
    .map((c) => pick(c, ['id', 'debate', 'parentId', 'stance', 'body', 'state', 'createdAt']));
  const reports = db.reports
    .filter((r) => r.reporterId === account.id)
    .sort(byTimeThen('createdAt', 'contributionId'))
    .map((r) => pick(r, ['contributionId', 'reason', 'note', 'createdAt']));
  return { contributions, reports };
}

/**
 * Erases the person: their reports go, their contributions, debates and curated
 * items stay authored by no one ("deleted account"), their write counter goes.
 */
export function forgetAccount(db: InMovementState, account: Account): void {
  const id = account.id;
  db.people = db.people.filter((p) => p.id !== id);
  db.reports = db.reports.filter((r) => r.reporterId !== id);
  for (const c of db.contributions) if (c.authorId === id) c.authorId = null;
  for (const d of db.debates) if (d.expertId === id) d.expertId = null;
  for (const item of db.curated) if (item.curatorId === id) item.curatorId = null;
  db.accountWrites.delete(id);
}
