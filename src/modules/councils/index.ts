/** The councils module (see ../shared/design/PRODUCT.md §6): public councils and public hearings. The Fastify plugin and what other modules may use. */
import type { FastifyInstance } from 'fastify';
import { registerOpenData } from './openData.ts';
import { councilsApi } from './routes/api.ts';
import { councilsPages } from './routes/pages.tsx';
import { councilCalls } from './routes/calls.tsx';
import { councilForms } from './routes/forms.tsx';
import { hearingsPages } from './routes/hearings.tsx';
import { meetingForms } from './routes/meetings.tsx';
import { questionForms } from './routes/questions.tsx';
import { reportForms } from './routes/reports.tsx';

export { seedCouncilsDemo } from './demo.ts';
export { meetingsHeld, hearingsHeld } from './openData.ts';

export async function councilsModule(app: FastifyInstance) {
  registerOpenData(app);
  await app.register(councilsPages);
  await app.register(councilForms);
  await app.register(councilCalls);
  await app.register(meetingForms);
  await app.register(reportForms);
  await app.register(hearingsPages);
  await app.register(questionForms);
  await app.register(councilsApi);
}
