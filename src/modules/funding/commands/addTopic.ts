import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canManage } from '../policy.ts';
import { findPlan } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** Adds a topic, with its evidence (free text and links), to a plan still in draft. */
export async function addTopic(
  deps: CommandDeps,
  input: {
    planId: string;
    title: string;
    description: string;
    area: string;
    region: string | null;
    evidence: string;
    evidenceLinks: string[];
  },
): Promise<Result<{ id: string }>> {
  return tx(deps, async (trx) => {
    const plan = await findPlan(trx, input.planId, { forUpdate: true });
    if (!plan) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, plan.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (plan.status !== 'draft') return fail('planNotDraft');
    const row = await trx
      .insertInto('funding_topics')
      .values({
        plan_id: plan.id,
        title: input.title,
        description: input.description,
        area: input.area,
        region: input.region,
        evidence: input.evidence,
        evidence_links: input.evidenceLinks,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(trx, deps, 'topic.added', 'funding_plan', plan.id, { topicId: row.id, title: input.title });
    return ok({ id: row.id });
  });
}
