/**
 * The signed-in person's own records in the mocks' In Movement store, as the server
 * keeps them (server/queries/account.ts): a profile change shows wherever the
 * person's name does, for the mock session's life; the export lists what the store
 * holds about them; a deletion leaves their words authored by no one.
 */
import type { Account, AccountExport, ProfileInput } from '../contract/schemas.ts';
import { imState, personById } from './in-movement-store.ts';

/** Saves the profile on the person's row; the account as it now reads. */
export function saveProfile(account: Account, profile: Required<ProfileInput>): Account {
  const person = personById(account.id);
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
export function accountRecords(account: Account): Pick<AccountExport, 'contributions' | 'reports'> {
  const state = imState();
  const contributions = state.contributions
    .filter((c) => c.authorId === account.id)
    .sort(byTimeThen('createdAt', 'id'))
    .map((c) => pick(c, ['id', 'debate', 'parentId', 'stance', 'body', 'state', 'createdAt']));
  const reports = state.reports
    .filter((r) => r.reporterId === account.id)
    .sort(byTimeThen('createdAt', 'contributionId'))
    .map((r) => pick(r, ['contributionId', 'reason', 'note', 'createdAt']));
  return { contributions, reports };
}

/**
 * Erases the person: their reports go, their contributions, debates and curated
 * items stay authored by no one ("deleted account"), their write counter goes.
 */
export function forgetAccount(account: Account): void {
  const state = imState();
  const id = account.id;
  state.people = state.people.filter((p) => p.id !== id);
  state.reports = state.reports.filter((r) => r.reporterId !== id);
  for (const c of state.contributions) if (c.authorId === id) c.authorId = null;
  for (const d of state.debates) if (d.expertId === id) d.expertId = null;
  for (const item of state.curated) if (item.curatorId === id) item.curatorId = null;
  state.accountWrites.delete(id);
}
