/**
 * The legislation module (PRODUCT.md §5, public discussion of draft legal acts): the Fastify plugin
 * and what other modules may use. A state body publishes a draft structured by articles and
 * paragraphs for at least the legal minimum period; citizens and NGOs comment on paragraphs; the
 * developer answers every comment before publishing the summary table.
 */
import type { FastifyInstance } from 'fastify';
import { registerOpenData } from './catalogue.ts';
import { closeDiscussion } from './commands/closeDiscussion.ts';
import { CLOSE_QUEUE } from './commands/openDiscussion.ts';
import { legislationApi } from './routes/api.ts';
import { legislationDraftForms } from './routes/drafts.tsx';
import { legislationForms } from './routes/forms.tsx';
import { legislationPages } from './routes/pages.tsx';

export { seedLegislationDemo } from './demo.ts';
export { parseDraftText, effectiveState, minimumLastDay, type DraftState } from './domain.ts';

export async function legislationModule(app: FastifyInstance) {
  // The closing job: queued for the instant a discussion's period ends (pages judge it at read time too).
  app.jobs.register(CLOSE_QUEUE, async (payload: { draftId: string }, ctx) => {
    const r = await closeDiscussion({ db: ctx.db, jobs: app.jobs, actor: null }, { id: payload.draftId });
    if (!r.ok && r.reason !== 'not_found') throw new Error(`legislation.close: ${r.reason}`);
  });
  registerOpenData(app);
  await app.register(legislationPages);
  await app.register(legislationDraftForms);
  await app.register(legislationForms);
  await app.register(legislationApi);
}
