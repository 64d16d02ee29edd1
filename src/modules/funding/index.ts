/** The funding module (see ../shared/design/PRODUCT.md §2): the Fastify plugin and what other modules may use. */
import type { FastifyInstance } from 'fastify';
import { addRatingInputProvider } from '../registry/index.ts';
import { registerCatalogue } from './catalogue.ts';
import { fundingRatingInputs } from './rating.ts';
import { fundingApi } from './routes/api.ts';
import { fundingRoutes } from './routes/index.ts';
import { fundingOpenData } from './openData/routes.ts';

export { seedFundingDemo } from './demo.ts';
export { amountAwarded, beneficiarySatisfaction } from './catalogue.ts';

export async function fundingModule(app: FastifyInstance) {
  addRatingInputProvider(fundingRatingInputs);
  registerCatalogue(app);
  await app.register(fundingRoutes);
  await app.register(fundingApi);
  await app.register(fundingOpenData);
}
