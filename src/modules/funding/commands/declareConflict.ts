import { ok } from '../../../platform/kit/index.ts';
import type { ConflictKind } from '../domain.ts';
import { canDeclare } from '../policy.ts';
import { command, refuse } from '../reasons.ts';
import { conflictDeclaration, insertConflict, isPanelMember } from '../repository/index.ts';
import { applicationWithCall } from './load.ts';

/**
 * A panel expert's declaration for one application: the kinds of conflict (membership, founder,
 * board, payment in the last year, family tie) or none. A conflicted expert cannot score it.
 * Declarations are final and public (the expert's name and the kinds, not the note).
 */
export const declareConflict = command({
  load: (trx, input: { applicationId: string; kinds: ConflictKind[]; note: string }) =>
    applicationWithCall(trx, input.applicationId, { forUpdate: false }),
  run: async ({ trx, loaded: { app, call }, actor, at, audit }, input) => {
    // The policy needs facts about the actor (on the panel, declared already): `load` has no actor.
    const onPanel = !!actor && (await isPanelMember(trx, call.id, actor.id));
    const declared = !!actor && !!(await conflictDeclaration(trx, app.id, actor.id));
    const can = canDeclare(actor, { callStatus: call.status, appStatus: app.status, onPanel, declared });
    if (!can.ok) return refuse(can);
    const kinds = [...new Set(input.kinds)];
    await insertConflict(trx, { applicationId: app.id, expertId: actor!.id, kinds, note: input.note, at });
    await audit({
      action: 'funding.conflict.declared',
      entityType: 'funding_application',
      entityId: app.id,
      data: { expert: actor!.name, kinds },
      public: true,
    });
    return ok({ conflicted: kinds.length > 0 });
  },
});
