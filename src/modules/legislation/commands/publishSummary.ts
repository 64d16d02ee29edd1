import { ok } from '../../../platform/kit/index.ts';
import { DRAFT } from '../domain.ts';
import { canPublishSummary } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { countUnanswered, findDraft, findVersion, updateDraft, updateVersion } from '../repository/index.ts';
import { closeIfDue } from './closeDiscussion.ts';

/**
 * The developer publishes the summary table of comments and answers of the closed discussion;
 * refused with 'unanswered' while any comment on the version has no answer.
 * @example await publishSummary(deps, { id })
 */
export const publishSummary = command({
  load: async (trx, input: { id: string }) => {
    const draft = await findDraft(trx, input.id, { forUpdate: true });
    if (!draft) return null;
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    return { draft, version, counts: await countUnanswered(trx, version.id) };
  },
  policy: (actor, { draft, counts }, _input, at) => canPublishSummary(actor, draft, counts, at),
  run: async (ctx) => {
    const { draft, version, counts } = ctx.loaded;
    // The period has run out but the closing job may not have run yet: record the close first.
    await closeIfDue(ctx, draft);
    const next = DRAFT.next(draft.status, 'publishSummary');
    if (!next) return fail('state_publishSummary');
    await updateDraft(ctx.trx, draft.id, { status: next, summary_published_at: ctx.at, updated_at: ctx.at });
    await updateVersion(ctx.trx, version.id, { summary_published_at: ctx.at });
    await ctx.audit({
      action: 'legislation.summary.published',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { version: draft.current_version, comments: counts.total },
      public: true,
    });
    return ok({ comments: counts.total });
  },
});
