/**
 * The people the reception names and writes to, from the accounts module's contracts (its users
 * and memberships are never read here): an appeal's author and assignee, a body's officials and
 * heads, where to mail a person.
 */
import { membersOf, peopleByIds, type Person } from '../accounts/index.ts';
import type { Db } from '../../platform/db/schema.ts';
import { findAppealByNumber, headIdsOf, type AppealRecord } from './repository/index.ts';

/** An appeal with the names of its author and of the official it is assigned to. */
export type AppealRow = AppealRecord & { citizen_name: string; assignee_name: string | null };

/** Where and in which language to write to a person. */
export async function contactOf(db: Db, userId: string): Promise<Person | undefined> {
  return (await peopleByIds(db, [userId])).get(userId);
}

/** The appeal by its registration number, with the people it names. */
export async function findAppeal(db: Db, number: string): Promise<AppealRow | undefined> {
  const a = await findAppealByNumber(db, number);
  if (!a) return undefined;
  const people = await peopleByIds(db, a.assigned_to ? [a.citizen_id, a.assigned_to] : [a.citizen_id]);
  return {
    ...a,
    citizen_name: people.get(a.citizen_id)?.name ?? '',
    assignee_name: a.assigned_to ? (people.get(a.assigned_to)?.name ?? null) : null,
  };
}

/** Rows with the name of the official each is assigned to (null: nobody, or no such person). */
export async function withAssignees<R extends { assigned_to: string | null }>(
  db: Db,
  rows: R[],
): Promise<(R & { assignee_name: string | null })[]> {
  const people = await peopleByIds(
    db,
    rows.flatMap((r) => (r.assigned_to ? [r.assigned_to] : [])),
  );
  return rows.map((r) => ({ ...r, assignee_name: r.assigned_to ? (people.get(r.assigned_to)?.name ?? null) : null }));
}

/** Officials of a body (active people with a membership of it), by name. */
export async function officialsOf(db: Db, bodyId: string): Promise<Person[]> {
  const members = await membersOf(db, 'state_body', bodyId);
  return [
    ...(
      await peopleByIds(
        db,
        members.map((m) => m.id),
        { active: true },
      )
    ).values(),
  ];
}

/** Heads of a body: officials flagged in appeal_body_heads who still act for it. */
export async function headsOf(db: Db, bodyId: string): Promise<Person[]> {
  const heads = new Set(await headIdsOf(db, bodyId));
  if (heads.size === 0) return [];
  return (await membersOf(db, 'state_body', bodyId)).filter((m) => heads.has(m.id));
}
