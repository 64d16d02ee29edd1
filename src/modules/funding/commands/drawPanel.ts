import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { DRAW_ALGORITHM, drawPanel as draw, drawSeed, type DrawInputs } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findCall, publicExperts } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/**
 * Draws the call's expert panel from the public register, once, after the deadline. The inputs
 * (call id, closing instant, every candidate id, size), the seed and the algorithm are stored and
 * published so that anyone can re-run the draw (domain.drawPanel).
 */
export async function drawPanel(
  deps: CommandDeps,
  input: { callId: string },
  now = new Date(),
): Promise<Result<{ seed: string; members: string[] }>> {
  return tx(deps, async (trx) => {
    const call = await findCall(trx, input.callId, { forUpdate: true });
    if (!call) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, call.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (call.status !== 'closed') return fail('callNotClosed');
    if (await trx.selectFrom('funding_panels').select('call_id').where('call_id', '=', call.id).executeTakeFirst())
      return fail('alreadyDrawn');
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
    await trx
      .insertInto('funding_panels')
      .values({
        call_id: call.id,
        algorithm: DRAW_ALGORITHM,
        seed,
        inputs: JSON.stringify(inputs),
        size: call.panel_size,
        drawn_by: deps.actor!.id,
        drawn_at: now,
      })
      .execute();
    await trx
      .insertInto('funding_panel_members')
      .values(members.map((user_id, i) => ({ call_id: call.id, user_id, position: i + 1 })))
      .execute();
    await record(trx, deps, 'panel.drawn', 'funding_call', call.id, {
      seed,
      algorithm: DRAW_ALGORITHM,
      candidates: candidates.length,
      members,
    });
    return ok({ seed, members });
  });
}
