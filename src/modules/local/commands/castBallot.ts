import { ok } from '../../../platform/kit/index.ts';
import { ballotError, residenceError } from '../domain.ts';
import { canVote } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCycle, hasVoted, insertBallot, listProposals } from '../repository/index.ts';
import type { BallotForm } from '../schemas.ts';

/**
 * A resident's ballot: the declared residence (kept on the ballot) must be the cycle's
 * territory; the choices follow the cycle's rules (ballotError). One ballot per person per
 * cycle, enforced by a unique key. Fails with not_found, sign_in, not_voting, already_voted,
 * not_resident_region / not_resident_district (field region / district), or a ballot rule
 * (field choices): no_choice, duplicate_choice, too_many_choices, unknown_choice, over_budget.
 * @example await castBallot(deps, { cycleId, region: 'almaty-city', district: null, choices: [a, b] })
 */
export const castBallot = command({
  load: (trx, input: BallotForm & { cycleId: string }) => findCycle(trx, input.cycleId),
  // Whether this person has voted is asked in `run` (the load step does not know the actor).
  policy: (actor, cycle) => canVote(actor, cycle, { hasVoted: false }),
  run: async ({ trx, loaded: cycle, actor, at, audit }, input) => {
    if (await hasVoted(trx, cycle.id, actor!.id)) return fail('already_voted');
    const residence = residenceError(cycle, { region: input.region, district: input.district });
    if (residence) return fail(residence, residence === 'not_resident_region' ? 'region' : 'district');
    const proposals = new Map((await listProposals(trx, cycle.id)).map((p) => [p.id, p]));
    const rule = ballotError(input.choices, proposals, { budget: cycle.budget, maxChoices: cycle.max_choices });
    if (rule) return fail(rule, 'choices');
    const id = await insertBallot(trx, {
      cycleId: cycle.id,
      voterId: actor!.id,
      region: input.region,
      district: input.district,
      choices: input.choices,
      at,
    });
    if (!id) return fail('already_voted');
    // The ballot is secret: the audit entry names the cycle, not the choices.
    await audit({
      action: 'local.ballot.cast',
      entityType: 'budget_cycle',
      entityId: cycle.id,
      data: { choices: input.choices.length },
    });
    return ok({ ballotId: id });
  },
});
