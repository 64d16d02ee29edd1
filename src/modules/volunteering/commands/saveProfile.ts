import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canEditProfile } from '../policy.ts';
import type { ProfileInput } from '../schemas.ts';

/**
 * Creates or replaces the signed-in person's volunteer profile (skills, languages, region, birth year).
 * @example await saveProfile(deps, { region: 'astana', birthYear: 1999, skills: ['first aid'], languages: ['kk'], about: '' })
 */
export async function saveProfile(deps: CommandDeps, input: ProfileInput): Promise<Result<{ created: boolean }>> {
  const can = canEditProfile(deps.actor);
  if (!can.ok) return fail(can.reason);
  const actor = deps.actor!;
  return deps.db.transaction().execute(async (trx) => {
    const values = {
      skills: input.skills,
      languages: input.languages,
      region: input.region,
      birth_year: input.birthYear,
      about: input.about || null,
    };
    const row = await trx
      .insertInto('volunteer_profiles')
      .values({ user_id: actor.id, ...values, updated_at: new Date() })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          ...values,
          updated_at: new Date(),
          version: (eb) => eb('volunteer_profiles.version', '+', 1),
        }),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    // The profile is personal data: the audit records that it changed, not what it says.
    await audit(trx, {
      actor,
      action: 'volunteering.profile.saved',
      entityType: 'volunteer_profile',
      entityId: actor.id,
      requestId: deps.requestId,
    });
    return ok({ created: row.version === 1 });
  });
}
