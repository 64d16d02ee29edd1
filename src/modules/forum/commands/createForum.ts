import { areaByCode } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canCreateForum } from '../policy.ts';
import { insertForum, insertPlatforms, stateBodyById } from '../repository.ts';
import type { ForumForm } from '../schemas.ts';

/**
 * An organiser announces a forum (planned) with its dialogue platforms, one per topic.
 * Fails with not_found, sign_in or not_organiser (field organiserBodyId).
 * @example await createForum(deps, { kind: 'national', region: null, year: 2027, titleKk, titleRu, titleEn: null, description: null, organiserBodyId, heldOn: '2027-11-20', topics: ['youth', 'charity'] })
 */
export async function createForum(deps: CommandDeps, input: ForumForm): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const body = await stateBodyById(trx, input.organiserBodyId);
    if (!body) return fail('not_found', 'organiserBodyId');
    const can = canCreateForum(deps.actor, body.id);
    if (!can.ok) return fail(can.reason, 'organiserBodyId');
    const row = await insertForum(trx, {
      ...input,
      region: input.kind === 'national' ? null : input.region,
      organiserBodyId: body.id,
      by: deps.actor!.id,
    });
    await insertPlatforms(
      trx,
      row.id,
      input.topics.map((topic) => {
        const a = areaByCode(topic)!;
        return { topic, title_kk: a.name.kk, title_ru: a.name.ru, title_en: a.name.en };
      }),
    );
    await audit(trx, {
      actor: deps.actor,
      action: 'forum.forum.created',
      entityType: 'forum',
      entityId: row.id,
      data: { platforms: input.topics.length },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
