import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { JobQueue } from '../../../platform/jobs/index.ts';
import type { Result as KitResult } from '../../../platform/kit/index.ts';
import { isGlobalRole } from '../domain.ts';
import { findUserByEmail } from '../repository.ts';
import { applyMembership, type OrgType } from './addMembership.ts';
import { applyRoleChange } from './changeRole.ts';
import { createAccount, type CreatedUser, type NewAccount } from './createAccount.ts';
import { issueTokenAsSystem } from './createApiToken.ts';

/**
 * The accounts commands for callers without HTTP: the CLI, seed scripts, other modules'
 * tests. The operator at the console is trusted, so no policy is checked; every change
 * still gets an audit entry, with a null actor ("system/CLI"). Expected failures are
 * values, as in every command: `{ ok: false, reason: 'user_not_found' }` (the reason and its
 * field, without the kit's kind: what the CLI prints).
 */

// Nothing here sends mail, but commands take a job queue; enqueueing needs no running worker.
const systemDeps = (db: Db): CommandDeps => ({ db, jobs: new JobQueue(db), actor: null });

/** A kit result as this contract has always answered it. */
const plain = <T>(r: KitResult<T, string>): Result<T> => (r.ok ? r : fail(r.reason, r.field));

async function withUser<T>(db: Db, email: string, f: (userId: string) => Promise<Result<T>>): Promise<Result<T>> {
  const user = await findUserByEmail(db, email);
  return user ? f(user.id) : fail('user_not_found', 'email');
}

/**
 * Creates an account (roles default to citizen; `confirmed` marks the address confirmed).
 * No confirmation mail is sent: the operator decides with `confirmed`.
 * Fails with email_taken, email_invalid, name_required, password_too_short or not_global_role.
 * @example const r = await createUser(db, { email: 'admin@qogam.kz', name: 'Әкімші', password: 'a long password', roles: ['administrator'], confirmed: true })
 */
export async function createUser(
  db: Db,
  input: Pick<NewAccount, 'email' | 'name' | 'password' | 'roles' | 'confirmed'>,
): Promise<Result<CreatedUser>> {
  return plain(await createAccount(systemDeps(db), input));
}

/**
 * Grants a global role (citizen, grant_operator, expert, moderator, administrator). Granting
 * one the person has already is a success that changes nothing (safe to run twice).
 * Fails with user_not_found or not_global_role (ngo_representative and official follow from memberships).
 * @example await grantRole(db, 'expert@example.kz', 'expert')
 */
export async function grantRole(db: Db, email: string, role: string): Promise<Result<void>> {
  if (!isGlobalRole(role)) return fail('not_global_role', 'role');
  return withUser(db, email, async (userId) => {
    const r = await applyRoleChange(systemDeps(db), { userId, role, op: 'grant' });
    return r.ok ? ok(undefined) : plain(r);
  });
}

/**
 * Issues a personal access token; the value is the token itself, shown this once.
 * Fails with user_not_found or token_name_required.
 * @example const r = await issueTokenFor(db, 'ci@example.kz', 'CI'); if (r.ok) console.log(r.value)
 */
export async function issueTokenFor(db: Db, email: string, name: string): Promise<Result<string>> {
  const label = name.trim().slice(0, 100);
  if (!label) return fail('token_name_required', 'name');
  return withUser(db, email, async (userId) => {
    const r = await issueTokenAsSystem(systemDeps(db), { userId, name: label });
    return r.ok ? ok(r.value.token) : plain(r);
  });
}

/**
 * Makes a person a representative of an organisation (by BIN) or an official of a state
 * body (by id or code). Adding a membership that exists is a success (safe to run twice).
 * Fails with user_not_found, bin_invalid, state_body_not_found or org_type_invalid.
 * @example await addMembership(db, 'official@example.kz', 'state_body', 'MCS')
 */
export async function addMembership(db: Db, email: string, orgType: OrgType, orgId: string): Promise<Result<void>> {
  if (orgType !== 'organization' && orgType !== 'state_body') return fail('org_type_invalid');
  return withUser(db, email, async (userId) => {
    const r = await applyMembership(systemDeps(db), { userId, orgType, orgId });
    return r.ok || r.reason === 'already_member' ? ok(undefined) : plain(r);
  });
}
