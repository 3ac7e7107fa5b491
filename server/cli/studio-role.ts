/**
 * Who may use the studio: granting `editor` or `admin` to an account, taking it back
 * (the account becomes a participant again), and listing who has it. The account
 * must exist, i.e. the person signed in once: the command never creates accounts,
 * so a mistyped address is an error rather than a stranger's account.
 * `studio-role-cli.ts` runs these on the database the server would use.
 */
import type { Role } from '../../contract/schemas.ts';
import type { Queryable } from '../db/adapter.ts';

/** The roles that open the studio (decision 032), the only ones this command grants. */
export const STUDIO_ROLES = ['editor', 'admin'] as const satisfies readonly Role[];
export type StudioRole = (typeof STUDIO_ROLES)[number];

export type RoleCommand =
  | { action: 'grant'; email: string; role: StudioRole }
  | { action: 'revoke'; email: string }
  | { action: 'list' };

/** A mistake in what was asked: said to the operator as it is, without a stack. */
export class RoleCommandError extends Error {
  override readonly name = 'RoleCommandError';
}

export const USAGE = [
  'Usage:',
  '  npm run studio:grant -- <email> editor|admin   give an account the studio',
  '  npm run studio:revoke -- <email>               take it back (participant again)',
  '  npm run studio:team                            list who has it',
  'The person must have signed in once (that creates their account).',
].join('\n');

const isStudioRole = (value: string): value is StudioRole =>
  (STUDIO_ROLES as readonly string[]).includes(value);

/** Reads `grant <email> <role>`, `revoke <email>` or `list`; throws a RoleCommandError. */
export function parseRoleCommand(argv: readonly string[]): RoleCommand {
  const [action, email, role, ...rest] = argv;
  const needEmail = () => {
    if (!email || !email.includes('@')) {
      throw new RoleCommandError(
        email ? `"${email}" is not an e-mail address.` : 'Which account? Give its e-mail address.',
      );
    }
    return email.trim();
  };
  if (action === 'grant') {
    const address = needEmail();
    if (!role) throw new RoleCommandError('Which role? editor or admin.');
    if (!isStudioRole(role)) {
      throw new RoleCommandError(
        `"${role}" is not a studio role: give editor (writes and publishes stories) or admin (the same, and moderates In Movement).`,
      );
    }
    if (rest.length > 0) throw new RoleCommandError(`Unexpected: ${rest.join(' ')}.`);
    return { action, email: address, role };
  }
  if (action === 'revoke') {
    const address = needEmail();
    if (role !== undefined) throw new RoleCommandError(`Unexpected: ${[role, ...rest].join(' ')}.`);
    return { action, email: address };
  }
  if (action === 'list' && email === undefined) return { action };
  throw new RoleCommandError(action ? `Unknown command "${argv.join(' ')}".` : 'Nothing asked.');
}

type AccountRow = {
  email: string;
  display_name: string;
  role: Role;
};

async function findAccount(db: Queryable, email: string): Promise<AccountRow> {
  const [row] = await db.query<AccountRow>(
    'SELECT email, display_name, role FROM accounts WHERE lower(email) = lower($1)',
    [email],
  );
  if (!row) {
    throw new RoleCommandError(
      `No account has the address ${email}. The person signs in once first (that creates their account), then run this again.`,
    );
  }
  return row;
}

/** Carries out a command; answers the sentence to print. */
export async function runRoleCommand(db: Queryable, command: RoleCommand): Promise<string> {
  if (command.action === 'list') {
    const rows = await db.query<AccountRow>(
      `SELECT email, display_name, role FROM accounts WHERE role IN ('editor', 'admin')
       ORDER BY role, lower(email)`,
    );
    if (rows.length === 0) return 'Nobody has the studio yet.';
    return rows.map((r) => `${r.role.padEnd(6)}  ${r.email}  (${r.display_name})`).join('\n');
  }
  const account = await findAccount(db, command.email);
  const who = `${account.email} (${account.display_name})`;
  if (command.action === 'grant') {
    if (account.role === command.role) return `${who} is already ${command.role}: nothing changed.`;
    await db.query('UPDATE accounts SET role = $2 WHERE lower(email) = lower($1)', [
      command.email,
      command.role,
    ]);
    // A role is read on every request: open sessions get the studio at once.
    return `${who} is now ${command.role} (was ${account.role}).`;
  }
  if (!isStudioRole(account.role)) {
    throw new RoleCommandError(`${who} has no studio role (they are ${account.role}).`);
  }
  await db.query("UPDATE accounts SET role = 'participant' WHERE lower(email) = lower($1)", [
    command.email,
  ]);
  return `${who} is a participant again (was ${account.role}): the studio is closed to them.`;
}
