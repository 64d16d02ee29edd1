import { almatyDate } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { selectionResult, selectionTransition } from '../domain.ts';
import { canMoveSelection } from '../policy.ts';
import { findCouncil, findSelection, selectionApplications } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

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
export async function decideSelection(
  deps: CommandDeps,
  input: VotesInput,
  at = new Date(),
): Promise<Result<{ selected: string[] }>> {
  return deps.db.transaction().execute(async (trx) => {
    const sel = await findSelection(trx, input.id);
    if (!sel) return fail('not_found');
    const council = (await findCouncil(trx, sel.council_id))!;
    const d = canMoveSelection(deps.actor, council, sel, 'decide');
    if (!d.ok) return fail(d.reason);
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
    if (
      !(await updateIfVersion(trx, 'council_selections', sel.id, input.version, {
        status: selectionTransition(sel.status, 'decide')!,
        commission_size: input.commissionSize,
        decided_at: at,
        decision_note: input.note || null,
      }))
    )
      return fail('stale');
    const selected = new Set(result.selected);
    const today = almatyDate(at);
    // A member chosen as an NGO's representative is shown with the organisation's name.
    const bins = apps.map((a) => a.organization_bin).filter((b): b is string => !!b);
    const orgs = bins.length
      ? await trx.selectFrom('organizations').select(['bin', 'name_ru']).where('bin', 'in', bins).execute()
      : [];
    const orgName = new Map<string, string>(orgs.map((o: { bin: string; name_ru: string }) => [o.bin, o.name_ru]));
    for (const a of apps) {
      const v = input.votes[a.id];
      const status = selected.has(a.id) ? 'selected' : 'not_selected';
      await trx
        .updateTable('council_applications')
        .set({ status, votes_for: v.for, votes_against: v.against, votes_abstain: v.abstain })
        .where('id', '=', a.id)
        .execute();
      if (status === 'selected') {
        await trx
          .insertInto('council_members')
          .values({
            council_id: council.id,
            user_id: a.user_id,
            full_name: a.full_name,
            role: 'member',
            affiliation: a.organization_bin ? (orgName.get(a.organization_bin) ?? a.organization_bin) : '',
            term_start: today,
            term_end: council.term_end,
            selection_id: sel.id,
          })
          .execute();
      }
    }
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.selection.decided',
      entityType: 'council_selection',
      entityId: sel.id,
      data: { commissionSize: input.commissionSize, selected: result.selected.length, candidates: apps.length },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ selected: result.selected });
  });
}
