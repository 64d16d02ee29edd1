/**
 * The Civil Forum and its action plan (PRODUCT.md §8): forums with dialogue platforms,
 * proposals, supports and recommendations; the plan with responsible bodies, deadlines, statuses
 * and evidence. The Fastify plugin and what other modules may use.
 */
import type { FastifyInstance } from 'fastify';
import { registerForumOpenData } from './openData.ts';
import { forumApi } from './routes/api.ts';
import { forumRoutes } from './routes/forums.tsx';
import { forumItemRoutes } from './routes/items.tsx';
import { forumPlanRoutes } from './routes/plan.tsx';
import { forumPlatformRoutes } from './routes/platforms.tsx';

export { seedForumDemo } from './demo.ts';

export async function forumModule(app: FastifyInstance) {
  registerForumOpenData(app.openData);
  await app.register(forumRoutes);
  await app.register(forumPlatformRoutes);
  await app.register(forumPlanRoutes);
  await app.register(forumItemRoutes);
  await app.register(forumApi);
}
