import { ok } from '../../../platform/kit/index.ts';
import { DRAW_ALGORITHM, drawPanel as draw, drawSeed, type DrawInputs } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertPanel, panelDrawn, publicExperts } from '../repository/index.ts';
import { callWithBody } from './load.ts';

/**
 * Draws the call's expert panel from the public register, once, after the deadline. The inputs
 * (call id, closing instant, every candidate id, size), the seed and the algorithm are stored and
 * published so that anyone can re-run the draw (domain.drawPanel).
 */
export const drawPanel = command({
  load: (trx, input: { callId: string }) => callWithBody(trx, input.callId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { call }, actor, at, audit }) => {
    if (call.status !== 'closed') return fail('callNotClosed');
    if (await panelDrawn(trx, call.id)) return fail('alreadyDrawn');
    const candidates = (await publicExperts(trx)).map((e) => e.user_id).sort();
    if (candidates.length < call.panel_size) return fail('notEnoughExperts');
    const inputs: DrawInputs = {
      callId: call.id,
      closesAt: new Date(call.closes_at).toISOString(),
      candidates,
      size: call.panel_size,
    };
    const seed = drawSeed(inputs);
    const members = draw(seed, candidates, call.panel_size);
    await insertPanel(
      trx,
      { callId: call.id, algorithm: DRAW_ALGORITHM, seed, inputs, drawnBy: actor!.id, at },
      members,
    );
    await audit({
      action: 'funding.panel.drawn',
      entityType: 'funding_call',
      entityId: call.id,
      data: { seed, algorithm: DRAW_ALGORITHM, candidates: candidates.length, members },
      public: true,
    });
    return ok({ seed, members });
  },
});
