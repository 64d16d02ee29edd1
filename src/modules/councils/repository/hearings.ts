/** Public hearings, their questions and proposals, registrations. */
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { HearingStatus } from '../domain.ts';
import type { CouncilTables } from '../tables.ts';
import { isUuid, type Db, type HearingRow, type QuestionRow, type RegistrationRow } from './rows.ts';

// ----------------------------------------------------------------- hearings

const HEARING_SELECT = (db: Db) =>
  db
    .selectFrom('hearings as h')
    .innerJoin('state_bodies as b', 'b.id', 'h.state_body_id')
    .selectAll('h')
    .select([
      'b.code as body_code',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
    ]);

export async function findHearing(db: Db, id: string): Promise<HearingRow | undefined> {
  if (!isUuid(id)) return undefined;
  return HEARING_SELECT(db).where('h.id', '=', id).executeTakeFirst() as Promise<HearingRow | undefined>;
}

export async function lockHearing(db: Db, id: string) {
  return db.selectFrom('hearings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface HearingQuery {
  q?: string;
  status?: HearingStatus;
  region?: string;
  body?: string;
  page: number;
  pageSize: number;
}

export async function searchHearings(db: Db, q: HearingQuery): Promise<{ rows: HearingRow[]; total: number }> {
  let base = HEARING_SELECT(db);
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(h.title)`, 'like', like),
        eb(sql`lower(h.description)`, 'like', like),
        eb(sql`lower(b.name_kk || ' ' || b.name_ru || ' ' || b.name_en)`, 'like', like),
      ]),
    );
  }
  if (q.status) base = base.where('h.status', '=', q.status);
  if (q.region) base = base.where('h.region', '=', q.region);
  if (q.body) base = base.where('b.code', '=', q.body);
  const [rows, total] = await Promise.all([
    base
      .orderBy('h.starts_at', 'desc')
      .orderBy('h.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as HearingRow[], total: Number(total.n) };
}

export async function hearingQuestions(db: Db, hearingId: string): Promise<QuestionRow[]> {
  return db
    .selectFrom('hearing_questions')
    .selectAll()
    .where('hearing_id', '=', hearingId)
    .orderBy('created_at')
    .orderBy('id')
    .execute() as Promise<QuestionRow[]>;
}

export async function findQuestion(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<QuestionRow | undefined> {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('hearing_questions').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst() as Promise<QuestionRow | undefined>;
}

export async function hearingRegistrations(db: Db, hearingId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('hearing_registrations')
    .selectAll()
    .where('hearing_id', '=', hearingId)
    .orderBy('created_at')
    .execute() as Promise<RegistrationRow[]>;
}

export async function councilHearings(db: Db, councilId: string) {
  return db
    .selectFrom('hearings')
    .select(['id', 'title', 'starts_at', 'status'])
    .where('council_id', '=', councilId)
    .orderBy('starts_at', 'desc')
    .execute();
}

// ------------------------------------------------------------------- writes

export async function insertHearing(db: Db, v: Insertable<CouncilTables['hearings']>) {
  return db.insertInto('hearings').values(v).returning('id').executeTakeFirstOrThrow();
}

/** A hearing's new status (from its lifecycle) with what goes with it, bumping its version. */
export async function updateHearing(
  db: Db,
  id: string,
  v: {
    status: HearingStatus;
    at: Date;
    minutes?: string;
    participants?: number;
    cancelReason?: string;
    answeredAt?: Date;
  },
) {
  await db
    .updateTable('hearings')
    .set({
      status: v.status,
      updated_at: v.at,
      ...(v.minutes !== undefined ? { minutes: v.minutes } : {}),
      ...(v.participants !== undefined ? { participants_count: v.participants } : {}),
      ...(v.cancelReason !== undefined ? { cancel_reason: v.cancelReason } : {}),
      ...(v.answeredAt !== undefined ? { answered_at: v.answeredAt } : {}),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function isRegistered(db: Db, hearingId: string, userId: string): Promise<boolean> {
  const r = await db
    .selectFrom('hearing_registrations')
    .select('user_id')
    .where('hearing_id', '=', hearingId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!r;
}

export async function insertRegistration(db: Db, v: Insertable<CouncilTables['hearing_registrations']>) {
  await db.insertInto('hearing_registrations').values(v).execute();
}

export async function insertQuestion(db: Db, v: Insertable<CouncilTables['hearing_questions']>) {
  return db.insertInto('hearing_questions').values(v).returning('id').executeTakeFirstOrThrow();
}

/** The organiser's answer to a question or proposal (may be corrected until the response is published). */
export async function saveAnswer(
  db: Db,
  id: string,
  v: { answer: string; outcome: NonNullable<QuestionRow['outcome']>; at: Date; by: string },
) {
  await db
    .updateTable('hearing_questions')
    .set({ answer: v.answer, outcome: v.outcome, answered_at: v.at, answered_by: v.by, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Moderation: the post's text is no longer shown; the fact and the reason are. */
export async function hidePost(db: Db, id: string, reason: string) {
  await db.updateTable('hearing_questions').set({ hidden: true, hidden_reason: reason }).where('id', '=', id).execute();
}
