/** Applications, their documents and their statuses. */
import type { Db } from '../../../platform/db/schema.ts';
import type { ApplicationStatus, BudgetLine } from '../domain.ts';
import type { Activity, Indicator, TeamMember } from '../tables.ts';
import { appOut, isUuid } from './rows.ts';

export async function findApplication(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_applications').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? appOut(row) : undefined;
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export async function callApplications(db: Db, callId: string) {
  const rows = await db
    .selectFrom('funding_applications')
    .selectAll()
    .where('call_id', '=', callId)
    .where('status', '<>', 'draft')
    .orderBy('lot_id')
    .orderBy('rank')
    .orderBy('submitted_at')
    .execute();
  return rows.map(appOut);
}

export async function applicationsOf(db: Db, bins: string[], opts: { page?: number; pageSize?: number } = {}) {
  if (!bins.length) return { items: [], total: 0 };
  const pageSize = opts.pageSize ?? 100;
  const page = opts.page ?? 1;
  const base = db.selectFrom('funding_applications').where('bin', 'in', bins);
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('updated_at', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(appOut), total: Number(total.n) };
}

export async function applicationDocuments(
  db: Db,
  entityType: 'application' | 'report' | 'project' | 'visit',
  ids: string[],
  publicOnly = false,
) {
  if (!ids.length) return [];
  let q = db
    .selectFrom('funding_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.entity_id',
      'd.kind',
      'd.is_public',
      'f.id as file_id',
      'f.original_name',
      'f.mime',
      'f.size_bytes',
    ])
    .where('d.entity_type', '=', entityType)
    .where('d.entity_id', 'in', ids);
  if (publicOnly) q = q.where('d.is_public', '=', true);
  return q.orderBy('d.created_at').execute();
}

/** The organisation's application for a lot that is not withdrawn (one at a time). */
export async function activeApplicationFor(db: Db, lotId: string, bin: string) {
  return db
    .selectFrom('funding_applications')
    .select(['id'])
    .where('lot_id', '=', lotId)
    .where('bin', '=', bin)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
}

export async function insertApplication(
  db: Db,
  v: { lotId: string; callId: string; bin: string; language: 'kk' | 'ru'; title: string; createdBy: string },
) {
  return db
    .insertInto('funding_applications')
    .values({
      lot_id: v.lotId,
      call_id: v.callId,
      bin: v.bin,
      language: v.language,
      title: v.title,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface ApplicationContent {
  language: 'kk' | 'ru';
  title: string;
  summary: string;
  description: string;
  activities: Activity[];
  budgetLines: BudgetLine[];
  requestedTiyn: number;
  indicators: Indicator[];
  team: TeamMember[];
  beneficiariesPlanned: number;
}

/** Writes a draft's content if it is still at `version` (optimistic locking); the new version, or undefined. */
export async function saveApplicationContent(db: Db, id: string, version: number, c: ApplicationContent, at: Date) {
  return db
    .updateTable('funding_applications')
    .set({
      language: c.language,
      title: c.title,
      summary: c.summary,
      description: c.description,
      activities: JSON.stringify(c.activities),
      budget_lines: JSON.stringify(c.budgetLines),
      requested_tiyn: c.requestedTiyn,
      indicators: JSON.stringify(c.indicators),
      team: JSON.stringify(c.team),
      beneficiaries_planned: c.beneficiariesPlanned,
      version: version + 1,
      updated_at: at,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export async function insertDocument(
  db: Db,
  v: { entityType: 'application' | 'report'; entityId: string; fileId: string; kind: string; isPublic: boolean },
) {
  await db
    .insertInto('funding_documents')
    .values({
      entity_type: v.entityType,
      entity_id: v.entityId,
      file_id: v.fileId,
      kind: v.kind,
      is_public: v.isPublic,
    })
    .execute();
}

/** The kinds of the documents attached to an application (to check the call's required ones). */
export async function applicationDocumentKinds(db: Db, applicationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('funding_documents')
    .select('kind')
    .where('entity_type', '=', 'application')
    .where('entity_id', '=', applicationId)
    .execute();
  return rows.map((r) => r.kind);
}

/** Moves an application to its next status (from its lifecycle), bumping its version. */
export async function setApplicationStatus(
  db: Db,
  app: { id: string; version: number },
  v: { status: ApplicationStatus; at: Date; submitted?: boolean; withdrawn?: boolean; complianceNote?: string | null },
) {
  await db
    .updateTable('funding_applications')
    .set({
      status: v.status,
      updated_at: v.at,
      version: app.version + 1,
      ...(v.submitted ? { submitted_at: v.at } : {}),
      ...(v.withdrawn ? { withdrawn_at: v.at } : {}),
      ...(v.complianceNote !== undefined ? { compliance_note: v.complianceNote } : {}),
    })
    .where('id', '=', app.id)
    .execute();
}

/** The decision's outcome for one application: its status, mean score and rank in the lot. */
export async function setApplicationOutcome(
  db: Db,
  id: string,
  v: { status: ApplicationStatus; score: number | null; rank: number | null; at: Date },
) {
  await db
    .updateTable('funding_applications')
    .set({ status: v.status, score: v.score, rank: v.rank, updated_at: v.at })
    .where('id', '=', id)
    .execute();
}

/** Whether a submitted application still waits for its compliance check. */
export async function hasUncheckedApplications(db: Db, callId: string): Promise<boolean> {
  const rows = await db
    .selectFrom('funding_applications')
    .select('id')
    .where('call_id', '=', callId)
    .where('status', '=', 'submitted')
    .limit(1)
    .execute();
  return rows.length > 0;
}

/** The awarded applications of a lot by rank (an award's prize is shared among them). */
export async function awardedInLot(db: Db, lotId: string) {
  return db
    .selectFrom('funding_applications')
    .select('id')
    .where('lot_id', '=', lotId)
    .where('status', '=', 'awarded')
    .orderBy('rank')
    .execute();
}
