import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canCreateCouncil } from '../policy.ts';
import { findStateBodyById, insertCouncil } from '../repository.ts';
import type { CouncilInput } from '../schemas.ts';

/**
 * An official of a state body puts a public council of that body in the registry (its region
 * is the body's). Public: the registry of councils is open.
 * @example await createCouncil(deps, { stateBodyId, level: 'national', nameKk, nameRu, nameEn: null, description: '', termStart: '2025-01-01', termEnd: '2027-12-31' })
 */
export async function createCouncil(deps: CommandDeps, input: CouncilInput): Promise<Result<{ id: string }>> {
  const d = canCreateCouncil(deps.actor, input.stateBodyId);
  if (!d.ok) return fail(d.reason);
  return deps.db.transaction().execute(async (trx) => {
    const body = await findStateBodyById(trx, input.stateBodyId);
    if (!body) return fail('not_found', 'stateBodyId');
    const { id } = await insertCouncil(trx, {
      state_body_id: body.id,
      level: input.level,
      region: body.region,
      name_kk: input.nameKk,
      name_ru: input.nameRu,
      name_en: input.nameEn,
      description: input.description,
      term_start: input.termStart,
      term_end: input.termEnd,
      created_by: deps.actor!.id,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.council.created',
      entityType: 'council',
      entityId: id,
      data: { body: body.code },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id });
  });
}
