/** The expert register, panels and their draw, conflict declarations, scores, decisions and corrections. */
import type { Db } from '../../../platform/db/schema.ts';
import type { ApplicationStatus, DrawInputs } from '../domain.ts';
import { peopleByIds } from '../../accounts/index.ts';
import { json, num } from './rows.ts';

export async function findPanel(db: Db, callId: string) {
  const p = await db.selectFrom('funding_panels').selectAll().where('call_id', '=', callId).executeTakeFirst();
  if (!p) return undefined;
  const seats = await db
    .selectFrom('funding_panel_members as m')
    .leftJoin('funding_experts as e', 'e.user_id', 'm.user_id')
    .select(['m.user_id', 'm.position', 'e.display_name', 'e.areas'])
    .where('m.call_id', '=', callId)
    .orderBy('m.position')
    .execute();
  // Their account names are the accounts' (kept out, as the join did, if an account were missing).
  const people = await peopleByIds(
    db,
    seats.map((m) => m.user_id),
  );
  return {
    ...p,
    inputs: json<{ callId: string; closesAt: string; candidates: string[]; size: number }>(p.inputs),
    members: seats.flatMap((m) => {
      const u = people.get(m.user_id);
      return u
        ? [{ user_id: m.user_id, position: m.position, name: u.name, display_name: m.display_name, areas: m.areas }]
        : [];
    }),
  };
}

/** The public register: experts who still hold the role and whose account is not disabled (the accounts' contract says which). */
export async function publicExperts(db: Db) {
  const rows = await db
    .selectFrom('funding_experts as e')
    .select(['e.user_id', 'e.display_name', 'e.areas', 'e.bio', 'e.joined_at'])
    .where('e.public', '=', true)
    .orderBy('e.display_name')
    .execute();
  const experts = await peopleByIds(
    db,
    rows.map((e) => e.user_id),
    { active: true, role: 'expert' },
  );
  return rows.filter((e) => experts.has(e.user_id));
}

export async function scoresOf(db: Db, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const rows = await db
    .selectFrom('funding_scores as s')
    .leftJoin('funding_experts as e', 'e.user_id', 's.expert_id')
    .select([
      's.application_id',
      's.expert_id',
      's.criteria',
      's.total',
      's.comment',
      's.submitted_at',
      'e.display_name',
    ])
    .where('s.application_id', 'in', applicationIds)
    .orderBy('s.submitted_at')
    .execute();
  const people = await peopleByIds(
    db,
    rows.map((r) => r.expert_id),
  );
  return rows.flatMap((r) => {
    const u = people.get(r.expert_id);
    return u ? [{ ...r, name: u.name, criteria: json<Record<string, number>>(r.criteria), total: num(r.total) }] : [];
  });
}

export async function conflictsOf(db: Db, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.selectFrom('funding_conflicts').selectAll().where('application_id', 'in', applicationIds).execute();
}

export async function findDecision(db: Db, callId: string) {
  const d = await db.selectFrom('funding_decisions').selectAll().where('call_id', '=', callId).executeTakeFirst();
  if (!d) return undefined;
  const corrections = await db
    .selectFrom('funding_decision_corrections')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('corrected_at')
    .execute();
  return { ...d, corrections };
}

export async function upsertExpert(
  db: Db,
  userId: string,
  v: { displayName: string; areas: string[]; bio: string; public: boolean },
) {
  const row = { display_name: v.displayName, areas: v.areas, bio: v.bio, public: v.public };
  await db
    .insertInto('funding_experts')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
}

export async function panelDrawn(db: Db, callId: string): Promise<boolean> {
  return !!(await db.selectFrom('funding_panels').select('call_id').where('call_id', '=', callId).executeTakeFirst());
}

/** Stores a draw: its published inputs, seed and algorithm, and the members in drawn order. */
export async function insertPanel(
  db: Db,
  v: { callId: string; algorithm: string; seed: string; inputs: DrawInputs; drawnBy: string; at: Date },
  members: string[],
) {
  await db
    .insertInto('funding_panels')
    .values({
      call_id: v.callId,
      algorithm: v.algorithm,
      seed: v.seed,
      inputs: JSON.stringify(v.inputs),
      size: v.inputs.size,
      drawn_by: v.drawnBy,
      drawn_at: v.at,
    })
    .execute();
  if (members.length)
    await db
      .insertInto('funding_panel_members')
      .values(members.map((user_id, i) => ({ call_id: v.callId, user_id, position: i + 1 })))
      .execute();
}

export async function isPanelMember(db: Db, callId: string, userId: string): Promise<boolean> {
  return !!(await db
    .selectFrom('funding_panel_members')
    .select('user_id')
    .where('call_id', '=', callId)
    .where('user_id', '=', userId)
    .executeTakeFirst());
}

export async function conflictDeclaration(db: Db, applicationId: string, expertId: string) {
  return db
    .selectFrom('funding_conflicts')
    .select('kinds')
    .where('application_id', '=', applicationId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
}

export async function insertConflict(
  db: Db,
  v: { applicationId: string; expertId: string; kinds: string[]; note: string; at: Date },
) {
  await db
    .insertInto('funding_conflicts')
    .values({ application_id: v.applicationId, expert_id: v.expertId, kinds: v.kinds, note: v.note, declared_at: v.at })
    .execute();
}

export async function hasScored(db: Db, applicationId: string, expertId: string): Promise<boolean> {
  return !!(await db
    .selectFrom('funding_scores')
    .select('expert_id')
    .where('application_id', '=', applicationId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst());
}

export async function insertScore(
  db: Db,
  v: {
    applicationId: string;
    expertId: string;
    criteria: Record<string, number>;
    total: number;
    comment: string;
    at: Date;
  },
) {
  await db
    .insertInto('funding_scores')
    .values({
      application_id: v.applicationId,
      expert_id: v.expertId,
      criteria: JSON.stringify(v.criteria),
      total: v.total,
      comment: v.comment,
      submitted_at: v.at,
    })
    .execute();
}

export async function insertDecision(
  db: Db,
  v: { callId: string; reasons: string; commission: string; decidedBy: string; at: Date },
) {
  await db
    .insertInto('funding_decisions')
    .values({
      call_id: v.callId,
      reasons: v.reasons,
      commission: v.commission,
      decided_by: v.decidedBy,
      published_at: v.at,
    })
    .execute();
}

export async function insertCorrection(
  db: Db,
  v: {
    callId: string;
    applicationId: string;
    from: ApplicationStatus;
    to: ApplicationStatus;
    reason: string;
    by: string;
    at: Date;
  },
) {
  await db
    .insertInto('funding_decision_corrections')
    .values({
      call_id: v.callId,
      application_id: v.applicationId,
      from_status: v.from,
      to_status: v.to,
      reason: v.reason,
      corrected_by: v.by,
      corrected_at: v.at,
    })
    .execute();
}
