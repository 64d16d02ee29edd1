import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canScheduleMeeting } from '../policy.ts';
import { findCouncil } from '../repository.ts';
import type { MeetingInput } from '../schemas.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * The body puts a meeting of its council in the calendar with its agenda and, optionally, a
 * document for the agenda. It appears in the council's iCalendar feed.
 * @example await scheduleMeeting(deps, councilId, { title, location, agenda: ['…'], startsAt, endsAt })
 */
export async function scheduleMeeting(
  deps: CommandDeps,
  councilId: string,
  input: MeetingInput & { document?: NewDocument },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const council = await findCouncil(trx, councilId);
    if (!council) return fail('not_found');
    const d = canScheduleMeeting(deps.actor, council);
    if (!d.ok) return fail(d.reason);
    const row = await trx
      .insertInto('council_meetings')
      .values({
        council_id: councilId,
        title: input.title,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        location: input.location,
        agenda: JSON.stringify(input.agenda),
        attendance: '[]',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await attachDocument(trx, 'meeting', row.id, input.document, deps.actor!.id);
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.meeting.scheduled',
      entityType: 'council_meeting',
      entityId: row.id,
      data: { council: councilId, startsAt: input.startsAt.toISOString() },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
