import { ok } from '../../../platform/kit/index.ts';
import { INITIAL_STATUS, INITIAL_VERIFICATION } from '../domain.ts';
import { canRegisterOrganization } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertOrganization } from '../repository/index.ts';
import { insertMembership } from '../../accounts/index.ts';
import type { RegisterInput } from '../schemas.ts';
import { profileColumns } from './editOrganization.ts';

/**
 * Puts an organisation in the registry, pending verification, and makes the person who
 * registers it its first representative.
 * @example
 * const r = await registerOrganization(depsFrom(req), parsed.data);
 * if (!r.ok && r.reason === 'duplicate_bin') // shown next to the BIN field, with the existing profile's link
 */
export const registerOrganization = command({
  policy: (actor) => canRegisterOrganization(actor),
  run: async ({ trx, actor, audit }, input: RegisterInput) => {
    const inserted = await insertOrganization(trx, {
      bin: input.bin,
      ...profileColumns(input),
      status: INITIAL_STATUS,
      verification: INITIAL_VERIFICATION,
      registered_by: actor!.id,
    });
    // The unique key decides, so two people registering the same BIN at once cannot both succeed.
    if (!inserted) return fail('duplicate_bin', 'bin');
    // The accounts' write, in this transaction: this command's audit entry covers it.
    await insertMembership(trx, { userId: actor!.id, orgType: 'organization', orgId: input.bin });
    await audit({
      action: 'registry.organization.registered',
      entityType: 'organization',
      entityId: input.bin,
      data: { legalForm: input.legalForm, region: input.region },
    });
    return ok({ bin: input.bin });
  },
});
