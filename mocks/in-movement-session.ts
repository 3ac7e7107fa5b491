/**
 * Who a mocked request comes from. A signed-in scenario (`as-curator`…) signs every
 * request in as that role's demo account; a test may sign one in with
 * signInMockAs; otherwise it is whoever signed in through the mocked sign-in
 * (mocks/handlers/auth.ts), or nobody. Accounts and the mocked sign-in are read from
 * the store the request uses (`db`: the process's or a board frame's).
 */
import type { Account, Role } from '../contract/schemas.ts';
import { demoAccounts } from './fixtures/in-movement.ts';
import {
  imState,
  type InMovementState,
  personForAccount,
  type PersonRow,
  resetInMovementStore,
  toAccount,
} from './in-movement-store.ts';
import { isSignedInScenario, type Scenario, type SignedInScenario } from './scenarios.ts';

const SCENARIO_ROLES: Record<Exclude<SignedInScenario, 'as-blocked'>, Role> = {
  'as-participant': 'participant',
  'as-expert': 'expert',
  'as-curator': 'curator',
  'as-committee': 'committee',
  'as-admin': 'admin',
  'as-editor': 'editor',
};

/**
 * Undefined: no test override; null: a test signed out. An e-mail otherwise. Tests
 * only (never set in a build), so one for the process.
 */
let testSignedIn: string | null | undefined;

function personByEmail(db: InMovementState, email: string): PersonRow | undefined {
  const wanted = email.toLowerCase();
  return db.people.find((p) => p.email.toLowerCase() === wanted);
}

/**
 * The `as-blocked` account: one the fixtures mark blocked, else the last participant
 * when there are several (the first stays free for `as-participant`).
 */
function blockedPerson(db: InMovementState): PersonRow | undefined {
  const people = db.people;
  const marked = demoAccounts.find((a) => (a as { blocked?: boolean }).blocked === true);
  if (marked) return personByEmail(db, marked.email);
  const participants = people.filter((p) => p.role === 'participant');
  return participants.length > 1 ? participants.at(-1) : participants[0];
}

function scenarioPerson(db: InMovementState, scenario: SignedInScenario): PersonRow | undefined {
  if (scenario === 'as-blocked') return blockedPerson(db);
  const role = SCENARIO_ROLES[scenario];
  const account = demoAccounts.find((a) => a.role === role);
  return account && personByEmail(db, account.email);
}

/**
 * The account a request is signed in as, with the store's id and blocked flag.
 * The store's `signedIn` is the mocked sign-in's account; a blocked account's session
 * ends there (as the server ends its sessions), while a scenario's account stays signed in.
 */
export function requestAccount(db: InMovementState, scenario: Scenario): Account | null {
  if (isSignedInScenario(scenario)) {
    const person = scenarioPerson(db, scenario);
    if (!person) return null;
    // Shown blocked without blocking the row: it may be `as-participant`'s too.
    return scenario === 'as-blocked' ? { ...toAccount(person), blocked: true } : toAccount(person);
  }
  if (testSignedIn !== undefined) {
    const person = testSignedIn === null ? undefined : personByEmail(db, testSignedIn);
    return person ? toAccount(person) : null;
  }
  if (!db.signedIn) return null;
  const person = personForAccount(db, db.signedIn);
  return person.blocked ? null : toAccount(person);
}

/**
 * Tests: signs every following request in as the demo account of this e-mail or role
 * (its first account of that role), or out with null. Reset by resetInMovementMocks.
 */
export function signInMockAs(who: string | null): Account | null {
  if (who === null) {
    testSignedIn = null;
    return null;
  }
  const email = who.includes('@') ? who : demoAccounts.find((a) => a.role === who)?.email;
  if (!email || !personByEmail(imState(), email)) {
    throw new Error(`No In Movement demo account "${who}"`);
  }
  testSignedIn = email;
  const person = personByEmail(imState(), email);
  return person ? toAccount(person) : null;
}

/** Tests: In Movement's state back to the fixtures, the test sign-in forgotten. */
export function resetInMovementMocks(): void {
  testSignedIn = undefined;
  resetInMovementStore();
}
