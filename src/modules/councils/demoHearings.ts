/** The demo's public hearings: one in every state, with registrations, questions, proposals and answers. */
import { addWorkingDays, almatyDate, isWorkingDay, type IsoDate } from '../../reference/index.ts';
import type { Db } from '../../platform/db/schema.ts';
import { demoPerson } from '../accounts/index.ts';
import { HEARING_POSTS, HEARINGS } from './demoData.ts';
import { almatyInstant, earliestHearingDate } from './domain.ts';
import { councilIdsByBodyCode, insertHearing, insertQuestion, insertRegistration } from './repository/index.ts';

export const HOUR = 3_600_000;

/** A working day `n` working days from today (negative: before), at HH:MM in Almaty. */
export function workday(today: IsoDate, n: number, time: string): Date {
  if (n >= 0) return almatyInstant(addWorkingDays(today, n), time)!;
  let d = today;
  for (let left = -n; left > 0;) {
    d = new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (isWorkingDay(d)) left--;
  }
  return almatyInstant(d, time)!;
}

type Person = { id: string; name: string };
/** Records a public audit entry of the demo (written together at the end). */
export type DemoAudit = (
  actor: Person | null,
  action: string,
  entityType: string,
  entityId: string,
  at: Date,
  data?: Record<string, unknown>,
) => Promise<void>;

export async function seedDemoHearings(
  trx: Db,
  {
    today,
    now,
    bodies,
    official,
    mipOfficial,
    applicants,
    audit,
  }: {
    today: IsoDate;
    now: Date;
    bodies: Map<string, { id: string; region: string | null }>;
    official: Person;
    mipOfficial: Person | undefined;
    applicants: Person[];
    audit: DemoAudit;
  },
) {
  // Hearings in every state.
  const citizen = await demoPerson(trx, 'citizen@demo.qogam.kz');
  const askers = [citizen ?? applicants[0], applicants[1], applicants[2], applicants[3]];
  const councilsByBody = await councilIdsByBodyCode(trx);
  for (const [hi, hp] of HEARINGS.entries()) {
    const body = bodies.get(hp.body)!;
    const actor = hp.body === 'mip' ? (mipOfficial ?? official) : official;
    const announcedOn =
      hp.offset > 0
        ? almatyDate(workday(today, -hp.offset, '09:00'))
        : almatyDate(workday(today, hp.offset - 20, '09:00'));
    const date =
      hp.status === 'announced' || hp.status === 'cancelled'
        ? addWorkingDays(earliestHearingDate(announcedOn), hi)
        : almatyDate(workday(today, hp.offset, '09:00'));
    const startsAt = almatyInstant(date, '15:00')!;
    const announcedAt = almatyInstant(announcedOn, '09:30')!;
    const past = hp.status === 'held' || hp.status === 'answered';
    const h = await insertHearing(trx, {
      state_body_id: body.id,
      council_id: councilsByBody.get(hp.body) ?? null,
      region: body.region,
      title: hp.title,
      description: hp.description,
      location:
        hp.body === 'mip'
          ? 'Астана, «Министрліктер үйі», мәжіліс залы; онлайн: https://meet.qogam.kz/mip'
          : 'Әкімдіктің мәжіліс залы; онлайн трансляция',
      starts_at: startsAt,
      announced_at: announcedAt,
      status: hp.status,
      minutes: past
        ? `Тыңдауды ұйымдастырушы ашты. ${40 + hi * 7} адам қатысты (онлайн және залда).\nБаяндама тыңдалды, сұрақтар мен ұсыныстар түсті; әрқайсысына жауап осы бетте жарияланады.`
        : null,
      participants_count: past ? 40 + hi * 7 : null,
      cancel_reason:
        hp.status === 'cancelled'
          ? 'Жоба әзірлеушіге пысықтауға қайтарылды / Проект возвращён разработчику на доработку'
          : null,
      answered_at: hp.status === 'answered' ? new Date(startsAt.getTime() + 5 * 24 * HOUR) : null,
      created_by: actor.id,
      created_at: announcedAt,
      updated_at: past ? new Date(startsAt.getTime() + 4 * HOUR) : announcedAt,
    });
    await audit(actor, 'councils.hearing.announced', 'hearing', h.id, announcedAt);
    if (hp.status === 'cancelled')
      await audit(actor, 'councils.hearing.cancelled', 'hearing', h.id, new Date(announcedAt.getTime() + 48 * HOUR));
    if (past) await audit(actor, 'councils.hearing.held', 'hearing', h.id, new Date(startsAt.getTime() + 4 * HOUR));
    if (hp.status === 'answered')
      await audit(actor, 'councils.hearing.answered', 'hearing', h.id, new Date(startsAt.getTime() + 5 * 24 * HOUR));
    for (const [k, u] of askers.slice(0, hp.status === 'cancelled' ? 1 : 3).entries()) {
      await insertRegistration(trx, {
        hearing_id: h.id,
        user_id: u.id,
        full_name: u.name,
        mode: k % 2 ? 'online' : 'in_person',
        created_at: new Date(announcedAt.getTime() + (k + 1) * 24 * HOUR),
      });
    }
    if (hp.status === 'cancelled') continue;
    for (const [k, q] of HEARING_POSTS.entries()) {
      const askedAt = new Date((past ? startsAt.getTime() : now.getTime()) - (4 - k) * 24 * HOUR);
      // Held: the last proposal still awaits an answer; announced: only the first question is answered.
      const answered =
        hp.status === 'answered' || (hp.status === 'held' && k < 3) || (hp.status === 'announced' && k === 0);
      await insertQuestion(trx, {
        hearing_id: h.id,
        user_id: askers[k].id,
        author_name: askers[k].name,
        kind: q.kind,
        phase: k === 3 && past ? 'during' : 'before',
        text: q.text,
        created_at: k === 3 && past ? new Date(startsAt.getTime() + HOUR) : askedAt,
        answer: answered ? q.answer : null,
        outcome: answered ? q.outcome : null,
        answered_at: answered ? new Date(askedAt.getTime() + 24 * HOUR) : null,
        answered_by: answered ? actor.id : null,
      });
    }
  }
}
