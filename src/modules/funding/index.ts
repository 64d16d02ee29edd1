/** The funding module (see ../shared/design/PRODUCT.md §2): the Fastify plugin and what other modules may use. */
import type { FastifyInstance } from 'fastify';
import { addRatingInputProvider } from '../registry/index.ts';
import { registerCatalogue } from './catalogue.ts';
import { fundingRatingInputs } from './rating.ts';
import { fundingApi } from './routes/api.ts';
import { fundingApply } from './routes/apply.tsx';
import { fundingManage } from './routes/manage.tsx';
import { fundingPages } from './routes/pages.tsx';
import { fundingOpenData } from './openData/routes.ts';

export { seedFundingDemo } from './demo.ts';
export { amountAwarded, beneficiarySatisfaction } from './catalogue.ts';

export async function fundingModule(app: FastifyInstance) {
  addRatingInputProvider(fundingRatingInputs);
  registerCatalogue(app);
  await app.register(fundingPages);
  await app.register(fundingManage);
  await app.register(fundingApply);
  await app.register(fundingApi);
  await app.register(fundingOpenData);
}
