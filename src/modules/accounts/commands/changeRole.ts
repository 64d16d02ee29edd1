import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { withRole, type GlobalRole } from '../domain.ts';
import { canGrantRole, canRevokeRole } from '../policy.ts';
import { findUserRolesForUpdate, setRoles } from '../repository.ts';

export type RoleChange = { userId: string; role: GlobalRole; op: 'grant' | 'revoke' };

/**
 * An administrator grants or revokes a global role. Idempotent: granting a role the person
 * has changes nothing and writes no audit entry (`changed: false`).
 *
 * @example await changeRole(deps, { userId, role: 'expert', op: 'grant' })
 */
export async function changeRole(deps: CommandDeps, input: RoleChange): Promise<Result<{ changed: boolean }>> {
  const decision =
    input.op === 'grant'
      ? canGrantRole(deps.actor, input.role)
      : canRevokeRole(deps.actor, { id: input.userId }, input.role);
  if (!decision.ok) return fail(decision.reason);
  return applyRoleChange(deps, input);
}

/** The change itself, after the caller's authorisation (the route's policy above, or the CLI operator). */
export async function applyRoleChange(deps: CommandDeps, input: RoleChange): Promise<Result<{ changed: boolean }>> {
  return deps.db.transaction().execute(async (trx) => {
    const db = trx;
    const user = await findUserRolesForUpdate(db, input.userId);
    if (!user) return fail('user_not_found');
    const current = user.roles;
    const next = withRole(current, input.role, input.op);
    if (next.length === current.length && next.every((r) => current.includes(r))) return ok({ changed: false });
    await setRoles(db, user.id, next);
    await audit(trx, {
      actor: deps.actor,
      action: input.op === 'grant' ? 'user.role_granted' : 'user.role_revoked',
      entityType: 'user',
      entityId: user.id,
      data: { role: input.role },
      requestId: deps.requestId,
    });
    return ok({ changed: true });
  });
}
