/** Kysely queries of the online reception, named by intent (migrations/0006_appeals.sql). */
import type { ColumnType, Generated, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { PlatformTables } from '../../platform/db/tables.ts';
import type { IsoDate } from '../../reference/index.ts';
import type { AppealKind, AppealStatus, BodyRecord } from './domain.ts';
import type { AppealsTables } from './tables.ts';
export type { AppealsTables } from './tables.ts';

import type { Db } from '../../platform/db/schema.ts';
export type { Db } from '../../platform/db/schema.ts';
export type AppealRow = Awaited<ReturnType<typeof findAppealByNumber>> & {};

const appealColumns = (db: Db) =>
  db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .innerJoin('users as u', 'u.id', 'a.citizen_id')
    .leftJoin('users as asg', 'asg.id', 'a.assigned_to')
    .selectAll('a')
    .select([
      'b.code as body_code',
      'b.kind as body_kind',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
      'b.region as body_region',
      'u.name as citizen_name',
      'u.email as citizen_email',
      'asg.name as assignee_name',
    ]);

export async function findAppealByNumber(db: Db, number: string) {
  return appealColumns(db).where('a.number', '=', number).executeTakeFirst();
}

export async function lockAppeal(db: Db, id: string) {
  return db.selectFrom('appeals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The next registration number's sequence for a year (locks the year's counter row until commit). */
export async function nextSequence(db: Db, year: number): Promise<number> {
  const r = await sql<{ last: number }>`
    insert into appeal_counters (year, last) values (${year}, 1)
    on conflict (year) do update set last = appeal_counters.last + 1
    returning last`.execute(db);
  return Number(r.rows[0].last);
}

export async function insertAppeal(
  db: Db,
  v: Omit<
    AppealsTables['appeals'],
    | 'id'
    | 'status'
    | 'version'
    | 'registered_at'
    | 'updated_at'
    | 'redirected_at'
    | 'redirect_reason'
    | 'extended_at'
    | 'extension_reason'
    | 'extension_days'
    | 'assigned_to'
    | 'answer'
    | 'answered_at'
    | 'answered_on'
    | 'answered_by'
    | 'rating'
    | 'rating_comment'
    | 'rated_at'
    | 'escalated_at'
    | 'public_subject'
    | 'public_body'
    | 'public_answer'
    | 'published_at'
  > & { registered_at?: Date; status?: AppealStatus },
) {
  return db
    .insertInto('appeals')
    .values(v as any)
    .returning(['id', 'number', 'due_on'])
    .executeTakeFirstOrThrow();
}

/**
 * Writes changes and counts a new version. The caller holds the row's lock (`lockAppeal`) and
 * has checked the version the official saw (the command kit's `version`).
 */
export async function updateAppeal(
  db: Db,
  id: string,
  set: Partial<Record<keyof AppealsTables['appeals'], unknown>>,
): Promise<void> {
  await db
    .updateTable('appeals')
    .set({ ...(set as any), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Where and in which language to write to a person. */
export async function userContact(db: Db, userId: string) {
  return db.selectFrom('users').select(['email', 'locale', 'name']).where('id', '=', userId).executeTakeFirst();
}

/** A state body's names in the three languages. */
export async function bodyNames(db: Db, bodyId: string) {
  return db
    .selectFrom('state_bodies')
    .select(['name_kk', 'name_ru', 'name_en'])
    .where('id', '=', bodyId)
    .executeTakeFirst();
}

export async function attachFile(db: Db, appealId: string, fileId: string) {
  await db.insertInto('appeal_files').values({ appeal_id: appealId, file_id: fileId }).execute();
}

export async function filesOf(db: Db, appealId: string) {
  return db
    .selectFrom('appeal_files as af')
    .innerJoin('files as f', 'f.id', 'af.file_id')
    .select(['f.id', 'f.original_name', 'f.mime', 'f.size_bytes', 'f.storage_key'])
    .where('af.appeal_id', '=', appealId)
    .orderBy('f.created_at')
    .execute();
}

export async function listStateBodies(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('code')
    .execute();
}
export type StateBodyRow = Awaited<ReturnType<typeof listStateBodies>>[number];

export async function findBodyByCode(db: Db, code: string) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('code', '=', code)
    .executeTakeFirst();
}
export async function findBodyById(db: Db, id: string) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The bodies an official works for (the queue's body switch), by code; empty for ids that name no body. */
export async function bodiesOfOfficial(db: Db, bodyIds: readonly string[]) {
  if (bodyIds.length === 0) return [];
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en'])
    .where('id', 'in', [...bodyIds])
    .orderBy('code')
    .execute();
}

/** Officials of a body (users with a membership of it), by name. */
export async function officialsOf(db: Db, bodyId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('m.org_type', '=', 'state_body')
    .where('m.org_id', '=', bodyId)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** Heads of a body: officials flagged in appeal_body_heads (who still hold the membership). */
export async function headsOf(db: Db, bodyId: string) {
  return db
    .selectFrom('appeal_body_heads as h')
    .innerJoin('memberships as m', (j) =>
      j
        .onRef('m.user_id', '=', 'h.user_id')
        .on('m.org_type', '=', 'state_body')
        .on(sql`m.org_id`, '=', sql`h.state_body_id::text`),
    )
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('h.state_body_id', '=', bodyId)
    .where('u.disabled_at', 'is', null)
    .execute();
}

export async function addHead(db: Db, bodyId: string, userId: string) {
  await db
    .insertInto('appeal_body_heads')
    .values({ state_body_id: bodyId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export type QueueFilter = {
  bodyId: string;
  status?: AppealStatus | 'open';
  kind?: AppealKind;
  overdue?: boolean;
  assignedTo?: string;
  today: IsoDate;
  sort: 'due' | 'due_desc' | 'registered';
  page: number;
  pageSize: number;
};

/** An official's queue of a body: filters in the query, sorted by due date, one page. */
export async function queue(db: Db, f: QueueFilter) {
  let q = db.selectFrom('appeals as a').where('a.state_body_id', '=', f.bodyId);
  if (f.status === 'open') q = q.where('a.status', 'in', ['registered', 'redirected', 'in_progress']);
  else if (f.status) q = q.where('a.status', '=', f.status);
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.overdue) q = q.where('a.answered_at', 'is', null).where('a.due_on', '<', f.today);
  if (f.assignedTo) q = q.where('a.assigned_to', '=', f.assignedTo);
  const order =
    f.sort === 'registered'
      ? (['a.registered_at', 'desc'] as const)
      : (['a.due_on', f.sort === 'due_desc' ? 'desc' : 'asc'] as const);
  const [rows, total] = await Promise.all([
    q
      .leftJoin('users as asg', 'asg.id', 'a.assigned_to')
      .select([
        'a.id',
        'a.number',
        'a.kind',
        'a.subject',
        'a.status',
        'a.registered_at',
        'a.due_on',
        'a.answered_on',
        'a.extended_at',
        'a.escalated_at',
        'asg.name as assignee_name',
      ])
      .orderBy(order[0], order[1])
      .orderBy('a.number')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type QueueRow = Awaited<ReturnType<typeof queue>>['rows'][number];

export async function appealsOfCitizen(db: Db, citizenId: string, page: number, pageSize: number) {
  const q = db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .where('a.citizen_id', '=', citizenId);
  const [rows, total] = await Promise.all([
    q
      .select([
        'a.id',
        'a.number',
        'a.kind',
        'a.subject',
        'a.status',
        'a.registered_at',
        'a.due_on',
        'a.answered_on',
        'a.rating',
        'a.published_at',
        'b.code as body_code',
        'b.name_kk as body_name_kk',
        'b.name_ru as body_name_ru',
        'b.name_en as body_name_en',
      ])
      .orderBy('a.registered_at', 'desc')
      .orderBy('a.number', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type CitizenRow = Awaited<ReturnType<typeof appealsOfCitizen>>['rows'][number];

export async function publishedAppeals(db: Db, opts: { bodyId?: string; page: number; pageSize: number }) {
  let q = db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .where('a.published_at', 'is not', null);
  if (opts.bodyId) q = q.where('a.state_body_id', '=', opts.bodyId);
  const [rows, total] = await Promise.all([
    q
      .select([
        'a.id',
        'a.number',
        'a.kind',
        'a.lang',
        'a.public_subject',
        'a.public_body',
        'a.public_answer',
        'a.registered_on',
        'a.due_on',
        'a.answered_on',
        'a.rating',
        'a.published_at',
        'b.code as body_code',
        'b.kind as body_kind',
        'b.region as body_region',
        'b.name_kk as body_name_kk',
        'b.name_ru as body_name_ru',
        'b.name_en as body_name_en',
      ])
      .orderBy('a.published_at', 'desc')
      .orderBy('a.number', 'desc')
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type PublishedRow = Awaited<ReturnType<typeof publishedAppeals>>['rows'][number];

export async function findPublished(db: Db, number: string): Promise<PublishedRow | undefined> {
  return db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .select([
      'a.id',
      'a.number',
      'a.kind',
      'a.lang',
      'a.public_subject',
      'a.public_body',
      'a.public_answer',
      'a.registered_on',
      'a.due_on',
      'a.answered_on',
      'a.rating',
      'a.published_at',
      'b.code as body_code',
      'b.kind as body_kind',
      'b.region as body_region',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
    ])
    .where('a.number', '=', number)
    .where('a.published_at', 'is not', null)
    .executeTakeFirst();
}

/**
 * Scorecard figures per body for appeals registered in `year`: received, answered, answered by
 * the due date, overdue (answered late, or unanswered past the due date on `today`), mean rating.
 */
export async function bodyRecords(
  db: Db,
  year: number,
  today: IsoDate,
  bodyId?: string,
): Promise<Map<string, BodyRecord>> {
  let q = db
    .selectFrom('appeals')
    .select((eb) => [
      'state_body_id',
      eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where answered_on is not null)`.as('answered'),
      sql<number>`count(*) filter (where answered_on is not null and answered_on <= due_on)`.as('on_time'),
      sql<number>`count(*) filter (where (answered_on is null and due_on < ${today}::date) or answered_on > due_on)`.as(
        'overdue',
      ),
      sql<number | null>`avg(rating)::float8`.as('avg_rating'),
    ])
    .where('registered_year', '=', year)
    .groupBy('state_body_id');
  if (bodyId) q = q.where('state_body_id', '=', bodyId);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      r.state_body_id,
      {
        received: Number(r.received),
        answered: Number(r.answered),
        answeredOnTime: Number(r.on_time),
        overdue: Number(r.overdue),
        averageRating: r.avg_rating === null ? null : Math.round(Number(r.avg_rating) * 100) / 100,
      },
    ]),
  );
}

/** The same figures grouped by the region of the body (null for national bodies), per year. */
export async function regionYearRecords(db: Db, today: IsoDate) {
  const rows = await db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .select((eb) => [
      'b.region',
      'a.registered_year as year',
      eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where a.answered_on is not null and a.answered_on <= a.due_on)`.as('on_time'),
      sql<number>`count(*) filter (where a.answered_on is not null or a.due_on < ${today}::date)`.as('decided'),
    ])
    .groupBy(['b.region', 'a.registered_year'])
    .execute();
  return rows.map((r) => ({
    region: r.region,
    year: Number(r.year),
    received: Number(r.received),
    onTime: Number(r.on_time),
    decided: Number(r.decided),
  }));
}

/** Years that have appeals, newest first. */
export async function appealYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('appeals')
    .select('registered_year')
    .distinct()
    .orderBy('registered_year', 'desc')
    .execute();
  return rows.map((r) => Number(r.registered_year));
}

/** Unanswered appeals past their due date and not yet escalated (for the escalation job). */
export async function overdueNotEscalated(db: Db, today: IsoDate, limit: number) {
  return db
    .selectFrom('appeals')
    .select(['id', 'number', 'state_body_id', 'due_on', 'subject'])
    .where('answered_at', 'is', null)
    .where('escalated_at', 'is', null)
    .where('due_on', '<', today)
    .orderBy('due_on')
    .limit(limit)
    .execute();
}

/** Marks an appeal escalated unless it already is or has been answered meanwhile; whether this call did it. */
export async function markEscalated(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('appeals')
    .set({ escalated_at: at })
    .where('id', '=', id)
    .where('escalated_at', 'is', null)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The appeal's audit trail, oldest first (shown to its author and the body's officials). */
export async function historyOf(db: Db, number: string) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'actor_name'])
    .where('entity_type', '=', 'appeal')
    .where('entity_id', '=', number)
    .orderBy('id')
    .execute();
}
