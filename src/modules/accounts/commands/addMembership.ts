import { ok, type CommandContext, type Trx } from '../../../platform/kit/index.ts';
import { validateBin } from '../../../reference/index.ts';
import { canAddMembership } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findStateBody, findUserById, insertMembership } from '../repository.ts';

export type OrgType = 'organization' | 'state_body';
type MembershipInput = { userId: string; orgType: OrgType; orgId: string };

const load = (trx: Trx, input: { userId: string }) => findUserById(trx, input.userId);

/**
 * A state body may be named by id or by code (the CLI knows codes) and is stored by id; an
 * organisation is named by its BIN, which must be a valid one. Fails with 'already_member'
 * when nothing changes.
 */
async function add({ trx, audit }: CommandContext<unknown>, input: MembershipInput) {
  let orgId = input.orgId.trim();
  if (input.orgType === 'state_body') {
    const body = await findStateBody(trx, orgId);
    if (!body) return fail('state_body_not_found', 'stateBodyId');
    orgId = body.id;
  } else {
    const bin = validateBin(orgId);
    if (!bin.ok) return fail('bin_invalid', 'orgId');
    orgId = bin.value;
  }
  if (!(await insertMembership(trx, { userId: input.userId, orgType: input.orgType, orgId })))
    return fail('already_member', input.orgType === 'state_body' ? 'stateBodyId' : 'orgId');
  await audit({
    action: 'user.membership_added',
    entityType: 'user',
    entityId: input.userId,
    data: { orgType: input.orgType, orgId },
  });
  return ok(undefined);
}

/**
 * An administrator makes a person an official of a state body.
 * Fails with not_found, forbidden, state_body_not_found or already_member.
 * @example await addStateBodyMembership(deps, { userId, stateBodyId })
 */
export const addStateBodyMembership = command({
  load,
  policy: (actor) => canAddMembership(actor),
  run: (ctx, input: { userId: string; stateBodyId: string }) =>
    add(ctx, { userId: input.userId, orgType: 'state_body', orgId: input.stateBodyId }),
});

/**
 * The same for the CLI (trusted operator, no policy), for organisations and state bodies.
 * @example await applyMembership(systemDeps, { userId, orgType: 'organization', orgId: '120640933475' })
 */
export const applyMembership = command({ load, run: (ctx, input: MembershipInput) => add(ctx, input) });
