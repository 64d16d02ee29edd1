import { almatyDate } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { noticeRespected } from '../domain.ts';
import { canAnnounceHearing } from '../policy.ts';
import { findCouncil, findStateBodyById } from '../repository.ts';
import type { HearingInput } from '../schemas.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * A body announces a public hearing. The legal notice period is enforced: the hearing's day must
 * leave at least hearing.minNoticeWorkingDays whole working days after the announcement
 * (fails with 'notice_too_short'). Materials may be attached.
 * @example await announceHearing(deps, { stateBodyId, councilId: null, title, description, location, date: '2026-12-20', time: '15:00', startsAt })
 */
export async function announceHearing(
  deps: CommandDeps,
  input: HearingInput & { document?: NewDocument },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  const d = canAnnounceHearing(deps.actor, input.stateBodyId);
  if (!d.ok) return fail(d.reason);
  if (!noticeRespected(almatyDate(at), input.date)) return fail('notice_too_short', 'date');
  return deps.db.transaction().execute(async (trx) => {
    const body = await findStateBodyById(trx, input.stateBodyId);
    if (!body) return fail('not_found', 'stateBodyId');
    if (input.councilId) {
      const c = await findCouncil(trx, input.councilId);
      if (!c || c.state_body_id !== body.id) return fail('council_not_of_body', 'councilId');
    }
    const row = await trx
      .insertInto('hearings')
      .values({
        state_body_id: body.id,
        council_id: input.councilId,
        region: body.region,
        title: input.title,
        description: input.description,
        location: input.location,
        starts_at: input.startsAt,
        announced_at: at,
        created_by: deps.actor!.id,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachDocument(trx, 'hearing', row.id, input.document, deps.actor!.id);
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.hearing.announced',
      entityType: 'hearing',
      entityId: row.id,
      data: { body: body.code, startsAt: input.startsAt.toISOString() },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
