/** Open data of the initiatives: the listed ones (the public list's rule), signatures and deadlines for the indicators. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { InitiativeRow } from './initiatives.ts';

/** Listed initiatives only (the same rule as the public list). */
function listed(db: Db, listingMin: number) {
  return db
    .selectFrom('initiatives')
    .where((eb) =>
      eb.or([
        eb('status', 'in', ['threshold_reached', 'under_review', 'answered']),
        eb.and([eb('status', 'in', ['collecting', 'expired']), eb('signature_count', '>=', listingMin)]),
      ]),
    );
}

/** A page of listed initiatives after `after` (by id), for the dataset. */
export async function listedBatch(db: Db, listingMin: number, after: string, limit: number) {
  return (await listed(db, listingMin)
    .selectAll()
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute()) as InitiativeRow[];
}

export async function listedStats(db: Db, listingMin: number) {
  const r = await listed(db, listingMin)
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at as Date) : null };
}

/** Listed initiatives collecting signatures, newest first (the feed). */
export async function newestCollecting(db: Db, listingMin: number, limit: number) {
  return (await listed(db, listingMin)
    .selectAll()
    .where('status', '=', 'collecting')
    .orderBy('collecting_from', 'desc')
    .limit(limit)
    .execute()) as InitiativeRow[];
}

/** Listed initiatives in any of the areas, most signed first (the SDG pages). */
export async function listedInAreas(db: Db, listingMin: number, areas: string[], limit: number) {
  return listed(db, listingMin)
    .select(['id', 'title'])
    .where('area', 'in', areas)
    .orderBy('signature_count', 'desc')
    .limit(limit)
    .execute();
}

/** Signatures by the region of the initiative and Almaty year. */
export async function signaturesByRegionYear(db: Db) {
  const rows = await sql<{ region: string | null; year: number; n: number }>`
    select i.region, extract(year from s.signed_at + interval '5 hours')::int as year, count(*)::int as n
    from initiative_signatures s join initiatives i on i.id = s.initiative_id
    group by i.region, 2`.execute(db);
  return rows.rows;
}

/** Every initiative with an answer deadline: its region, the deadline and when it was answered. */
export async function answerDeadlines(db: Db) {
  return db
    .selectFrom('initiatives')
    .select(['region', 'answer_due', 'answered_at', 'status'])
    .where('answer_due', 'is not', null)
    .execute();
}

/** The initiatives addressed to a state body that reached their threshold, with their deadlines. */
export async function receivedBy(db: Db, stateBodyId: string) {
  return db
    .selectFrom('initiatives')
    .select(['answer_due', 'answered_at', 'threshold_reached_at'])
    .where('addressee_id', '=', stateBodyId)
    .where('threshold_reached_at', 'is not', null)
    .execute();
}
