import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canManageCouncil } from '../policy.ts';
import { findCouncil } from '../repository.ts';
import type { MemberInput } from '../schemas.ts';

/**
 * The body records a member of its council with a role and a term (members chosen by a call
 * are added by decideSelection). Only one chair at a time: a new chair replaces the old one's role.
 * @example await addMember(deps, councilId, { fullName: 'Ахметова Динара', role: 'secretary', affiliation: '', termStart: '2026-01-10', termEnd: null })
 */
export async function addMember(
  deps: CommandDeps,
  councilId: string,
  input: MemberInput & { userId?: string | null },
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const council = await findCouncil(trx, councilId);
    if (!council) return fail('not_found');
    const d = canManageCouncil(deps.actor, council);
    if (!d.ok) return fail(d.reason);
    if (input.role === 'chair')
      await trx
        .updateTable('council_members')
        .set({ role: 'member' })
        .where('council_id', '=', councilId)
        .where('role', '=', 'chair')
        .execute();
    const row = await trx
      .insertInto('council_members')
      .values({
        council_id: councilId,
        user_id: input.userId ?? null,
        full_name: input.fullName,
        role: input.role,
        affiliation: input.affiliation,
        term_start: input.termStart,
        term_end: input.termEnd,
        selection_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.member.added',
      entityType: 'council',
      entityId: councilId,
      data: { name: input.fullName, role: input.role },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
