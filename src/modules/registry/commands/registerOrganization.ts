import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canRegisterOrganization } from '../policy.ts';
import { addMembership, insertOrganization } from '../repository.ts';
import type { RegisterInput } from '../schemas.ts';
import { profileColumns } from './editOrganization.ts';

/**
 * Puts an organisation in the registry, pending verification, and makes the person who
 * registers it its first representative.
 * @example
 * const r = await registerOrganization(depsFrom(req), parsed.data);
 * if (!r.ok && r.reason === 'duplicate_bin') // show the existing profile's link on the BIN field
 */
export async function registerOrganization(deps: CommandDeps, input: RegisterInput): Promise<Result<{ bin: string }>> {
  const decision = canRegisterOrganization(deps.actor);
  if (!decision.ok) return fail(decision.reason);
  const actor = deps.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const inserted = await insertOrganization(trx, {
      bin: input.bin,
      ...profileColumns(input),
      status: 'active',
      verification: 'pending',
      registered_by: actor.id,
    });
    // The unique key decides, so two people registering the same BIN at once cannot both succeed.
    if (!inserted) return fail('duplicate_bin', 'bin');
    await addMembership(trx, actor.id, input.bin);
    await audit(trx, {
      actor,
      action: 'registry.organization.registered',
      entityType: 'organization',
      entityId: input.bin,
      data: { legalForm: input.legalForm, region: input.region },
      requestId: deps.requestId,
    });
    return ok({ bin: input.bin });
  });
}
