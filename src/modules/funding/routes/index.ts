/** Funding's HTML routes, by area (each file a table of kit declarations); the JSON API is api.ts. */
import type { FastifyInstance } from 'fastify';
import { fundingApplications } from './applications.tsx';
import { fundingCalls } from './calls.tsx';
import { fundingDecisions } from './decisions.tsx';
import { fundingDocuments } from './documents.tsx';
import { fundingEvaluation } from './evaluation.tsx';
import { fundingLots } from './lots.tsx';
import { fundingMy } from './my.tsx';
import { fundingOverview } from './overview.tsx';
import { fundingPlans } from './plans.tsx';
import { fundingProjects } from './projects.tsx';
import { fundingReports } from './reports.tsx';

export async function fundingRoutes(app: FastifyInstance) {
  for (const area of [
    fundingOverview,
    fundingMy,
    fundingPlans,
    fundingCalls,
    fundingLots,
    fundingApplications,
    fundingEvaluation,
    fundingDecisions,
    fundingProjects,
    fundingReports,
    fundingDocuments,
  ])
    await app.register(area);
}
