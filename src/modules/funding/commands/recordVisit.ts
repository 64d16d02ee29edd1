import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canManage } from '../policy.ts';
import { findProject } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** A monitoring visit to a project, with findings (public). */
export async function recordVisit(
  deps: CommandDeps,
  input: { projectId: string; visitedOn: string; findings: string; outcome: 'ok' | 'remarks' | 'violations' },
): Promise<Result<{ id: string }>> {
  return tx(deps, async (trx) => {
    const project = await findProject(trx, input.projectId);
    if (!project) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, project.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (project.status === 'terminated') return fail('projectClosed');
    const row = await trx
      .insertInto('funding_visits')
      .values({
        project_id: project.id,
        visited_on: input.visitedOn,
        visitor_id: deps.actor!.id,
        visitor_name: deps.actor!.name,
        findings: input.findings,
        outcome: input.outcome,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(trx, deps, 'visit.recorded', 'funding_project', project.id, {
      visitId: row.id,
      outcome: input.outcome,
    });
    return ok({ id: row.id });
  });
}
