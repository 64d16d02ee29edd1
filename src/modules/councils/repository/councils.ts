/** Councils, their members, calls for members and applications (migrations/0008_councils.sql). */
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { CouncilLevel } from '../domain.ts';
import type { CouncilTables } from '../tables.ts';
import {
  fixDates,
  isUuid,
  type ApplicationRow,
  type CouncilRow,
  type Db,
  type MemberRow,
  type SelectionRow,
} from './rows.ts';

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

/** The stored file an applicant sent with an application (shown to the commission only). */
export async function findApplicationFile(db: Db, fileId: string) {
  if (!isUuid(fileId)) return undefined;
  return db
    .selectFrom('files')
    .select(['storage_key', 'original_name', 'mime'])
    .where('id', '=', fileId)
    .executeTakeFirst();
}

/** The councils of these bodies (every council when no list is given), by Russian name: a hearing's organiser picks one. */
export async function councilsOfBodies(db: Db, bodyIds?: readonly string[]) {
  if (bodyIds && !bodyIds.length) return [];
  let q = db.selectFrom('councils').select(['id', 'name_kk', 'name_ru', 'name_en']).orderBy('name_ru');
  if (bodyIds) q = q.where('state_body_id', 'in', bodyIds);
  return q.execute();
}

// ------------------------------------------------------------------- writes

/** One chair at a time: the current chair becomes a member before a new chair is added. */
export async function demoteChair(db: Db, councilId: string) {
  await db
    .updateTable('council_members')
    .set({ role: 'member' })
    .where('council_id', '=', councilId)
    .where('role', '=', 'chair')
    .execute();
}

export async function insertMember(db: Db, v: Insertable<CouncilTables['council_members']>) {
  return db.insertInto('council_members').values(v).returning('id').executeTakeFirstOrThrow();
}

export async function insertSelection(db: Db, v: Insertable<CouncilTables['council_selections']>) {
  return db.insertInto('council_selections').values(v).returning('id').executeTakeFirstOrThrow();
}

/** A call's new status (from its lifecycle), bumping the version the editors saw. */
export async function moveSelectionTo(db: Db, id: string, v: { status: SelectionRow['status']; note?: string | null }) {
  await db
    .updateTable('council_selections')
    .set({
      status: v.status,
      ...(v.note !== undefined ? { decision_note: v.note } : {}),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** The commission's decision on a call: its size, when, its note. */
export async function saveSelectionDecision(
  db: Db,
  id: string,
  v: { status: SelectionRow['status']; commissionSize: number; at: Date; note: string | null },
) {
  await db
    .updateTable('council_selections')
    .set({
      status: v.status,
      commission_size: v.commissionSize,
      decided_at: v.at,
      decision_note: v.note,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** A candidate's votes and whether they were selected. */
export async function recordApplicationVotes(
  db: Db,
  id: string,
  v: { selected: boolean; for: number; against: number; abstain: number },
) {
  await db
    .updateTable('council_applications')
    .set({
      status: v.selected ? 'selected' : 'not_selected',
      votes_for: v.for,
      votes_against: v.against,
      votes_abstain: v.abstain,
    })
    .where('id', '=', id)
    .execute();
}

/** The applicant's application to a call, if any (one per person and call). */
export async function findApplicationOf(db: Db, selectionId: string, userId: string) {
  return db
    .selectFrom('council_applications')
    .select('id')
    .where('selection_id', '=', selectionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Undefined when the person has already applied (a concurrent second request). */
export async function insertApplication(db: Db, v: Insertable<CouncilTables['council_applications']>) {
  return db
    .insertInto('council_applications')
    .values(v)
    .onConflict((oc) => oc.columns(['selection_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
}
