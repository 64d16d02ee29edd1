import { ok } from '../../../platform/kit/result.ts';
import { canScheduleMeeting } from '../policy.ts';
import { command } from '../reasons.ts';
import { findCouncil, insertMeeting } from '../repository/index.ts';
import type { MeetingInput } from '../schemas.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * The body puts a meeting of its council in the calendar with its agenda and, optionally, a
 * document for the agenda. It appears in the council's iCalendar feed.
 * @example await scheduleMeeting(deps, { councilId, title, location, agenda: ['…'], startsAt, endsAt })
 */
export const scheduleMeeting = command({
  load: (trx, input: MeetingInput & { councilId: string; document?: NewDocument }) => findCouncil(trx, input.councilId),
  policy: (actor, council) => canScheduleMeeting(actor, council),
  run: async ({ trx, loaded: council, actor, at, audit }, input) => {
    const row = await insertMeeting(trx, {
      council_id: council.id,
      title: input.title,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      location: input.location,
      agenda: JSON.stringify(input.agenda),
      attendance: '[]',
      created_at: at,
      updated_at: at,
    });
    await attachDocument(trx, 'meeting', row.id, input.document, actor!.id);
    await audit({
      action: 'councils.meeting.scheduled',
      entityType: 'council_meeting',
      entityId: row.id,
      data: { council: council.id, startsAt: input.startsAt.toISOString() },
      public: true,
    });
    return ok({ id: row.id });
  },
});
