import { ok } from '../../../platform/kit/index.ts';
import { canEditProfile } from '../policy.ts';
import { command } from '../reasons.ts';
import { upsertProfile } from '../repository/index.ts';
import type { ProfileInput } from '../schemas.ts';

/**
 * Creates or replaces the signed-in person's volunteer profile (skills, languages, region, birth year).
 * @example await saveProfile(deps, { region: 'astana', birthYear: 1999, skills: ['first aid'], languages: ['kk'], about: '' })
 */
export const saveProfile = command({
  policy: (actor) => canEditProfile(actor),
  run: async ({ trx, actor, at, audit }, input: ProfileInput) => {
    const version = await upsertProfile(trx, {
      userId: actor!.id,
      skills: input.skills,
      languages: input.languages,
      region: input.region,
      birthYear: input.birthYear,
      about: input.about || null,
      at,
    });
    // The profile is personal data: the audit records that it changed, not what it says.
    await audit({ action: 'volunteering.profile.saved', entityType: 'volunteer_profile', entityId: actor!.id });
    return ok({ created: version === 1 });
  },
});
