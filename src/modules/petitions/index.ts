/**
 * The petitions module (public initiatives signed with a digital signature, PRODUCT.md §3): the
 * Fastify plugin and what other modules may use. Pages under /{lang}/initiatives, API under
 * /api/v1/initiatives, open data `initiatives`.
 */
import type { FastifyInstance } from 'fastify';
import '../../platform/pki/index.ts';
import { expireInitiative } from './commands/expire.ts';
import type { SignContext } from './commands/sign.ts';
import { registerOpenData } from './openData.ts';
import { petitionsApi } from './routes/api.ts';
import { petitionsForms } from './routes/forms.tsx';
import { petitionsPages } from './routes/pages.tsx';
import { SignatureBatcher } from './signing.ts';

export { seedPetitionsDemo } from './demo.ts';
export { bodyInitiativeRecord } from './openData.ts';
export { thresholdFor, signingPayload } from './domain.ts';

export async function petitionsModule(app: FastifyInstance) {
  // One batcher per app: concurrent signatures share transactions (see signing.ts).
  const batcher = new SignatureBatcher(app.db, {
    jobs: app.jobs,
    baseUrl: app.config.baseUrl,
    concurrency: app.config.databaseUrl ? 3 : 1,
    maxBatch: 500,
  });
  const sign = (): SignContext => {
    const pki = (app as unknown as { pki?: SignContext['pki'] }).pki;
    if (!pki)
      throw new Error('petitions: app.pki is not registered (the pki plugin must be registered before modules)');
    return { db: app.db, pki, secret: app.config.secret, batcher };
  };
  app.jobs.register('petitions.expire', async (payload: { id: string }, { db }) => {
    await expireInitiative({ db, jobs: app.jobs, actor: null }, { id: payload.id });
  });
  app.addHook('onClose', async () => {
    await batcher.drain();
  });
  registerOpenData(app.openData);
  await app.register(async (a) => petitionsPages(a, { sign }));
  await app.register(petitionsForms);
  await app.register(async (a) => petitionsApi(a, { sign }));
}
