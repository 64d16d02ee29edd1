/** Kysely queries of the petitions module, named by intent (tables: migrations/0005_petitions.sql). */
import { sql } from 'kysely';
import type { Status } from '../domain.ts';
import type { PetitionsTables } from '../tables.ts';
export type { PetitionsTables } from '../tables.ts';

import type { Db } from '../../../platform/db/schema.ts';
export type { Db } from '../../../platform/db/schema.ts';

export interface InitiativeRow {
  id: string;
  title: string;
  body: string;
  language: string;
  addressee_id: string;
  addressee_code: string;
  region: string | null;
  area: string;
  status: Status;
  threshold: number | null;
  signature_count: number;
  author_id: string | null;
  author_name: string;
  submitted_at: Date | null;
  moderation_due: string | null;
  rejection_category: string | null;
  rejection_reason: string | null;
  moderated_at: Date | null;
  collecting_from: Date | null;
  collection_ends: string | null;
  threshold_reached_at: Date | null;
  answer_due: string | null;
  review_started_at: Date | null;
  answered_at: Date | null;
  answer_decision: 'accepted' | 'partly' | 'declined' | null;
  answer_text: string | null;
  answered_by_name: string | null;
  expired_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export async function findInitiative(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<InitiativeRow | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  let q = db.selectFrom('initiatives').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return (await q.executeTakeFirst()) as InitiativeRow | undefined;
}

export type NewInitiative = Pick<
  InitiativeRow,
  'title' | 'body' | 'language' | 'addressee_id' | 'addressee_code' | 'region' | 'area' | 'author_id' | 'author_name'
>;

export async function insertInitiative(db: Db, v: NewInitiative & Partial<InitiativeRow>): Promise<string> {
  const row = await db
    .insertInto('initiatives')
    .values(v as any)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Writes changes and counts a new version. The caller holds the row's lock (`forUpdate`) and has
 * checked the version the user saw (the command kit's `version`), so nobody changed it since.
 */
export async function updateInitiative(db: Db, id: string, v: Partial<InitiativeRow>): Promise<void> {
  const { id: _id, version: _v, ...rest } = v;
  await db
    .updateTable('initiatives')
    .set({ ...(rest as any), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The collecting → threshold_reached step of the signing batch; false when it is no longer collecting. */
export async function markThresholdReached(
  db: Db,
  id: string,
  v: { status: Status; at: Date; answerDue: string },
): Promise<boolean> {
  const r = await db
    .updateTable('initiatives')
    .set({
      status: v.status,
      threshold_reached_at: v.at,
      answer_due: v.answerDue,
      version: sql`version + 1`,
      updated_at: v.at,
    })
    .where('id', '=', id)
    .where('status', '=', 'collecting')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function stateBodyId(db: Db, code: string): Promise<string | undefined> {
  return (await db.selectFrom('state_bodies').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

export async function stateBodyById(db: Db, id: string) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- public list

export interface ListQuery {
  status?: Status;
  addressee?: string;
  region?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * Listed initiatives (see domain.isListed: past moderation and, while collecting or expired, at
 * least `listingMin` signatures), newest activity first; `q` matches title and text (substring,
 * case-insensitive) or is similar to the title (pg_trgm).
 */
export async function searchInitiatives(
  db: Db,
  q: ListQuery,
  listingMin: number,
): Promise<{ rows: InitiativeRow[]; total: number }> {
  let base = db
    .selectFrom('initiatives')
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['threshold_reached', 'under_review', 'answered']),
        eb.and([eb('status', 'in', ['collecting', 'expired']), eb('signature_count', '>=', listingMin)]),
      ]),
    );
  if (q.status) base = base.where('status', '=', q.status);
  if (q.addressee) base = base.where('addressee_code', '=', q.addressee);
  if (q.region) base = base.where('region', '=', q.region);
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const text = q.q.toLowerCase();
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(title)`, 'like', like),
        eb(sql`lower(body)`, 'like', like),
        eb(sql<number>`similarity(lower(title), ${text})`, '>', 0.3),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .orderBy(
        sql`case status when 'collecting' then 0 when 'threshold_reached' then 1 when 'under_review' then 1 when 'answered' then 2 else 3 end`,
      )
      .orderBy('signature_count', 'desc')
      .orderBy('created_at', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as InitiativeRow[], total: Number(total.n) };
}

/**
 * Initiatives similar to a draft (trigram similarity of the title to the draft's title, and of
 * the draft's text to their text, in any language), among listed ones (collecting from the listing
 * minimum, or further on), best first.
 */
export async function similarInitiatives(
  db: Db,
  title: string,
  body: string,
  opts: { excludeId?: string; limit?: number; listingMin?: number } = {},
) {
  const t = title.toLowerCase().slice(0, 200);
  const b = body.toLowerCase().slice(0, 2000);
  const score = sql<number>`greatest(similarity(lower(title), ${t}), word_similarity(${t}, lower(title)) * 0.9, similarity(lower(left(body, 2000)), ${b}) * 0.8)`;
  let q = db
    .selectFrom('initiatives')
    .select(['id', 'title', 'status', 'signature_count', 'addressee_code', 'collection_ends'])
    .select(score.as('score'))
    // Only listed ones: an initiative below the listing minimum stays reachable by its link alone.
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['threshold_reached', 'under_review', 'answered']),
        eb.and([eb('status', '=', 'collecting'), eb('signature_count', '>=', opts.listingMin ?? 50)]),
      ]),
    )
    .where(score, '>', 0.3);
  if (opts.excludeId) q = q.where('id', '!=', opts.excludeId);
  return q
    .orderBy('score', 'desc')
    .limit(opts.limit ?? 5)
    .execute();
}

/** The moderation queue, oldest submission first. */
export async function moderationQueue(db: Db) {
  return (await db
    .selectFrom('initiatives')
    .selectAll()
    .where('status', '=', 'moderation')
    .orderBy('submitted_at', 'asc')
    .limit(200)
    .execute()) as InitiativeRow[];
}

/** What a state body has to deal with: reached, under review, and recently answered. */
export async function addresseeQueue(db: Db, stateBodyIds: string[]) {
  if (!stateBodyIds.length) return [];
  return (await db
    .selectFrom('initiatives')
    .selectAll()
    .where('addressee_id', 'in', stateBodyIds)
    .where('status', 'in', ['threshold_reached', 'under_review', 'answered'])
    .orderBy(sql`case status when 'answered' then 1 else 0 end`)
    .orderBy('answer_due', 'asc')
    .limit(200)
    .execute()) as InitiativeRow[];
}

export async function initiativesOfAuthor(db: Db, authorId: string) {
  return (await db
    .selectFrom('initiatives')
    .selectAll()
    .where('author_id', '=', authorId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute()) as InitiativeRow[];
}

/** The latest public signer names (first name and initial only). */
export async function recentSigners(db: Db, id: string, limit = 20) {
  return db
    .selectFrom('initiative_signatures')
    .select(['public_name', 'signed_at'])
    .where('initiative_id', '=', id)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function signatureByReceipt(db: Db, receiptHash: string) {
  return db
    .selectFrom('initiative_signatures')
    .select(['id', 'initiative_id', 'public_name', 'signed_at', 'signing_time', 'cms', 'cert_serial', 'cert_issuer'])
    .where('receipt_hash', '=', receiptHash)
    .executeTakeFirst();
}

/** Whether this keyed IIN hash has signed the initiative. */
export async function hasSigned(db: Db, id: string, iinHash: string): Promise<boolean> {
  return !!(await db
    .selectFrom('initiative_signatures')
    .select('id')
    .where('initiative_id', '=', id)
    .where('iin_hash', '=', iinHash)
    .executeTakeFirst());
}

export async function signatureCount(db: Db, id: string) {
  return db
    .selectFrom('initiatives')
    .select(['signature_count', 'status', 'threshold'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ------------------------------------------------------------ signing batch

/** The batch's initiatives, locked in id order (no deadlock between two batches; readers are not blocked). */
export async function lockInitiatives(db: Db, ids: string[]): Promise<InitiativeRow[]> {
  return (await db
    .selectFrom('initiatives')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute()) as InitiativeRow[];
}

export interface NewSignature {
  initiative_id: string;
  iin_hash: string;
  public_name: string;
  signed_at: Date;
  signing_time: Date | null;
  cms: Uint8Array | null;
  cert_serial: string | null;
  cert_issuer: string | null;
  receipt_hash: string | null;
}

/** One insert for the batch; a person who already signed is skipped. Returns the ones inserted. */
export async function insertSignatures(
  db: Db,
  rows: NewSignature[],
): Promise<{ initiative_id: string; iin_hash: string }[]> {
  return db
    .insertInto('initiative_signatures')
    .values(rows)
    .onConflict((oc) => oc.columns(['initiative_id', 'iin_hash']).doNothing())
    .returning(['initiative_id', 'iin_hash'])
    .execute();
}

/** One counter update per initiative per batch (no hot single-row update per signature). */
export async function addSignatures(db: Db, id: string, n: number): Promise<number> {
  const u = await db
    .updateTable('initiatives')
    .set({ signature_count: sql`signature_count + ${n}` })
    .where('id', '=', id)
    .returning(['signature_count'])
    .executeTakeFirstOrThrow();
  return u.signature_count;
}
