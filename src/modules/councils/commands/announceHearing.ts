import { almatyDate } from '../../../reference/index.ts';
import { ok } from '../../../platform/kit/result.ts';
import { noticeRespected } from '../domain.ts';
import { canAnnounceHearing } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCouncil, findStateBodyById, insertHearing } from '../repository/index.ts';
import type { HearingInput } from '../schemas.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * A body announces a public hearing. The legal notice period is enforced: the hearing's day must
 * leave at least hearing.minNoticeWorkingDays whole working days after the announcement
 * (fails with 'notice_too_short' on the field `date`). Materials may be attached.
 * @example await announceHearing(deps, { stateBodyId, councilId: null, title, description, location, date: '2026-12-20', time: '15:00', startsAt })
 */
export const announceHearing = command({
  load: async (trx, input: HearingInput & { document?: NewDocument }) => {
    const body = await findStateBodyById(trx, input.stateBodyId);
    return body && { body, council: input.councilId ? await findCouncil(trx, input.councilId) : undefined };
  },
  policy: (actor, _loaded, input) => canAnnounceHearing(actor, input.stateBodyId),
  run: async ({ trx, loaded: { body, council }, actor, at, audit }, input) => {
    if (!noticeRespected(almatyDate(at), input.date)) return fail('notice_too_short', 'date');
    if (input.councilId && (!council || council.state_body_id !== body.id))
      return fail('council_not_of_body', 'councilId');
    const row = await insertHearing(trx, {
      state_body_id: body.id,
      council_id: input.councilId,
      region: body.region,
      title: input.title,
      description: input.description,
      location: input.location,
      starts_at: input.startsAt,
      announced_at: at,
      created_by: actor!.id,
      created_at: at,
      updated_at: at,
    });
    await attachDocument(trx, 'hearing', row.id, input.document, actor!.id);
    await audit({
      action: 'councils.hearing.announced',
      entityType: 'hearing',
      entityId: row.id,
      data: { body: body.code, startsAt: input.startsAt.toISOString() },
      public: true,
    });
    return ok({ id: row.id });
  },
});
