import { almatyDate } from '../../../reference/index.ts';
import { ok } from '../../../platform/kit/result.ts';
import { organizationNames } from '../../registry/index.ts';
import { SELECTION, selectionResult } from '../domain.ts';
import { canMoveSelection } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  findCouncil,
  findSelection,
  insertMember,
  recordApplicationVotes,
  saveSelectionDecision,
  selectionApplications,
} from '../repository/index.ts';

export interface VotesInput {
  id: string;
  version: number;
  commissionSize: number;
  note: string;
  votes: Record<string, { for: number; against: number; abstain: number }>;
}

/**
 * Records the commission's vote (totals per candidate, see domain.selectionResult), publishes
 * the result and makes the selected candidates members of the council for the rest of its term.
 * @example await decideSelection(deps, { id, version: 2, commissionSize: 7, note: '', votes: { [appId]: { for: 6, against: 1, abstain: 0 } } })
 */
export const decideSelection = command({
  load: async (trx, input: VotesInput) => {
    const sel = await findSelection(trx, input.id, { forUpdate: true });
    return sel && { sel, council: (await findCouncil(trx, sel.council_id))! };
  },
  policy: (actor, { sel, council }) => canMoveSelection(actor, council, sel, 'decide'),
  version: { current: ({ sel }) => sel.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { sel, council }, at, audit }, input) => {
    const apps = await selectionApplications(trx, sel.id);
    const missing = apps.find((a) => !input.votes[a.id]);
    if (missing) return fail('votes_missing', missing.id);
    const result = selectionResult(
      apps.map((a) => ({
        id: a.id,
        votesFor: input.votes[a.id].for,
        votesAgainst: input.votes[a.id].against,
        votesAbstain: input.votes[a.id].abstain,
        appliedAt: new Date(a.created_at),
      })),
      sel.seats,
      input.commissionSize,
    );
    if (!result.ok) return fail(result.problem, result.id);
    const next = SELECTION.next(sel.status, 'decide');
    if (!next) return fail('wrong_state');
    await saveSelectionDecision(trx, sel.id, {
      status: next,
      commissionSize: input.commissionSize,
      at,
      note: input.note || null,
    });
    const selected = new Set(result.selected);
    const today = almatyDate(at);
    // A member chosen as an NGO's representative is shown with the organisation's name.
    const names = await organizationNames(
      trx,
      apps.map((a) => a.organization_bin).filter((b): b is string => !!b),
    );
    for (const a of apps) {
      const v = input.votes[a.id];
      await recordApplicationVotes(trx, a.id, { selected: selected.has(a.id), ...v });
      if (selected.has(a.id))
        await insertMember(trx, {
          council_id: council.id,
          user_id: a.user_id,
          full_name: a.full_name,
          role: 'member',
          affiliation: a.organization_bin ? (names.get(a.organization_bin)?.ru ?? a.organization_bin) : '',
          term_start: today,
          term_end: council.term_end,
          selection_id: sel.id,
        });
    }
    await audit({
      action: 'councils.selection.decided',
      entityType: 'council_selection',
      entityId: sel.id,
      data: { commissionSize: input.commissionSize, selected: result.selected.length, candidates: apps.length },
      public: true,
    });
    return ok({ selected: result.selected });
  },
});
