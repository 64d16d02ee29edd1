import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { reportTransition } from '../domain.ts';
import { canAnswerReport } from '../policy.ts';
import { findCouncil, findReport } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

/**
 * The body publishes its answer to a monitoring report's findings.
 * @example await answerReport(deps, { id, version: 1, answer: 'Ескертулер ескерілді…' })
 */
export async function answerReport(
  deps: CommandDeps,
  input: { id: string; version: number; answer: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const r = await findReport(trx, input.id);
    if (!r) return fail('not_found');
    const council = (await findCouncil(trx, r.council_id))!;
    const d = canAnswerReport(deps.actor, council, r);
    if (!d.ok) return fail(d.reason);
    if (
      !(await updateIfVersion(trx, 'council_reports', r.id, input.version, {
        status: reportTransition(r.status)!,
        body_answer: input.answer,
        answered_at: at,
        answered_by: deps.actor!.id,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.report.answered',
      entityType: 'council_report',
      entityId: r.id,
      data: {},
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
