/** Calls for applications and their lots (programmes, nominations). */
import type { Db } from '../../../platform/db/schema.ts';
import type { CallStatus, Instrument, LotInput, RubricCriterion } from '../domain.ts';
import { isUuid, json, lotOut } from './rows.ts';

export async function findCall(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_calls').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? { ...row, rubric: json<RubricCriterion[]>(row.rubric) } : undefined;
}
export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

export async function listCalls(
  db: Db,
  q: { status?: string; instrument?: string; bodyId?: string; page: number; pageSize: number; publicOnly?: boolean },
) {
  let base = db.selectFrom('funding_calls');
  if (q.status) base = base.where('status', '=', q.status as CallStatus);
  if (q.publicOnly) base = base.where('status', '<>', 'draft');
  if (q.instrument) base = base.where('instrument', '=', q.instrument as Instrument);
  if (q.bodyId) base = base.where('state_body_id', '=', q.bodyId);
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('opens_at', 'desc')
      .orderBy('id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((r) => ({ ...r, rubric: json<RubricCriterion[]>(r.rubric) })), total: Number(total.n) };
}

export async function callLots(db: Db, callId: string) {
  const rows = await db
    .selectFrom('funding_lots')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('number')
    .execute();
  return rows.map(lotOut);
}

export async function findLot(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('funding_lots').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? lotOut(row) : undefined;
}
export type LotRow = NonNullable<Awaited<ReturnType<typeof findLot>>>;

export async function nextCallNumber(db: Db, bodyCode: string, year: number): Promise<string> {
  const prefix = `${bodyCode.toUpperCase()}-${year}-`;
  const row = await db
    .selectFrom('funding_calls')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return `${prefix}${String(Number(row.n) + 1).padStart(2, '0')}`;
}

export async function insertCall(
  db: Db,
  v: {
    number: string;
    planId: string | null;
    stateBodyId: string;
    instrument: Instrument;
    title: string;
    description: string;
    opensAt: Date;
    closesAt: Date;
    rubric: RubricCriterion[];
    requiredDocuments: string[];
    panelSize: number;
    createdBy: string;
  },
) {
  return db
    .insertInto('funding_calls')
    .values({
      number: v.number,
      plan_id: v.planId,
      state_body_id: v.stateBodyId,
      instrument: v.instrument,
      title: v.title,
      description: v.description,
      opens_at: v.opensAt,
      closes_at: v.closesAt,
      rubric: JSON.stringify(v.rubric),
      required_documents: v.requiredDocuments,
      panel_size: v.panelSize,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertLot(db: Db, callId: string, number: number, lot: LotInput) {
  return db
    .insertInto('funding_lots')
    .values({
      call_id: callId,
      number,
      topic_id: lot.topicId,
      title: lot.title,
      description: lot.description,
      area: lot.area,
      region: lot.region,
      budget_tiyn: lot.budgetTiyn,
      duration_months: lot.durationMonths,
      expected_results: lot.expectedResults,
      indicators: JSON.stringify(lot.indicators),
      grant_type: lot.grantType,
      prize_tiyn: lot.prizeTiyn,
      split_rule: lot.splitRule,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The number the call's next lot gets (1 for the first). */
export async function nextLotNumber(db: Db, callId: string): Promise<number> {
  const n = await db
    .selectFrom('funding_lots')
    .select((eb) => eb.fn.max<number>('number').as('m'))
    .where('call_id', '=', callId)
    .executeTakeFirstOrThrow();
  return Number(n.m ?? 0) + 1;
}

export async function callHasLots(db: Db, callId: string): Promise<boolean> {
  const lots = await db.selectFrom('funding_lots').select('id').where('call_id', '=', callId).limit(1).execute();
  return lots.length > 0;
}

/** Moves a call to its next status (from its lifecycle), bumping its version; publishing stamps the announcement. */
export async function setCallStatus(
  db: Db,
  call: { id: string; version: number },
  v: { status: CallStatus; at: Date; announced?: boolean },
) {
  await db
    .updateTable('funding_calls')
    .set({
      status: v.status,
      updated_at: v.at,
      version: call.version + 1,
      ...(v.announced ? { announced_at: v.at } : {}),
    })
    .where('id', '=', call.id)
    .execute();
}
