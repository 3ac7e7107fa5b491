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

/** What the store holds about the account, ordered as the server's export. */
export function accountRecords(account: Account): Pick<AccountExport, 'contributions' | 'reports'> {
  const state = imState();
  const byTimeThen =
    <T>(time: (row: T) => string, id: (row: T) => string) =>
    (a: T, b: T) =>
      time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : Number(id(a)) - Number(id(b));
  const contributions = state.contributions
    .filter((c) => c.authorId === account.id)
    .sort(
      byTimeThen(
        (c) => c.createdAt,
        (c) => c.id,
      ),
    )
    .map(({ id, debate, parentId, stance, body, state: shown, createdAt }) => ({
      id,
      debate,
      parentId,
      stance,
      body,
      state: shown,
      createdAt,
    }));
  const reports = state.reports
    .filter((r) => r.reporterId === account.id)
    .sort(
      byTimeThen(
        (r) => r.createdAt,
        (r) => r.contributionId,
      ),
    )
    .map(({ contributionId, reason, note, createdAt }) => ({
      contributionId,
      reason,
      note,
      createdAt,
    }));
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
