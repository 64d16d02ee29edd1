/** Kysely queries of public councils and hearings, named by intent (migrations/0008_councils.sql). */
import type { ColumnType, Generated, Insertable, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { PlatformTables } from '../../platform/db/tables.ts';
import type {
  CouncilLevel,
  CouncilRole,
  DecisionStatus,
  HearingStatus,
  MeetingStatus,
  QuestionKind,
  ReportStatus,
  SelectionStatus,
} from './domain.ts';
import type { CouncilTables } from './tables.ts';
export type { CouncilTables } from './tables.ts';

import type { Db } from '../../platform/db/schema.ts';
export type { Db } from '../../platform/db/schema.ts';

type Row<T> = { [K in keyof T]: T[K] extends ColumnType<infer S, any, any> ? S : T[K] };
export type CouncilRow = Row<CouncilTables['councils']> & {
  body_code: string;
  body_name_kk: string;
  body_name_ru: string;
  body_name_en: string;
};
export type MemberRow = Row<CouncilTables['council_members']>;
export type SelectionRow = Row<CouncilTables['council_selections']>;
export type ApplicationRow = Row<CouncilTables['council_applications']>;
export type MeetingRow = Row<CouncilTables['council_meetings']>;
export type DecisionRow = Row<CouncilTables['council_decisions']>;
export type ReportRow = Row<CouncilTables['council_reports']>;
export type HearingRow = Row<CouncilTables['hearings']> & {
  body_code: string;
  body_name_kk: string;
  body_name_ru: string;
  body_name_en: string;
};
export type QuestionRow = Row<CouncilTables['hearing_questions']>;
export type RegistrationRow = Row<CouncilTables['hearing_registrations']>;
export type DocumentRow = {
  id: string;
  file_id: string;
  title: string;
  original_name: string;
  mime: string;
  size_bytes: number;
};

const toIso = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
/** PGlite and node-postgres both return `date` columns as Date or string; pages use 'YYYY-MM-DD'. */
function fixDates<T extends Record<string, unknown>>(row: T, cols: string[]): T {
  for (const c of cols) if (row[c] !== null && row[c] !== undefined) (row as any)[c] = toIso(row[c]);
  return row;
}

// ---------------------------------------------------------------- councils

const COUNCIL_SELECT = (db: Db) =>
  db
    .selectFrom('councils as c')
    .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
    .selectAll('c')
    .select([
      'b.code as body_code',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
    ]);

const councilRow = (r: any): CouncilRow => fixDates(r, ['term_start', 'term_end']);

export async function findCouncil(db: Db, id: string): Promise<CouncilRow | undefined> {
  if (!isUuid(id)) return undefined;
  const r = await COUNCIL_SELECT(db).where('c.id', '=', id).executeTakeFirst();
  return r ? councilRow(r) : undefined;
}

export interface CouncilQuery {
  q?: string;
  level?: CouncilLevel;
  region?: string;
  body?: string;
  page: number;
  pageSize: number;
}

export async function searchCouncils(db: Db, q: CouncilQuery): Promise<{ rows: CouncilRow[]; total: number }> {
  let base = COUNCIL_SELECT(db);
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(c.name_kk)`, 'like', like),
        eb(sql`lower(c.name_ru)`, 'like', like),
        eb(sql`lower(coalesce(c.name_en, ''))`, 'like', like),
        eb(sql`lower(b.name_kk || ' ' || b.name_ru || ' ' || b.name_en)`, 'like', like),
      ]),
    );
  }
  if (q.level) base = base.where('c.level', '=', q.level);
  if (q.region) base = base.where('c.region', '=', q.region);
  if (q.body) base = base.where('b.code', '=', q.body);
  const [rows, total] = await Promise.all([
    base
      .orderBy('c.level')
      .orderBy('c.name_ru')
      .orderBy('c.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(councilRow), total: Number(total.n) };
}

export async function insertCouncil(db: Db, v: Insertable<CouncilTables['councils']>) {
  return db.insertInto('councils').values(v).returning('id').executeTakeFirstOrThrow();
}

export async function findStateBodyById(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('state_bodies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listStateBodies(db: Db, ids?: string[]) {
  let q = db.selectFrom('state_bodies').selectAll().orderBy('code');
  if (ids) {
    if (!ids.length) return [];
    q = q.where('id', 'in', ids);
  }
  return q.execute();
}

export async function councilMembers(db: Db, councilId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('council_members')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy(sql`case role when 'chair' then 0 when 'deputy' then 1 when 'secretary' then 2 else 3 end`)
    .orderBy('full_name')
    .execute();
  return rows.map((r) => fixDates(r as any, ['term_start', 'term_end']));
}

export async function memberCouncilIds(db: Db, userId: string): Promise<string[]> {
  return (await db.selectFrom('council_members').select('council_id').where('user_id', '=', userId).execute()).map(
    (r) => r.council_id,
  );
}

// --------------------------------------------------------------- selections

const selectionRow = (r: any): SelectionRow => fixDates(r, ['applications_close_on']);

export async function findSelection(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SelectionRow | undefined> {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('council_selections').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? selectionRow(r) : undefined;
}

export async function councilSelections(db: Db, councilId: string): Promise<SelectionRow[]> {
  return (
    await db
      .selectFrom('council_selections')
      .selectAll()
      .where('council_id', '=', councilId)
      .orderBy('created_at', 'desc')
      .execute()
  ).map(selectionRow);
}

export async function openSelections(db: Db, limit = 10) {
  return db
    .selectFrom('council_selections as s')
    .innerJoin('councils as c', 'c.id', 's.council_id')
    .select([
      's.id',
      's.title',
      's.applications_close_on',
      's.status',
      's.seats',
      'c.id as council_id',
      'c.name_kk',
      'c.name_ru',
      'c.name_en',
    ])
    .where('s.status', '=', 'open')
    .orderBy('s.applications_close_on')
    .limit(limit)
    .execute()
    .then((rs) => rs.map((r) => fixDates(r as any, ['applications_close_on'])));
}

export async function selectionApplications(db: Db, selectionId: string): Promise<ApplicationRow[]> {
  return db
    .selectFrom('council_applications')
    .selectAll()
    .where('selection_id', '=', selectionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute() as Promise<ApplicationRow[]>;
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('council_applications').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
    ApplicationRow | undefined
  >;
}

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

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
