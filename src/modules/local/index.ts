/**
 * Local participation (PRODUCT.md §7): participatory budgets of akimats and citizens'
 * assessment of local executive bodies. The Fastify plugin and what other modules may use.
 */
import type { FastifyInstance } from 'fastify';
import { registerLocalOpenData } from './openData.ts';
import { localApi } from './routes/api.ts';
import { localAssessmentRoutes } from './routes/assessments.tsx';
import { localBudgetRoutes } from './routes/budgets.tsx';
import { localProposalRoutes } from './routes/proposals.tsx';

export { seedLocalDemo } from './demo.ts';

export async function localModule(app: FastifyInstance) {
  registerLocalOpenData(app.openData);
  await app.register(localBudgetRoutes);
  await app.register(localProposalRoutes);
  await app.register(localAssessmentRoutes);
  await app.register(localApi);
}
