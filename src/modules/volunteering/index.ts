/**
 * The volunteering module (PRODUCT.md §9, volunteering and charity): the Fastify plugin and what
 * other modules may use. Opportunities, volunteer profiles, sign-ups with confirmed hours and
 * verifiable certificates; charitable campaigns of registered NGOs, donations through a payment
 * provider, reports of spending.
 */
import type { FastifyInstance } from 'fastify';
import { addProfileNoticeProvider, addRatingInputProvider } from '../registry/index.ts';
import { datasets, indicators, sdgContributors } from './openData.ts';
import { addPaymentProvider, devProvider } from './payments.ts';
import { volunteeringRatingInputs } from './rating.ts';
import { volunteeringApi } from './routes/api.ts';
import { applicationRoutes } from './routes/applications.tsx';
import { charityRoutes } from './routes/charity.tsx';
import { opportunityRoutes } from './routes/opportunities.tsx';
import { paymentRoutes } from './routes/payments.tsx';
import { volunteerRoutes } from './routes/volunteers.tsx';

export { seedVolunteeringDemo } from './demo.ts';
export { campaignsWithoutReport } from './rating.ts';
import { campaignReportNotices } from './rating.ts';
export {
  addPaymentProvider,
  type PaymentNotice,
  type PaymentProvider,
  type PaymentRequest,
  type CreatedPayment,
} from './payments.ts';
export { REPORT_DUE_WORKING_DAYS } from './domain.ts';

export async function volunteeringModule(app: FastifyInstance) {
  // The development provider simulates a bank in demo mode; production plugs a real one in with addPaymentProvider.
  if (app.config.demo) addPaymentProvider(app, devProvider(app.config.secret));
  addRatingInputProvider(volunteeringRatingInputs);
  addProfileNoticeProvider(campaignReportNotices);
  for (const d of datasets()) app.openData.addDataset(d);
  for (const i of indicators()) app.openData.addIndicator(i);
  for (const c of sdgContributors()) app.openData.addSdgContributor(c);
  await app.register(opportunityRoutes);
  await app.register(volunteerRoutes);
  await app.register(applicationRoutes);
  await app.register(charityRoutes);
  await app.register(paymentRoutes);
  await app.register(volunteeringApi);
}
