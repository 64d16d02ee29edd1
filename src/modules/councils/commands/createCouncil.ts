import { ok } from '../../../platform/kit/result.ts';
import { canCreateCouncil } from '../policy.ts';
import { command } from '../reasons.ts';
import { findStateBodyById, insertCouncil } from '../repository/index.ts';
import type { CouncilInput } from '../schemas.ts';

/**
 * An official of a state body puts a public council of that body in the registry (its region
 * is the body's). Public: the registry of councils is open.
 * @example await createCouncil(deps, { stateBodyId, level: 'national', nameKk, nameRu, nameEn: null, description: '', termStart: '2025-01-01', termEnd: '2027-12-31' })
 */
export const createCouncil = command({
  load: (trx, input: CouncilInput) => findStateBodyById(trx, input.stateBodyId),
  policy: (actor, body) => canCreateCouncil(actor, body.id),
  run: async ({ trx, loaded: body, actor, audit }, input) => {
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
      created_by: actor!.id,
    });
    await audit({
      action: 'councils.council.created',
      entityType: 'council',
      entityId: id,
      data: { body: body.code },
      public: true,
    });
    return ok({ id });
  },
});
