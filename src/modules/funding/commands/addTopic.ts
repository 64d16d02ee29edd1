import { ok } from '../../../platform/kit/index.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertTopic } from '../repository/index.ts';
import { planWithBody } from './load.ts';

export interface TopicInput {
  planId: string;
  title: string;
  description: string;
  area: string;
  region: string | null;
  evidence: string;
  evidenceLinks: string[];
}

/** Adds a topic, with its evidence (free text and links), to a plan still in draft. */
export const addTopic = command({
  load: (trx, input: TopicInput) => planWithBody(trx, input.planId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { plan }, audit }, input) => {
    if (plan.status !== 'draft') return fail('planNotDraft');
    const row = await insertTopic(trx, input);
    await audit({
      action: 'funding.topic.added',
      entityType: 'funding_plan',
      entityId: plan.id,
      data: { topicId: row.id, title: input.title },
      public: true,
    });
    return ok({ id: row.id });
  },
});
