import { ok } from '../../../platform/kit/result.ts';
import { canManageCouncil } from '../policy.ts';
import { command } from '../reasons.ts';
import { demoteChair, findCouncil, insertMember } from '../repository/index.ts';
import type { MemberInput } from '../schemas.ts';

/**
 * The body records a member of its council with a role and a term (members chosen by a call
 * are added by decideSelection). Only one chair at a time: a new chair replaces the old one's role.
 * @example await addMember(deps, { councilId, fullName: 'Ахметова Динара', role: 'secretary', affiliation: '', termStart: '2026-01-10', termEnd: null })
 */
export const addMember = command({
  load: (trx, input: MemberInput & { councilId: string; userId?: string | null }) => findCouncil(trx, input.councilId),
  policy: (actor, council) => canManageCouncil(actor, council),
  run: async ({ trx, loaded: council, audit }, input) => {
    if (input.role === 'chair') await demoteChair(trx, council.id);
    const row = await insertMember(trx, {
      council_id: council.id,
      user_id: input.userId ?? null,
      full_name: input.fullName,
      role: input.role,
      affiliation: input.affiliation,
      term_start: input.termStart,
      term_end: input.termEnd,
      selection_id: null,
    });
    await audit({
      action: 'councils.member.added',
      entityType: 'council',
      entityId: council.id,
      data: { name: input.fullName, role: input.role },
      public: true,
    });
    return ok({ id: row.id });
  },
});
