/** Query fragments the legislation repository shares: the draft with its body, the effective state, organisation names. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { organizationNames } from '../../registry/index.ts';
import type { DraftState } from '../domain.ts';

/** A civil date column read back as 'YYYY-MM-DD' whatever the driver makes of it. */
export const isoDay = (v: unknown): string | null => (v === null || v === undefined ? null : String(v).slice(0, 10));

/** A draft's columns with its state body's, as every draft query reads them. */
export const DRAFT_COLUMNS = [
  'd.id',
  'd.state_body_id',
  'd.kind',
  'd.title_kk',
  'd.title_ru',
  'd.status',
  'd.current_version',
  'd.opened_at',
  'd.last_day',
  'd.closes_at',
  'd.first_opened_at',
  'd.summary_published_at',
  'd.created_by',
  'd.created_at',
  'd.updated_at',
  'd.lock_version',
  'b.code as body_code',
  'b.name_kk as body_name_kk',
  'b.name_ru as body_name_ru',
  'b.name_en as body_name_en',
  'b.region as body_region',
] as const;

export const draftSelect = (db: Db) =>
  db
    .selectFrom('legislation_drafts as d')
    .innerJoin('state_bodies as b', 'b.id', 'd.state_body_id')
    .select(DRAFT_COLUMNS);

export const fixDraft = <R extends { last_day: unknown }>(r: R): R => ({ ...r, last_day: isoDay(r.last_day) });

/** The effective state in SQL, the same rule as domain.effectiveState. */
export const effective = (now: Date) =>
  sql<DraftState>`case when d.status = 'open' and d.closes_at <= ${now} then 'closed' else d.status end`;

/**
 * The organisations' names on comments and conclusions, in both languages of the text; they are
 * the registry's, read through its contract (a BIN it does not know keeps null names).
 */
export async function withOrgNames<R extends { organization_bin: string | null }>(
  db: Db,
  rows: R[],
): Promise<(R & { org_name_kk: string | null; org_name_ru: string | null })[]> {
  const names = await organizationNames(
    db,
    rows.flatMap((r) => (r.organization_bin ? [r.organization_bin] : [])),
  );
  return rows.map((r) => {
    const n = r.organization_bin ? names.get(r.organization_bin) : undefined;
    return { ...r, org_name_kk: n?.kk ?? null, org_name_ru: n?.ru ?? null };
  });
}
