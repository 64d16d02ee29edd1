/** One appeal: found, locked, registered, changed, its files, its history and its escalation. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { IsoDate } from '../../../reference/index.ts';
import type { AppealStatus } from '../domain.ts';
import type { AppealsTables } from '../tables.ts';

/** An appeal with its body; the people it names are added from accounts' contracts (people.ts). */
export type AppealRecord = Awaited<ReturnType<typeof findAppealByNumber>> & {};

const appealColumns = (db: Db) =>
  db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .selectAll('a')
    .select([
      'b.code as body_code',
      'b.kind as body_kind',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
      'b.region as body_region',
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
