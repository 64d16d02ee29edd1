import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { validateBin } from '../../../reference/index.ts';
import { canAddMembership } from '../policy.ts';
import { findStateBody, findUserById, insertMembership } from '../repository.ts';

export type OrgType = 'organization' | 'state_body';

/**
 * An administrator makes a person an official of a state body.
 *
 * @example await addStateBodyMembership(deps, { userId, stateBodyId })
 */
export async function addStateBodyMembership(
  deps: CommandDeps,
  input: { userId: string; stateBodyId: string },
): Promise<Result<void>> {
  const decision = canAddMembership(deps.actor);
  if (!decision.ok) return fail(decision.reason);
  return applyMembership(deps, { userId: input.userId, orgType: 'state_body', orgId: input.stateBodyId });
}

/**
 * Adds the membership after the caller's authorisation. A state body may be named by id or
 * by code (the CLI knows codes) and is stored by id; an organisation is named by its BIN,
 * which must be a valid one. Fails with 'already_member' when nothing changes.
 */
export async function applyMembership(
  deps: CommandDeps,
  input: { userId: string; orgType: OrgType; orgId: string },
): Promise<Result<void>> {
  const db = deps.db;
  if (!(await findUserById(db, input.userId))) return fail('user_not_found');
  let orgId = input.orgId.trim();
  if (input.orgType === 'state_body') {
    const body = await findStateBody(db, orgId);
    if (!body) return fail('state_body_not_found', 'stateBodyId');
    orgId = body.id;
  } else {
    const bin = validateBin(orgId);
    if (!bin.ok) return fail('bin_invalid', 'orgId');
    orgId = bin.value;
  }
  return deps.db.transaction().execute(async (trx) => {
    if (!(await insertMembership(trx, { userId: input.userId, orgType: input.orgType, orgId })))
      return fail('already_member');
    await audit(trx, {
      actor: deps.actor,
      action: 'user.membership_added',
      entityType: 'user',
      entityId: input.userId,
      data: { orgType: input.orgType, orgId },
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
