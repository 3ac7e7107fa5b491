/**
 * Who a mocked request comes from. A signed-in scenario (`as-curator`…) signs every
 * request in as that role's demo account; a test may sign one in with
 * signInMockAs; otherwise it is whoever signed in through the mocked sign-in
 * (mocks/handlers/auth.ts), or nobody.
 */
import type { Account, Role } from '../contract/schemas.ts';
import { demoAccounts } from './fixtures/in-movement.ts';
import {
  imState,
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

/** Undefined: no test override; null: a test signed out. An e-mail otherwise. */
let testSignedIn: string | null | undefined;

function personByEmail(email: string): PersonRow | undefined {
  const wanted = email.toLowerCase();
  return imState().people.find((p) => p.email.toLowerCase() === wanted);
}

/**
 * The `as-blocked` account: one the fixtures mark blocked, else the last participant
 * when there are several (the first stays free for `as-participant`).
 */
function blockedPerson(): PersonRow | undefined {
  const people = imState().people;
  const marked = demoAccounts.find((a) => (a as { blocked?: boolean }).blocked === true);
  if (marked) return personByEmail(marked.email);
  const participants = people.filter((p) => p.role === 'participant');
  return participants.length > 1 ? participants.at(-1) : participants[0];
}

function scenarioPerson(scenario: SignedInScenario): PersonRow | undefined {
  if (scenario === 'as-blocked') return blockedPerson();
  const role = SCENARIO_ROLES[scenario];
  const account = demoAccounts.find((a) => a.role === role);
  return account && personByEmail(account.email);
}

/**
 * The account a request is signed in as, with the store's id and blocked flag.
 * `signedIn` is the mocked sign-in's account; a blocked account's session ends there
 * (as the server ends its sessions), while a scenario's account stays signed in.
 */
export function requestAccount(scenario: Scenario, signedIn: Account | null): Account | null {
  if (isSignedInScenario(scenario)) {
    const person = scenarioPerson(scenario);
    if (!person) return null;
    // Shown blocked without blocking the row: it may be `as-participant`'s too.
    return scenario === 'as-blocked' ? { ...toAccount(person), blocked: true } : toAccount(person);
  }
  if (testSignedIn !== undefined) {
    const person = testSignedIn === null ? undefined : personByEmail(testSignedIn);
    return person ? toAccount(person) : null;
  }
  if (!signedIn) return null;
  const person = personForAccount(signedIn);
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
  if (!email || !personByEmail(email)) throw new Error(`No In Movement demo account "${who}"`);
  testSignedIn = email;
  const person = personByEmail(email);
  return person ? toAccount(person) : null;
}

/** Tests: In Movement's state back to the fixtures, the test sign-in forgotten. */
export function resetInMovementMocks(): void {
  testSignedIn = undefined;
  resetInMovementStore();
}
