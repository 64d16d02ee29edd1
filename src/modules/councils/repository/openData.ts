/** What the open data reads: datasets in keyset batches, the indicators' events, the hearings feed, statistics. */
import { sql } from 'kysely';
import type { Db } from './rows.ts';

/** Councils after an id (keyset over id::text), with their body's code and the number of members. */
export async function councilsAfter(db: Db, after: string, limit: number) {
  return db
    .selectFrom('councils as c')
    .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
    .select([
      'c.id',
      'c.name_kk',
      'c.name_ru',
      'c.name_en',
      'c.level',
      'c.region',
      'b.code',
      'c.term_start',
      'c.term_end',
      'c.status',
    ])
    .select(sql<number>`(select count(*)::int from council_members m where m.council_id = c.id)`.as('members'))
    .where(sql`c.id::text`, '>', after)
    .orderBy(sql`c.id::text`)
    .limit(limit)
    .execute();
}

/** Meetings after an id, with their council's Russian name and how many decisions were made and answered. */
export async function meetingsAfter(db: Db, after: string, limit: number) {
  return db
    .selectFrom('council_meetings as m')
    .innerJoin('councils as c', 'c.id', 'm.council_id')
    .select([
      'm.id',
      'm.council_id',
      'c.name_ru',
      'm.title',
      'm.starts_at',
      'm.ends_at',
      'm.location',
      'm.status',
      'm.agenda',
      'm.attendance',
    ])
    .select(sql<number>`(select count(*)::int from council_decisions d where d.meeting_id = m.id)`.as('decisions'))
    .select(
      sql<number>`(select count(*)::int from council_decisions d where d.meeting_id = m.id and d.response_status <> 'awaiting')`.as(
        'answered',
      ),
    )
    .where(sql`m.id::text`, '>', after)
    .orderBy(sql`m.id::text`)
    .limit(limit)
    .execute();
}

/** Hearings after an id, with registrations, visible questions and how many of them are answered. */
export async function hearingsAfter(db: Db, after: string, limit: number) {
  return db
    .selectFrom('hearings as h')
    .innerJoin('state_bodies as b', 'b.id', 'h.state_body_id')
    .select(['h.id', 'h.title', 'b.code', 'h.region', 'h.starts_at', 'h.announced_at', 'h.location', 'h.status'])
    .select(
      sql<number>`(select count(*)::int from hearing_registrations r where r.hearing_id = h.id)`.as('registrations'),
    )
    .select(
      sql<number>`(select count(*)::int from hearing_questions q where q.hearing_id = h.id and not q.hidden)`.as(
        'questions',
      ),
    )
    .select(
      sql<number>`(select count(*)::int from hearing_questions q where q.hearing_id = h.id and not q.hidden and q.answer is not null)`.as(
        'answered',
      ),
    )
    .where(sql`h.id::text`, '>', after)
    .orderBy(sql`h.id::text`)
    .limit(limit)
    .execute();
}

/** Every meeting held (minutes recorded): the region of its council and when it started. */
export async function heldMeetings(db: Db) {
  return db
    .selectFrom('council_meetings as m')
    .innerJoin('councils as c', 'c.id', 'm.council_id')
    .select(['c.region', 'm.starts_at as at'])
    .where('m.status', '=', 'held')
    .execute();
}

/** Every hearing held (held or answered): its region and when it started. */
export async function heldHearings(db: Db) {
  return db
    .selectFrom('hearings')
    .select(['region', 'starts_at as at'])
    .where('status', 'in', ['held', 'answered'])
    .execute();
}

/** A dataset's size and when it last changed. */
export async function tableStats(db: Db, table: 'councils' | 'council_meetings' | 'hearings') {
  const r = await db
    .selectFrom(table)
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at as string | Date) : null };
}

/** The hearings announced, newest first, with their organiser's names (the feed). */
export async function announcedHearings(db: Db, limit: number) {
  return db
    .selectFrom('hearings as h')
    .innerJoin('state_bodies as b', 'b.id', 'h.state_body_id')
    .select([
      'h.id',
      'h.title',
      'h.description',
      'h.announced_at',
      'h.updated_at',
      'b.name_kk',
      'b.name_ru',
      'b.name_en',
    ])
    .where('h.status', '=', 'announced')
    .orderBy('h.announced_at', 'desc')
    .limit(limit)
    .execute();
}
