import { ok } from '../../../platform/kit/index.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertVisit } from '../repository/index.ts';
import { projectWithBody } from './load.ts';

/** A monitoring visit to a project, with findings (public). */
export const recordVisit = command({
  load: (
    trx,
    input: { projectId: string; visitedOn: string; findings: string; outcome: 'ok' | 'remarks' | 'violations' },
  ) => projectWithBody(trx, input.projectId, { forUpdate: false }),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { project }, actor, audit }, input) => {
    if (project.status === 'terminated') return fail('projectClosed');
    const row = await insertVisit(trx, {
      project_id: project.id,
      visited_on: input.visitedOn,
      visitor_id: actor!.id,
      visitor_name: actor!.name,
      findings: input.findings,
      outcome: input.outcome,
    });
    await audit({
      action: 'funding.visit.recorded',
      entityType: 'funding_project',
      entityId: project.id,
      data: { visitId: row.id, outcome: input.outcome },
      public: true,
    });
    return ok({ id: row.id });
  },
});
