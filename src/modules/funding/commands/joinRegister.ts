import { ok } from '../../../platform/kit/index.ts';
import { canJoinRegister } from '../policy.ts';
import { command } from '../reasons.ts';
import { upsertExpert } from '../repository/index.ts';

/** An expert opts into (or updates their entry in, or leaves) the public expert register. */
export const joinRegister = command({
  policy: (actor) => canJoinRegister(actor),
  run: async ({ trx, actor, audit }, input: { displayName: string; areas: string[]; bio: string; public: boolean }) => {
    await upsertExpert(trx, actor!.id, input);
    await audit({
      action: input.public ? 'funding.expert.registered' : 'funding.expert.left',
      entityType: 'funding_expert',
      entityId: actor!.id,
      data: { areas: input.areas },
      public: true,
    });
    return ok(undefined);
  },
});
