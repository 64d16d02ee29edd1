/** Meetings, their decisions and the body's responses, monitoring reports, public documents. */
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { CouncilTables } from '../tables.ts';
import { isUuid, type Db, type DecisionRow, type DocumentRow, type MeetingRow, type ReportRow } from './rows.ts';

// ----------------------------------------------------------------- meetings

export async function findMeeting(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<MeetingRow | undefined> {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('council_meetings').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst() as Promise<MeetingRow | undefined>;
}

export async function councilMeetings(db: Db, councilId: string): Promise<MeetingRow[]> {
  return db
    .selectFrom('council_meetings')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('starts_at', 'desc')
    .execute() as Promise<MeetingRow[]>;
}

export async function meetingDecisions(db: Db, meetingId: string): Promise<DecisionRow[]> {
  return db
    .selectFrom('council_decisions')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('number')
    .execute() as Promise<DecisionRow[]>;
}

export async function councilDecisions(db: Db, councilId: string) {
  return db
    .selectFrom('council_decisions as d')
    .innerJoin('council_meetings as m', 'm.id', 'd.meeting_id')
    .selectAll('d')
    .select(['m.starts_at as meeting_at', 'm.title as meeting_title'])
    .where('m.council_id', '=', councilId)
    .orderBy('m.starts_at', 'desc')
    .orderBy('d.number')
    .execute();
}

export async function findDecision(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DecisionRow | undefined> {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('council_decisions').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst() as Promise<DecisionRow | undefined>;
}

// ------------------------------------------------------------------ reports

export async function councilReports(db: Db, councilId: string): Promise<ReportRow[]> {
  return db
    .selectFrom('council_reports')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('published_at', 'desc')
    .execute() as Promise<ReportRow[]>;
}

export async function findReport(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReportRow | undefined> {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('council_reports').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst() as Promise<ReportRow | undefined>;
}

// ---------------------------------------------------------------- documents

export async function documentsOf(
  db: Db,
  ownerType: CouncilTables['council_documents']['owner_type'],
  ownerId: string,
): Promise<DocumentRow[]> {
  return db
    .selectFrom('council_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.id', 'd.file_id', 'd.title', 'f.original_name', 'f.mime', 'f.size_bytes'])
    .where('d.owner_type', '=', ownerType)
    .where('d.owner_id', '=', ownerId)
    .orderBy('d.created_at')
    .execute();
}

export async function findPublicDocument(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('council_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.id', 'd.title', 'f.storage_key', 'f.original_name', 'f.mime'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function addDocument(
  db: Db,
  ownerType: CouncilTables['council_documents']['owner_type'],
  ownerId: string,
  fileId: string,
  title: string,
) {
  await db
    .insertInto('council_documents')
    .values({ owner_type: ownerType, owner_id: ownerId, file_id: fileId, title })
    .execute();
}

// ------------------------------------------------------------------- writes

export async function insertMeeting(db: Db, v: Insertable<CouncilTables['council_meetings']>) {
  return db.insertInto('council_meetings').values(v).returning('id').executeTakeFirstOrThrow();
}

/** A meeting held: its status (from its lifecycle), minutes and who attended. */
export async function saveMeetingMinutes(
  db: Db,
  id: string,
  v: { status: MeetingRow['status']; minutes: string; present: string[]; at: Date },
) {
  await db
    .updateTable('council_meetings')
    .set({
      status: v.status,
      minutes: v.minutes,
      attendance: JSON.stringify(v.present),
      updated_at: v.at,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function saveMeetingCancelled(
  db: Db,
  id: string,
  v: { status: MeetingRow['status']; reason: string; at: Date },
) {
  await db
    .updateTable('council_meetings')
    .set({ status: v.status, cancel_reason: v.reason, updated_at: v.at, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Decisions are numbered within their meeting: 1, 2, … */
export async function nextDecisionNumber(db: Db, meetingId: string): Promise<number> {
  const last = await db
    .selectFrom('council_decisions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(last?.n ?? 0) + 1;
}

export async function insertDecision(db: Db, v: Insertable<CouncilTables['council_decisions']>) {
  return db.insertInto('council_decisions').values(v).returning('id').executeTakeFirstOrThrow();
}

/** The state body's response to a decision. */
export async function saveDecisionResponse(
  db: Db,
  id: string,
  v: { status: DecisionRow['response_status']; text: string; at: Date; by: string },
) {
  await db
    .updateTable('council_decisions')
    .set({
      response_status: v.status,
      response_text: v.text,
      responded_at: v.at,
      responded_by: v.by,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertReport(db: Db, v: Insertable<CouncilTables['council_reports']>) {
  return db.insertInto('council_reports').values(v).returning('id').executeTakeFirstOrThrow();
}

/** The body's answer to a monitoring report. */
export async function saveReportAnswer(
  db: Db,
  id: string,
  v: { status: ReportRow['status']; answer: string; at: Date; by: string },
) {
  await db
    .updateTable('council_reports')
    .set({
      status: v.status,
      body_answer: v.answer,
      answered_at: v.at,
      answered_by: v.by,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}
