import { ok } from '../../../platform/kit/index.ts';
import { LIFECYCLE, moderationDue } from '../domain.ts';
import { canSubmit } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findInitiative, updateInitiative } from '../repository/index.ts';
import { factsOf } from './facts.ts';

/**
 * The author sends the draft to moderation; the moderators have 20 working days (parameter).
 * From here title and text are fixed: they are what people will sign.
 * @example await submitDraft(depsFrom(req), { id, version })
 */
export const submitDraft = command({
  load: (trx, input: { id: string; version: number }) => findInitiative(trx, input.id, { forUpdate: true }),
  policy: (actor, row) => canSubmit(actor, factsOf(row)),
  version: { current: (row) => row.version, expected: (input) => input.version },
  run: async ({ trx, loaded: row, at, audit }) => {
    const next = LIFECYCLE.next(row.status, 'submit');
    if (!next) return fail('not_draft');
    const due = moderationDue(at);
    await updateInitiative(trx, row.id, { status: next, submitted_at: at, moderation_due: due });
    await audit({
      action: 'petitions.submitted',
      entityType: 'initiative',
      entityId: row.id,
      data: { moderationDue: due },
      public: true,
    });
    return ok({ moderationDue: due });
  },
});
