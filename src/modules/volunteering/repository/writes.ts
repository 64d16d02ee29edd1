/** The module's writes, named by intent; every status they set comes from a lifecycle's `next`. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { ApplicationStatus, CampaignStatus, OpportunityStatus, PaymentStatus } from '../domain.ts';
import type { Organizer } from '../policy.ts';
import type { OpportunityInput } from '../schemas.ts';

/** Whether a reference state body has this id (organisers may be state bodies). */
export async function stateBodyExists(db: Db, id: string): Promise<boolean> {
  return !!(await db
    .selectFrom('state_bodies')
    .select('id')
    .where(sql`id::text`, '=', id)
    .executeTakeFirst());
}

const opportunityColumns = (i: OpportunityInput) => ({
  title: i.title,
  description: i.description,
  area: i.area,
  online: i.online,
  region: i.region || null,
  settlement: i.settlement,
  starts_on: i.startsOn,
  ends_on: i.endsOn,
  places: i.places,
  skills: i.skills,
  min_age: i.minAge,
  max_age: i.maxAge,
});

export async function insertOpportunity(
  db: Db,
  o: { organizer: Organizer; status: OpportunityStatus; input: OpportunityInput; createdBy: string },
): Promise<string> {
  const row = await db
    .insertInto('volunteer_opportunities')
    .values({
      organizer_type: o.organizer.type,
      organizer_id: o.organizer.id,
      status: o.status,
      ...opportunityColumns(o.input),
      created_by: o.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves the organiser's corrections if `version` is still current; the new version, or undefined when stale. */
export async function updateOpportunity(
  db: Db,
  o: { id: string; version: number; input: OpportunityInput; at: Date },
): Promise<number | undefined> {
  const r = await db
    .updateTable('volunteer_opportunities')
    .set((eb) => ({ ...opportunityColumns(o.input), version: eb('version', '+', 1), updated_at: o.at }))
    .where('id', '=', o.id)
    .where('version', '=', o.version)
    .returning('version')
    .executeTakeFirst();
  return r?.version;
}

/** Compare-and-set on version and status: false when someone changed the opportunity meanwhile. */
export async function moveOpportunity(
  db: Db,
  o: { id: string; version: number; from: OpportunityStatus; to: OpportunityStatus; at: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('volunteer_opportunities')
    .set((eb) => ({ status: o.to, version: eb('version', '+', 1), updated_at: o.at }))
    .where('id', '=', o.id)
    .where('version', '=', o.version)
    .where('status', '=', o.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A sign-up, unless this person already has one for the opportunity (then undefined). */
export async function insertApplication(
  db: Db,
  a: { opportunityId: string; userId: string; status: ApplicationStatus; motivation: string | null },
): Promise<string | undefined> {
  const row = await db
    .insertInto('volunteer_applications')
    .values({ opportunity_id: a.opportunityId, user_id: a.userId, status: a.status, motivation: a.motivation })
    .onConflict((oc) => oc.columns(['opportunity_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Compare-and-set on the sign-up's status, stamping who decided or confirmed; false when stale. */
export async function moveApplication(
  db: Db,
  a: {
    id: string;
    from: ApplicationStatus;
    to: ApplicationStatus;
    decided?: { at: Date; by: string };
    confirmed?: { at: Date; by: string; hoursTenths: number };
  },
): Promise<boolean> {
  const r = await db
    .updateTable('volunteer_applications')
    .set({
      status: a.to,
      ...(a.decided ? { decided_at: a.decided.at, decided_by: a.decided.by } : {}),
      ...(a.confirmed
        ? { hours_tenths: a.confirmed.hoursTenths, confirmed_at: a.confirmed.at, confirmed_by: a.confirmed.by }
        : {}),
    })
    .where('id', '=', a.id)
    .where('status', '=', a.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function issueCertificate(db: Db, c: { code: string; applicationId: string; at: Date }): Promise<void> {
  await db
    .insertInto('volunteer_certificates')
    .values({ code: c.code, application_id: c.applicationId, issued_at: c.at })
    .execute();
}

export async function revokeCertificate(db: Db, c: { applicationId: string; at: Date; reason: string }): Promise<void> {
  await db
    .updateTable('volunteer_certificates')
    .set({ revoked_at: c.at, revoke_reason: c.reason })
    .where('application_id', '=', c.applicationId)
    .execute();
}

/** Creates or replaces a volunteer profile; its version after the save (1 when created). */
export async function upsertProfile(
  db: Db,
  p: {
    userId: string;
    skills: string[];
    languages: string[];
    region: string;
    birthYear: number;
    about: string | null;
    at: Date;
  },
): Promise<number> {
  const values = {
    skills: p.skills,
    languages: p.languages,
    region: p.region,
    birth_year: p.birthYear,
    about: p.about,
  };
  const row = await db
    .insertInto('volunteer_profiles')
    .values({ user_id: p.userId, ...values, updated_at: p.at })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        ...values,
        updated_at: p.at,
        version: (eb) => eb('volunteer_profiles.version', '+', 1),
      }),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

// ------------------------------------------------------------------ charity

export async function insertCampaign(
  db: Db,
  c: {
    bin: string;
    status: CampaignStatus;
    title: string;
    purpose: string;
    area: string;
    region: string;
    goalTiyn: number;
    startsOn: string;
    endsOn: string;
    iban: string;
    bank: string;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('charity_campaigns')
    .values({
      bin: c.bin,
      status: c.status,
      title: c.title,
      purpose: c.purpose,
      area: c.area,
      region: c.region,
      goal_tiyn: c.goalTiyn,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      account_iban: c.iban,
      bank: c.bank,
      created_by: c.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Compare-and-set on the version: false when the campaign changed meanwhile. */
export async function closeCampaignRow(
  db: Db,
  c: { id: string; version: number; to: CampaignStatus; at: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('charity_campaigns')
    .set((eb) => ({ status: c.to, closed_at: c.at, version: eb('version', '+', 1) }))
    .where('id', '=', c.id)
    .where('version', '=', c.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Publishes the report unless one is already published (then false). */
export async function publishCampaignReport(
  db: Db,
  c: { id: string; to: CampaignStatus; text: string; spentTiyn: number; at: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('charity_campaigns')
    .set((eb) => ({
      status: c.to,
      report_text: c.text,
      report_spent_tiyn: c.spentTiyn,
      report_published_at: c.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', c.id)
    .where('status', '!=', c.to)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addReportFile(db: Db, campaignId: string, fileId: string): Promise<void> {
  await db.insertInto('charity_report_files').values({ campaign_id: campaignId, file_id: fileId }).execute();
}

export async function insertPayment(
  db: Db,
  p: {
    id: string;
    campaignId: string;
    provider: string;
    providerPaymentId: string;
    amountTiyn: number;
    donorUserId: string | null;
    donorName: string | null;
    anonymous: boolean;
    locale: string;
    status: PaymentStatus;
  },
): Promise<void> {
  await db
    .insertInto('charity_payments')
    .values({
      id: p.id,
      campaign_id: p.campaignId,
      provider: p.provider,
      provider_payment_id: p.providerPaymentId,
      amount_tiyn: p.amountTiyn,
      donor_user_id: p.donorUserId,
      donor_name: p.donorName,
      anonymous: p.anonymous,
      locale: p.locale,
      status: p.status,
    })
    .execute();
}

/** Settles a payment; `from` guards a failure against a concurrent confirmation. */
export async function settlePaymentRow(
  db: Db,
  p: { id: string; to: PaymentStatus; from?: PaymentStatus; at: Date },
): Promise<void> {
  let q = db.updateTable('charity_payments').set({ status: p.to, settled_at: p.at }).where('id', '=', p.id);
  if (p.from) q = q.where('status', '=', p.from);
  await q.execute();
}

/**
 * Records a confirmed donation once: the unique key on the provider's payment id makes a repeated
 * or concurrent confirmation a no-op (then undefined).
 */
export async function insertDonation(
  db: Db,
  d: {
    campaignId: string;
    paymentId: string;
    provider: string;
    providerPaymentId: string;
    idempotencyKey: string;
    amountTiyn: number;
    donorUserId: string | null;
    donorName: string | null;
    anonymous: boolean;
  },
): Promise<string | undefined> {
  const row = await db
    .insertInto('charity_donations')
    .values({
      campaign_id: d.campaignId,
      payment_id: d.paymentId,
      provider: d.provider,
      provider_payment_id: d.providerPaymentId,
      idempotency_key: d.idempotencyKey,
      amount_tiyn: d.amountTiyn,
      donor_user_id: d.donorUserId,
      donor_name: d.donorName,
      anonymous: d.anonymous,
    })
    .onConflict((oc) => oc.columns(['provider', 'provider_payment_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Adds a confirmed donation to the campaign's total and donor count. */
export async function addToCampaignTotal(db: Db, campaignId: string, amountTiyn: number): Promise<void> {
  await db
    .updateTable('charity_campaigns')
    .set({ raised_tiyn: sql`raised_tiyn + ${amountTiyn}`, donors: sql`donors + 1` })
    .where('id', '=', campaignId)
    .execute();
}
