/** Kysely queries of local participation, named by intent. */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { PlatformTables } from '../../../platform/db/tables.ts';
import type { CycleStatus, ImplementationStatus, ProposalStatus, ResultStep } from '../domain.ts';
import type { LocalTables } from '../tables.ts';
export type { LocalTables } from '../tables.ts';

import type { Db } from '../../../platform/db/schema.ts';
export type { Db } from '../../../platform/db/schema.ts';
import { CYCLE_COLUMNS } from './columns.ts';

export type CycleRow = Awaited<ReturnType<typeof findCycle>> & {};

export async function findCycle(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  let q = db
    .selectFrom('budget_cycles as c')
    .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
    .select(CYCLE_COLUMNS)
    .where('c.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate(['c']) as typeof q;
  const row = await q.executeTakeFirst();
  return row ? { ...row, budget: Number(row.budget) } : undefined;
}

export interface CycleQuery {
  q?: string;
  region?: string;
  status?: CycleStatus;
  year?: number;
  page: number;
  pageSize: number;
}

export async function searchCycles(db: Db, query: CycleQuery) {
  let q = db.selectFrom('budget_cycles as c').innerJoin('state_bodies as b', 'b.id', 'c.state_body_id');
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('c.title_kk', 'ilike', like),
        eb('c.title_ru', 'ilike', like),
        eb('c.title_en', 'ilike', like),
        eb('b.name_kk', 'ilike', like),
        eb('b.name_ru', 'ilike', like),
        eb('b.name_en', 'ilike', like),
      ]),
    );
  }
  if (query.region) q = q.where('c.region', '=', query.region);
  if (query.status) q = q.where('c.status', '=', query.status);
  if (query.year) q = q.where('c.year', '=', query.year);
  const [rows, total] = await Promise.all([
    q
      .select(CYCLE_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('budget_proposals as p')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('p.cycle_id', '=', 'c.id')
          .as('proposals'),
      )
      .select((eb) =>
        eb
          .selectFrom('budget_ballots as v')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('v.cycle_id', '=', 'c.id')
          .as('ballots'),
      )
      .orderBy('c.year', 'desc')
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      budget: Number(r.budget),
      proposals: Number(r.proposals ?? 0),
      ballots: Number(r.ballots ?? 0),
    })),
    total: Number(total.n),
  };
}

export interface NewCycle {
  stateBodyId: string;
  region: string;
  district: string | null;
  year: number;
  titleKk: string;
  titleRu: string;
  titleEn: string | null;
  description: string | null;
  budget: number;
  maxChoices: number;
  by: string | null;
}

export async function insertCycle(db: Db, v: NewCycle) {
  return db
    .insertInto('budget_cycles')
    .values({
      state_body_id: v.stateBodyId,
      region: v.region,
      district: v.district,
      year: v.year,
      title_kk: v.titleKk,
      title_ru: v.titleRu,
      title_en: v.titleEn,
      description: v.description,
      budget: v.budget,
      max_choices: v.maxChoices,
      created_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Compare-and-set on the version: false when someone else changed the cycle first. */
export async function setCycleStatus(
  db: Db,
  id: string,
  version: number,
  status: CycleStatus,
  extra: { result_steps?: string; results_at?: Date } = {},
): Promise<boolean> {
  const r = await db
    .updateTable('budget_cycles')
    .set({ status, version: version + 1, updated_at: new Date(), ...extra })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function cycleFacts(db: Db, cycleId: string) {
  const r = await db
    .selectFrom('budget_proposals')
    .select([
      (eb) => eb.fn.countAll<number>().as('proposals'),
      sql<number>`count(*) filter (where status = 'submitted')`.as('unreviewed'),
      sql<number>`count(*) filter (where status = 'feasible')`.as('feasible'),
    ])
    .where('cycle_id', '=', cycleId)
    .executeTakeFirstOrThrow();
  return { proposals: Number(r.proposals), unreviewed: Number(r.unreviewed), feasible: Number(r.feasible) };
}

// ------------------------------------------------------------ proposals

const PROPOSAL_COLUMNS = [
  'id',
  'cycle_id',
  'title',
  'description',
  'cost',
  'location',
  'status',
  'review_reason',
  'reviewed_at',
  'votes',
  'implementation',
  'created_at',
  'updated_at',
] as const;

export type ProposalRow = Awaited<ReturnType<typeof listProposals>>[number];

export async function listProposals(db: Db, cycleId: string, opts: { q?: string; status?: ProposalStatus } = {}) {
  let q = db.selectFrom('budget_proposals').select(PROPOSAL_COLUMNS).where('cycle_id', '=', cycleId);
  if (opts.q) {
    const like = `%${opts.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('title', 'ilike', like), eb('description', 'ilike', like), eb('location', 'ilike', like)]),
    );
  }
  if (opts.status) q = q.where('status', '=', opts.status);
  const rows = await q.orderBy('votes', 'desc').orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ ...r, cost: Number(r.cost) }));
}

export async function findProposal(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  let q = db
    .selectFrom('budget_proposals')
    .select([...PROPOSAL_COLUMNS, 'author_id'])
    .where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? { ...row, cost: Number(row.cost) } : undefined;
}

/** A proposal with the cycle it belongs to (what every action on a proposal judges by). */
export async function findProposalInCycle(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  const proposal = await findProposal(db, id, opts);
  const cycle = proposal && (await findCycle(db, proposal.cycle_id));
  return proposal && cycle ? { proposal, cycle } : undefined;
}

export async function insertProposal(
  db: Db,
  v: {
    cycleId: string;
    authorId: string | null;
    title: string;
    description: string;
    cost: number;
    location: string;
    at?: Date;
  },
) {
  return db
    .insertInto('budget_proposals')
    .values({
      cycle_id: v.cycleId,
      author_id: v.authorId,
      title: v.title,
      description: v.description,
      cost: v.cost,
      location: v.location,
      ...(v.at ? { created_at: v.at, updated_at: v.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function reviewProposal(
  db: Db,
  id: string,
  v: { status: ProposalStatus; reason: string; by: string | null; at: Date },
) {
  await db
    .updateTable('budget_proposals')
    .set({ status: v.status, review_reason: v.reason, reviewed_by: v.by, reviewed_at: v.at, updated_at: v.at })
    .where('id', '=', id)
    .execute();
}

/**
 * After voting: the selected ones (their implementation at its first stage) and the rest, with
 * the statuses the proposal lifecycle gives them.
 */
export async function applyResults(
  db: Db,
  cycleId: string,
  selected: string[],
  to: { selected: ProposalStatus; rest: ProposalStatus; from: ProposalStatus; implementation: ImplementationStatus },
) {
  await db
    .updateTable('budget_proposals')
    .set({ status: to.rest, updated_at: new Date() })
    .where('cycle_id', '=', cycleId)
    .where('status', '=', to.from)
    .execute();
  if (selected.length) {
    await db
      .updateTable('budget_proposals')
      .set({ status: to.selected, implementation: to.implementation, updated_at: new Date() })
      .where('id', 'in', selected)
      .execute();
  }
}

// -------------------------------------------------------------- ballots

export async function hasVoted(db: Db, cycleId: string, voterId: string): Promise<boolean> {
  return !!(await db
    .selectFrom('budget_ballots')
    .select('id')
    .where('cycle_id', '=', cycleId)
    .where('voter_id', '=', voterId)
    .executeTakeFirst());
}

export async function myBallot(db: Db, cycleId: string, voterId: string) {
  const b = await db
    .selectFrom('budget_ballots')
    .select(['id', 'cast_at', 'residence_region', 'residence_district'])
    .where('cycle_id', '=', cycleId)
    .where('voter_id', '=', voterId)
    .executeTakeFirst();
  if (!b) return null;
  const choices = await db
    .selectFrom('budget_ballot_choices')
    .select('proposal_id')
    .where('ballot_id', '=', b.id)
    .execute();
  return { ...b, choices: choices.map((c) => c.proposal_id) };
}

/** Inserts the ballot unless this person has one (the unique key decides); null on a duplicate. */
export async function insertBallot(
  db: Db,
  v: { cycleId: string; voterId: string; region: string; district: string | null; choices: string[]; at?: Date },
) {
  const row = await db
    .insertInto('budget_ballots')
    .values({
      cycle_id: v.cycleId,
      voter_id: v.voterId,
      residence_region: v.region,
      residence_district: v.district,
      ...(v.at ? { cast_at: v.at } : {}),
    })
    .onConflict((oc) => oc.columns(['cycle_id', 'voter_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  await db
    .insertInto('budget_ballot_choices')
    .values(v.choices.map((p) => ({ ballot_id: row.id, proposal_id: p })))
    .execute();
  await db
    .updateTable('budget_proposals')
    .set((eb) => ({ votes: eb('votes', '+', 1) }))
    .where('id', 'in', v.choices)
    .execute();
  return row.id;
}

export async function countBallots(db: Db, cycleId: string): Promise<number> {
  const r = await db
    .selectFrom('budget_ballots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cycle_id', '=', cycleId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// ------------------------------------------------------------- progress

export async function insertProgress(
  db: Db,
  v: {
    proposalId: string;
    implementation: ImplementationStatus;
    note: string;
    photoFileId: string | null;
    by: string | null;
    at?: Date;
  },
) {
  await db
    .insertInto('budget_progress')
    .values({
      proposal_id: v.proposalId,
      implementation: v.implementation,
      note: v.note,
      photo_file_id: v.photoFileId,
      created_by: v.by,
      ...(v.at ? { created_at: v.at } : {}),
    })
    .execute();
  await db
    .updateTable('budget_proposals')
    .set({ implementation: v.implementation, updated_at: v.at ?? new Date() })
    .where('id', '=', v.proposalId)
    .execute();
}

export async function listProgress(db: Db, proposalIds: string[]) {
  if (!proposalIds.length) return [];
  return db
    .selectFrom('budget_progress as g')
    .leftJoin('files as f', 'f.id', 'g.photo_file_id')
    .select([
      'g.id',
      'g.proposal_id',
      'g.implementation',
      'g.note',
      'g.photo_file_id',
      'g.created_at',
      'f.original_name as photo_name',
    ])
    .where('g.proposal_id', 'in', proposalIds)
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute();
}

/** A photo is public when it illustrates the implementation of a proposal. */
export async function findPublicPhoto(db: Db, fileId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) return undefined;
  return db
    .selectFrom('budget_progress as g')
    .innerJoin('files as f', 'f.id', 'g.photo_file_id')
    .select(['f.storage_key', 'f.mime', 'f.original_name'])
    .where('g.photo_file_id', '=', fileId)
    .executeTakeFirst();
}

export * from './assessments.ts';
export * from './openData.ts';
