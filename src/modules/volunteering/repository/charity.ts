/** The charity side's queries, named by intent: campaigns, donations, report files, payments. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { isUuid, type CampaignRow, type PaymentRow } from './volunteers.ts';

export async function findCampaign(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('charity_campaigns').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as CampaignRow | undefined;
}

export interface CampaignQuery {
  q?: string;
  region?: string;
  area?: string;
  bin?: string;
  /** Organisations whose name has the words of `q` (the registry's names, found in lookups.ts): their campaigns match too. */
  namedBins?: readonly string[];
  /** Phase as of `today` (Almaty date). */
  phase?: 'upcoming' | 'active' | 'ended' | 'reported';
  today: string;
  page: number;
  pageSize: number;
}

export async function searchCampaigns(db: Db, q: CampaignQuery) {
  let base = db.selectFrom('charity_campaigns as c').selectAll('c');
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const named = [...(q.namedBins ?? [])];
    base = base.where((eb) =>
      eb.or([
        eb(sql<string>`lower(c.title || ' ' || c.purpose)`, 'like', like),
        ...(named.length ? [eb('c.bin', 'in', named)] : []),
      ]),
    );
  }
  if (q.region) base = base.where('c.region', '=', q.region);
  if (q.area) base = base.where('c.area', '=', q.area);
  if (q.bin) base = base.where('c.bin', '=', q.bin);
  if (q.phase === 'reported') base = base.where('c.status', '=', 'reported');
  if (q.phase === 'ended')
    base = base.where((eb) =>
      eb.or([eb('c.status', '=', 'closed'), eb.and([eb('c.status', '=', 'active'), eb('c.ends_on', '<', q.today)])]),
    );
  if (q.phase === 'active')
    base = base.where('c.status', '=', 'active').where('c.ends_on', '>=', q.today).where('c.starts_on', '<=', q.today);
  if (q.phase === 'upcoming') base = base.where('c.status', '=', 'active').where('c.starts_on', '>', q.today);
  const [rows, total] = await Promise.all([
    base
      // Collecting first (ending soonest first), then not yet started, then ended and reported (latest first).
      .orderBy(
        sql`case when c.status = 'active' and c.ends_on >= ${q.today} then (case when c.starts_on <= ${q.today} then 0 else 1 end) else 2 end`,
      )
      .orderBy(sql`case when c.status = 'active' and c.ends_on >= ${q.today} then c.ends_on end`)
      .orderBy('c.ends_on', 'desc')
      .orderBy('c.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    db
      .selectFrom(base.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as CampaignRow[], total: Number(total.n) };
}

export async function donationsOf(db: Db, campaignId: string, limit = 50) {
  return db
    .selectFrom('charity_donations')
    .select(['id', 'amount_tiyn', 'donor_name', 'anonymous', 'confirmed_at'])
    .where('campaign_id', '=', campaignId)
    .orderBy('confirmed_at', 'desc')
    .limit(limit)
    .execute();
}

export async function reportFilesOf(db: Db, campaignId: string) {
  return db
    .selectFrom('charity_report_files as r')
    .innerJoin('files as f', 'f.id', 'r.file_id')
    .select(['f.id', 'f.original_name', 'f.mime', 'f.size_bytes', 'f.storage_key'])
    .where('r.campaign_id', '=', campaignId)
    .orderBy('f.original_name')
    .execute();
}

/** Campaigns of the given organisations that are not active any more (for the reporting flag). */
export async function endedCampaignsOf(db: Db, bins: string[], today: string) {
  if (!bins.length) return [];
  return db
    .selectFrom('charity_campaigns')
    .select(['id', 'bin', 'title', 'status', 'starts_on', 'ends_on', 'closed_at'])
    .where('bin', 'in', bins)
    .where((eb) => eb.or([eb('status', '!=', 'active'), eb('ends_on', '<', today)]))
    .execute();
}

export async function findPayment(
  db: Db,
  provider: string,
  providerPaymentId: string,
  opts: { forUpdate?: boolean } = {},
) {
  let q = db
    .selectFrom('charity_payments')
    .selectAll()
    .where('provider', '=', provider)
    .where('provider_payment_id', '=', providerPaymentId);
  if (opts.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as PaymentRow | undefined;
}

/** The organisations that have campaigns (whose names a search by words looks at). */
export async function campaignBins(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('charity_campaigns').select('bin').distinct().orderBy('bin').execute();
  return rows.map((r) => r.bin);
}
