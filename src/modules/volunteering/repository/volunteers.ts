/** The volunteering side's queries, named by intent: opportunities, profiles, sign-ups, certificates. */
import type { ColumnType } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { peopleByIds } from '../../accounts/index.ts';
import { HOLDS_PLACE, type OpportunityStatus } from '../domain.ts';
import type { VolunteeringTables } from '../tables.ts';

type Row<T> = { [K in keyof T]: T[K] extends ColumnType<infer S, infer _I, infer _U> ? S : T[K] };
export type OpportunityRow = Row<VolunteeringTables['volunteer_opportunities']>;
export type ApplicationRow = Row<VolunteeringTables['volunteer_applications']>;
export type ProfileRow = Row<VolunteeringTables['volunteer_profiles']>;
export type CampaignRow = Row<VolunteeringTables['charity_campaigns']>;
export type PaymentRow = Row<VolunteeringTables['charity_payments']>;

/** One opportunity (its organiser's names come from lookups.ts: the registry's contract, the state bodies). */
export async function findOpportunity(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OpportunityRow | undefined> {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('volunteer_opportunities').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as OpportunityRow | undefined;
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export interface OpportunityQuery {
  q?: string;
  region?: string;
  area?: string;
  online?: boolean;
  status?: OpportunityStatus;
  organizer?: { type: 'organization' | 'state_body'; id: string };
  page: number;
  pageSize: number;
}

export async function searchOpportunities(db: Db, q: OpportunityQuery) {
  let base = db.selectFrom('volunteer_opportunities as o').selectAll('o');
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    base = base.where(
      sql<boolean>`lower(o.title || ' ' || o.description || ' ' || o.settlement || ' ' || array_to_string(o.skills, ' ')) like ${like}`,
    );
  }
  if (q.region) base = base.where('o.region', '=', q.region);
  if (q.area) base = base.where('o.area', '=', q.area);
  if (q.online !== undefined) base = base.where('o.online', '=', q.online);
  if (q.status) base = base.where('o.status', '=', q.status);
  if (q.organizer)
    base = base.where('o.organizer_type', '=', q.organizer.type).where('o.organizer_id', '=', q.organizer.id);
  const [rows, total] = await Promise.all([
    base
      .orderBy(sql`case o.status when 'open' then 0 when 'closed' then 1 else 2 end`)
      .orderBy(sql`case when o.status in ('open', 'closed') then o.starts_on end`)
      .orderBy('o.starts_on', 'desc')
      .orderBy('o.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    db
      .selectFrom(base.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as OpportunityRow[], total: Number(total.n) };
}

/** Places taken (sign-ups that hold one) per opportunity. */
export async function placesTaken(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('volunteer_applications')
    .select(['opportunity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('opportunity_id', 'in', ids)
    .where('status', 'in', [...HOLDS_PLACE])
    .groupBy('opportunity_id')
    .execute();
  return new Map(rows.map((r) => [r.opportunity_id, Number(r.n)]));
}

export async function findProfile(db: Db, userId: string) {
  return db.selectFrom('volunteer_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst() as Promise<
    ProfileRow | undefined
  >;
}

export async function findApplication(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('volunteer_applications').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as ApplicationRow | undefined;
}

export async function applicationOf(db: Db, opportunityId: string, userId: string) {
  return (await db
    .selectFrom('volunteer_applications')
    .selectAll()
    .where('opportunity_id', '=', opportunityId)
    .where('user_id', '=', userId)
    .executeTakeFirst()) as ApplicationRow | undefined;
}

/** Sign-ups of an opportunity with the volunteer's name and profile (for its organiser only). */
export async function applicationsOf(db: Db, opportunityId: string) {
  const rows = await db
    .selectFrom('volunteer_applications as a')
    .leftJoin('volunteer_profiles as p', 'p.user_id', 'a.user_id')
    .leftJoin('volunteer_certificates as c', 'c.application_id', 'a.id')
    .select([
      'a.id',
      'a.user_id',
      'a.status',
      'a.motivation',
      'a.hours_tenths',
      'a.applied_at',
      'a.confirmed_at',
      'p.skills',
      'p.languages',
      'p.region',
      'p.birth_year',
      'c.code',
    ])
    .where('a.opportunity_id', '=', opportunityId)
    .orderBy('a.applied_at')
    .execute();
  // The volunteers' names and e-mails are the accounts' (a sign-up always has its account: a foreign key).
  const people = await peopleByIds(
    db,
    rows.map((r) => r.user_id),
  );
  return rows.flatMap(({ user_id, ...r }) => {
    const u = people.get(user_id);
    return u ? [{ ...r, name: u.name, email: u.email }] : [];
  });
}

/** A volunteer's sign-ups, newest first, with the opportunity and certificate. */
export async function applicationsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .leftJoin('volunteer_certificates as c', 'c.application_id', 'a.id')
    .select([
      'a.id',
      'a.status',
      'a.hours_tenths',
      'a.applied_at',
      'a.confirmed_at',
      'o.id as opportunity_id',
      'o.title',
      'o.starts_on',
      'o.ends_on',
      'c.code',
      'c.revoked_at',
    ])
    .where('a.user_id', '=', userId)
    .orderBy('a.applied_at', 'desc')
    .execute();
}

/** Everything printed on or checked against a certificate (but the organiser's names: lookups.ts). */
export async function findCertificate(db: Db, code: string) {
  if (!/^[0-9a-f]{16}$/.test(code)) return undefined;
  const c = await db
    .selectFrom('volunteer_certificates as c')
    .innerJoin('volunteer_applications as a', 'a.id', 'c.application_id')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .select([
      'c.code',
      'c.issued_at',
      'c.revoked_at',
      'c.revoke_reason',
      'a.user_id',
      'a.hours_tenths',
      'a.confirmed_at',
      'o.id as opportunity_id',
      'o.title',
      'o.area',
      'o.starts_on',
      'o.ends_on',
      'o.online',
      'o.region',
      'o.settlement',
      'o.organizer_type',
      'o.organizer_id',
    ])
    .where('c.code', '=', code)
    .executeTakeFirst();
  if (!c) return undefined;
  const volunteer = (await peopleByIds(db, [c.user_id])).get(c.user_id);
  return volunteer ? { ...c, volunteer_name: volunteer.name } : undefined;
}
export type CertificateRow = NonNullable<Awaited<ReturnType<typeof findCertificate>>>;

/** Reference state bodies' names by id (an organiser may be one). */
export async function stateBodyNames(db: Db, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('state_bodies')
    .select([sql<string>`id::text`.as('id'), 'name_kk', 'name_ru', 'name_en'])
    .where(sql`id::text`, 'in', [...ids])
    .execute();
}

/**
 * Volunteers of one organiser with their confirmed hours in total, by name: the accounts' order
 * of peopleByIds (the database's collation, as the query's `order by name` was).
 */
export async function volunteersOf(db: Db, organizer: { type: 'organization' | 'state_body'; id: string }) {
  const totals = await db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .select([
      'a.user_id',
      sql<number>`coalesce(sum(a.hours_tenths) filter (where a.status = 'completed'), 0)::int`.as('tenths'),
      sql<number>`count(*) filter (where a.status = 'completed')::int`.as('completed'),
      sql<number>`count(*) filter (where a.status in ('applied', 'accepted'))::int`.as('pending'),
    ])
    .where('o.organizer_type', '=', organizer.type)
    .where('o.organizer_id', '=', organizer.id)
    .groupBy('a.user_id')
    .execute();
  const byUser = new Map(totals.map((t) => [t.user_id, t]));
  const people = await peopleByIds(db, [...byUser.keys()]);
  return [...people.values()].map((u) => {
    const t = byUser.get(u.id)!;
    return { id: u.id, name: u.name, email: u.email, tenths: t.tenths, completed: t.completed, pending: t.pending };
  });
}

/** Confirmed hours (tenths) per organisation BIN. */
export async function confirmedTenthsByBin(db: Db, bins: string[], since?: Date) {
  if (!bins.length) return new Map<string, number>();
  let q = db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .select(['o.organizer_id', sql<number>`sum(a.hours_tenths)::int`.as('tenths')])
    .where('o.organizer_type', '=', 'organization')
    .where('o.organizer_id', 'in', bins)
    .where('a.status', '=', 'completed');
  if (since) q = q.where('a.confirmed_at', '>=', since);
  const rows = await q.groupBy('o.organizer_id').execute();
  return new Map(rows.map((r) => [r.organizer_id, Number(r.tenths)]));
}
