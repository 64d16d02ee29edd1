/** Organisations, their reports, changes and social-enterprise applications: finding, creating, changing. */
import type { ColumnType } from 'kysely';
import { sql } from 'kysely';
import type { SocialStatus, Verification } from '../domain.ts';
import type { ReportData } from '../schemas.ts';
import type { Leader, RegistryTables } from '../tables.ts';
export type { Leader, RegistryTables } from '../tables.ts';

import type { Db } from '../../../platform/db/schema.ts';
export type { Db } from '../../../platform/db/schema.ts';

export type OrganizationRow = {
  [
    K in keyof Omit<RegistryTables['organizations'], 'search' | 'tsv' | 'sort_kk' | 'sort_ru' | 'sort_en'>
  ]: RegistryTables['organizations'][K] extends ColumnType<infer S, any, any> ? S : RegistryTables['organizations'][K];
};
export type OrganizationValues = Omit<
  OrganizationRow,
  'created_at' | 'updated_at' | 'verified_at' | 'verification_file_id' | 'verification_reason'
>;

const ORG_COLUMNS = [
  'bin',
  'name_kk',
  'name_ru',
  'name_en',
  'short_name',
  'legal_form',
  'region',
  'settlement',
  'areas',
  'founded_on',
  'status',
  'verification',
  'verification_reason',
  'verified_at',
  'verification_file_id',
  'website',
  'email',
  'phone',
  'address',
  'description',
  'leaders',
  'founders',
  'registered_by',
  'created_at',
  'updated_at',
] as const;

export async function findOrganization(
  db: Db,
  bin: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OrganizationRow | undefined> {
  let q = db.selectFrom('organizations').select(ORG_COLUMNS).where('bin', '=', bin);
  if (opts.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as OrganizationRow | undefined;
}

/** Inserts unless the BIN is taken; false means a duplicate (the unique key decides, not a prior read). */
/** What other modules may know of organisations by BIN (the contracts in index.ts): names, region, status, badge. */
export async function organizationsByBin(db: Db, bins: readonly string[]) {
  if (!bins.length) return [];
  return db
    .selectFrom('organizations')
    .select(['bin', 'name_kk', 'name_ru', 'name_en', 'region', 'status', 'verification'])
    .where('bin', 'in', [...new Set(bins)])
    .execute();
}

/** Active, verified organisations in BIN order (the demo seeds of other modules pick from them). */
export async function verifiedActiveOrganizations(db: Db, limit: number) {
  return db
    .selectFrom('organizations')
    .select(['bin', 'region'])
    .where('status', '=', 'active')
    .where('verification', '=', 'verified')
    .orderBy('bin')
    .limit(limit)
    .execute();
}

/** Contract: up to `limit` registered organisations' BINs in BIN order, whatever their state (other modules' synthetic data is built on them). */
export async function organizationBins(db: Db, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('organizations').select('bin').orderBy('bin').limit(limit).execute();
  return rows.map((r) => r.bin);
}

export async function insertOrganization(db: Db, v: OrganizationValues): Promise<boolean> {
  const row = await db
    .insertInto('organizations')
    .values({ ...v, leaders: JSON.stringify(v.leaders), founders: JSON.stringify(v.founders) })
    .onConflict((oc) => oc.column('bin').doNothing())
    .returning('bin')
    .executeTakeFirst();
  return !!row;
}

export async function updateOrganization(db: Db, bin: string, v: Partial<OrganizationRow>) {
  const { leaders, founders, ...rest } = v;
  await db
    .updateTable('organizations')
    .set({
      ...rest,
      ...(leaders ? { leaders: JSON.stringify(leaders) } : {}),
      ...(founders ? { founders: JSON.stringify(founders) } : {}),
      updated_at: new Date(),
    })
    .where('bin', '=', bin)
    .execute();
}

export async function insertChange(
  db: Db,
  c: {
    bin: string;
    actorId: string | null;
    actorKind: 'representative' | 'moderator';
    changes: Record<string, { from: unknown; to: unknown }>;
    at: Date;
  },
) {
  await db
    .insertInto('organization_changes')
    .values({
      bin: c.bin,
      actor_id: c.actorId,
      actor_kind: c.actorKind,
      changes: JSON.stringify(c.changes),
      changed_at: c.at,
    })
    .execute();
}

export async function listChanges(db: Db, bin: string, limit = 30) {
  return db
    .selectFrom('organization_changes')
    .select(['id', 'changed_at', 'actor_kind', 'changes'])
    .where('bin', '=', bin)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

// ------------------------------------------------------------- reports

export async function insertReport(
  db: Db,
  r: { bin: string; year: number; at: Date; by: string | null; data: ReportData },
): Promise<boolean> {
  const incomeTotal = Object.values(r.data.income).reduce((s, v) => s + v, 0);
  const row = await db
    .insertInto('annual_reports')
    .values({
      bin: r.bin,
      year: r.year,
      submitted_at: r.at,
      submitted_by: r.by,
      data: JSON.stringify(r.data),
      income_total: incomeTotal,
    })
    .onConflict((oc) => oc.columns(['bin', 'year']).doNothing())
    .returning('year')
    .executeTakeFirst();
  return !!row;
}

export async function findReport(db: Db, bin: string, year: number) {
  return db
    .selectFrom('annual_reports')
    .select(['bin', 'year', 'submitted_at', 'data', 'income_total'])
    .where('bin', '=', bin)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** Submission instants of the given years for many organisations at once (a page of results). */
export async function reportSubmissions(
  db: Db,
  bins: string[],
  years: number[],
): Promise<Map<string, Map<number, Date>>> {
  const out = new Map<string, Map<number, Date>>();
  if (!bins.length || !years.length) return out;
  const rows = await db
    .selectFrom('annual_reports')
    .select(['bin', 'year', 'submitted_at'])
    .where('bin', 'in', bins)
    .where('year', 'in', years)
    .execute();
  for (const r of rows) {
    if (!out.has(r.bin)) out.set(r.bin, new Map());
    out.get(r.bin)!.set(r.year, new Date(r.submitted_at));
  }
  return out;
}

export async function listReportYears(db: Db, bin: string) {
  return db
    .selectFrom('annual_reports')
    .select(['year', 'submitted_at'])
    .where('bin', '=', bin)
    .orderBy('year', 'desc')
    .execute();
}

// --------------------------------------------------- social entrepreneurs

const SE_COLUMNS = [
  'id',
  'bin',
  'list_year',
  'category',
  'application',
  'status',
  'decision_reason',
  'applied_at',
  'decided_at',
] as const;

export async function insertSocialApplication(
  db: Db,
  a: {
    bin: string;
    listYear: number;
    category: number;
    application: { activities: string; employeesTotal: number; employeesVulnerable: number | null };
    by: string | null;
    at: Date;
  },
) {
  const row = await db
    .insertInto('social_entrepreneurs')
    .values({
      bin: a.bin,
      list_year: a.listYear,
      category: a.category,
      application: JSON.stringify(a.application),
      applied_by: a.by,
      applied_at: a.at,
    })
    .onConflict((oc) => oc.columns(['bin', 'list_year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function socialApplicationsOf(db: Db, bin: string) {
  return db
    .selectFrom('social_entrepreneurs')
    .select(SE_COLUMNS)
    .where('bin', '=', bin)
    .orderBy('list_year', 'desc')
    .execute();
}

export async function findSocialApplication(db: Db, id: number, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('social_entrepreneurs').select(SE_COLUMNS).where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function decideSocialApplication(
  db: Db,
  id: number,
  d: { status: SocialStatus; reason: string | null; by: string; at: Date },
) {
  await db
    .updateTable('social_entrepreneurs')
    .set({ status: d.status, decision_reason: d.reason, decided_by: d.by, decided_at: d.at })
    .where('id', '=', id)
    .execute();
}

/** The public yearly list: approved entries of a list year, by name. */
export async function approvedSocialEntrepreneurs(db: Db, listYear: number) {
  return db
    .selectFrom('social_entrepreneurs as s')
    .innerJoin('organizations as o', 'o.bin', 's.bin')
    .select([
      's.id',
      's.bin',
      's.category',
      's.decided_at',
      'o.name_kk',
      'o.name_ru',
      'o.name_en',
      'o.region',
      'o.legal_form',
    ])
    .where('s.list_year', '=', listYear)
    .where('s.status', '=', 'approved')
    .orderBy(sql`registry_fold(o.name_ru)`)
    .execute();
}

export async function socialListYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('social_entrepreneurs')
    .select('list_year')
    .where('status', '=', 'approved')
    .groupBy('list_year')
    .orderBy('list_year', 'desc')
    .execute();
  return rows.map((r) => r.list_year);
}

export async function openSocialApplications(db: Db, limit = 100) {
  return db
    .selectFrom('social_entrepreneurs as s')
    .innerJoin('organizations as o', 'o.bin', 's.bin')
    .select(['s.id', 's.bin', 's.list_year', 's.category', 's.applied_at', 'o.name_kk', 'o.name_ru', 'o.name_en'])
    .where('s.status', '=', 'applied')
    .orderBy('s.applied_at')
    .limit(limit)
    .execute();
}

// ------------------------------------------------------ moderation queue

/** Pending first (oldest first: first come, first served), then refused, then verified. */
export async function verificationQueue(db: Db, opts: { state?: Verification; page: number; pageSize: number }) {
  let q = db.selectFrom('organizations');
  if (opts.state) q = q.where('verification', '=', opts.state);
  const [rows, count] = await Promise.all([
    q
      .select([
        'bin',
        'name_kk',
        'name_ru',
        'name_en',
        'region',
        'legal_form',
        'verification',
        'created_at',
        'updated_at',
      ])
      .orderBy(sql`case verification when 'pending' then 0 when 'refused' then 1 else 2 end`)
      .orderBy('updated_at')
      .orderBy('bin')
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function fileInfo(db: Db, id: string) {
  return db
    .selectFrom('files')
    .select(['id', 'storage_key', 'original_name', 'mime', 'size_bytes'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Names of organisations by BIN, for other modules (a contract exported from index.ts): only
 * the names, never the rest of the row. BINs not in the registry are absent from the map.
 * @example await organizationNames(db, ['120640933475']) // Map { '120640933475' => { kk, ru, en } }
 */
export async function organizationNames(
  db: Db,
  bins: readonly string[],
): Promise<Map<string, { kk: string; ru: string; en: string | null }>> {
  const unique = [...new Set(bins)];
  if (!unique.length) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .select(['bin', 'name_kk', 'name_ru', 'name_en'])
    .where('bin', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.bin, { kk: r.name_kk, ru: r.name_ru, en: r.name_en }]));
}
