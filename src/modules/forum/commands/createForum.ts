import { areaByCode } from '../../../reference/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { canCreateForum } from '../policy.ts';
import { command } from '../reasons.ts';
import { insertForum, insertPlatforms, stateBodyById } from '../repository/index.ts';
import type { ForumForm } from '../schemas.ts';

/**
 * An organiser announces a forum (planned) with its dialogue platforms, one per topic.
 * Fails with not_found, sign_in or not_organiser (field organiserBodyId).
 * @example await createForum(deps, { kind: 'national', region: null, year: 2027, titleKk, titleRu, titleEn: null, description: null, organiserBodyId, heldOn: '2027-11-20', topics: ['youth', 'charity'] })
 */
export const createForum = command({
  // The body is chosen on the form: a missing one is said next to that field, so it is not the
  // load's not_found (which has no field) but the policy's.
  load: async (trx, input: ForumForm) => ({ body: (await stateBodyById(trx, input.organiserBodyId)) ?? null }),
  policy: (actor, { body }) => {
    if (!body) return { ok: false, reason: 'not_found', field: 'organiserBodyId' };
    const can = canCreateForum(actor, body.id);
    return can.ok ? can : { ...can, field: 'organiserBodyId' };
  },
  run: async ({ trx, loaded: { body }, actor, audit }, input) => {
    const row = await insertForum(trx, {
      ...input,
      region: input.kind === 'national' ? null : input.region,
      organiserBodyId: body!.id,
      by: actor!.id,
    });
    await insertPlatforms(
      trx,
      row.id,
      input.topics.map((topic) => {
        const a = areaByCode(topic)!;
        return { topic, title_kk: a.name.kk, title_ru: a.name.ru, title_en: a.name.en };
      }),
    );
    await audit({
      action: 'forum.forum.created',
      entityType: 'forum',
      entityId: row.id,
      data: { platforms: input.topics.length },
      public: true,
    });
    return ok({ id: row.id });
  },
});
