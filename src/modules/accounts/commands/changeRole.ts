import { ok, type CommandContext, type Trx } from '../../../platform/kit/index.ts';
import { withRole, type GlobalRole } from '../domain.ts';
import { canGrantRole, canRevokeRole } from '../policy.ts';
import { command } from '../reasons.ts';
import { findUserRolesForUpdate, setRoles } from '../repository.ts';

export type RoleChange = { userId: string; role: GlobalRole; op: 'grant' | 'revoke' };

/** The roles row locked for the rest of the transaction: two administrators editing one person must not lose a change. */
const load = (trx: Trx, input: RoleChange) => findUserRolesForUpdate(trx, input.userId);

/** Idempotent: a role the person has already (or lacks already) changes nothing and writes no entry. */
async function change(
  { trx, loaded: user, audit, unchanged }: CommandContext<{ id: string; roles: string[] }>,
  input: RoleChange,
) {
  const current = user.roles;
  const next = withRole(current, input.role, input.op);
  if (next.length === current.length && next.every((r) => current.includes(r))) {
    unchanged();
    return ok({ changed: false });
  }
  await setRoles(trx, user.id, next);
  await audit({
    action: input.op === 'grant' ? 'user.role_granted' : 'user.role_revoked',
    entityType: 'user',
    entityId: user.id,
    data: { role: input.role },
  });
  return ok({ changed: true });
}

/**
 * An administrator grants or revokes a global role (`changed: false` when nothing changed).
 * Fails with not_found, forbidden, not_global_role or own_admin_role.
 * @example await changeRole(deps, { userId, role: 'expert', op: 'grant' })
 */
export const changeRole = command({
  load,
  policy: (actor, _user, input) =>
    input.op === 'grant' ? canGrantRole(actor, input.role) : canRevokeRole(actor, { id: input.userId }, input.role),
  run: change,
});

/**
 * The change itself for the CLI, whose operator is trusted (no policy; audited with no actor).
 * @example await applyRoleChange(systemDeps, { userId, role: 'expert', op: 'grant' })
 */
export const applyRoleChange = command({ load, run: change });
