/** A proposal's page, the akimat's review and its reports on implementation (with photos). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import { recordProgress } from '../commands/recordProgress.ts';
import { reviewProposal } from '../commands/reviewProposal.ts';
import { canRecordProgress, canReview } from '../policy.ts';
import { presentCycle, presentProgress, presentProposal } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { findProposalInCycle, findPublicPhoto, listProgress } from '../repository/index.ts';
import { progressForm, reviewForm } from '../schemas.ts';
import { ProposalPage } from '../views/ProposalPages.tsx';

const { page, form } = routesFor('local');
const idParams = z.object({ id: z.string().uuid() });
const proposalPath = (p: { id: string }) => `/local/proposals/${p.id}`;
/** Photos of implementation: JPEG or PNG. */
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

async function loadProposal(req: FastifyRequest, p: { id: string }) {
  const found = await findProposalInCycle(req.server.db, p.id);
  if (!found) return fail('not_found');
  const progress = await listProgress(req.server.db, [found.proposal.id]);
  const can = {
    review: canReview(req.actor, found.cycle, found.proposal).ok,
    progress: canRecordProgress(req.actor, found.cycle, found.proposal).ok,
  };
  return ok({ ...found, progress, can });
}
type Loaded = Extract<Awaited<ReturnType<typeof loadProposal>>, { ok: true }>['value'];

const none: FormState = { values: {}, errors: {} };
const proposalPage = (c: Loaded, forms: { review?: FormState; progress?: FormState } = {}) => (
  <ProposalPage
    cycle={presentCycle(c.cycle)}
    proposal={presentProposal(c.proposal)}
    progress={c.progress.map(presentProgress)}
    can={c.can}
    review={forms.review ?? none}
    progressForm={forms.progress ?? none}
  />
);

export async function localProposalRoutes(app: FastifyInstance) {
  page(app, {
    path: '/local/proposals/:id',
    policy: PUBLIC,
    params: idParams,
    load: loadProposal,
    render: (c) => proposalPage(c),
  });

  form(app, {
    path: '/local/proposals/:id/review',
    policy: SIGNED_IN,
    params: idParams,
    back: proposalPath,
    get: false,
    load: async (req, p) => {
      const c = await loadProposal(req, p);
      if (!c.ok) return c;
      const can = canReview(req.actor, c.value.cycle, c.value.proposal);
      return can.ok ? c : fail(can.reason);
    },
    schema: reviewForm,
    view: (c, f) => proposalPage(c, { review: f }),
    submit: (req, c, data) => reviewProposal(depsFrom(req), { proposalId: c.proposal.id, ...data }),
    done: (_, c) => ({ to: `/local/budgets/${c.cycle.id}#proposals-h`, flash: 'local.flash.reviewed' }),
  });

  form(app, {
    path: '/local/proposals/:id/progress',
    policy: SIGNED_IN,
    params: idParams,
    back: proposalPath,
    get: false,
    files: [{ name: 'photo', accept: PHOTO_TYPES }],
    load: async (req, p) => {
      const c = await loadProposal(req, p);
      if (!c.ok) return c;
      const can = canRecordProgress(req.actor, c.value.cycle, c.value.proposal);
      return can.ok ? c : fail(can.reason);
    },
    schema: progressForm,
    view: (c, f) => proposalPage(c, { progress: f }),
    submit: (req, c, data, files) =>
      recordProgress(depsFrom(req), { proposalId: c.proposal.id, ...data, photo: files.photo, storage: app.storage }),
    done: (_, c) => ({ to: `/local/proposals/${c.proposal.id}#progress-h`, flash: 'local.flash.progress' }),
  });

  // Photos of implementation are public: only files attached to a progress entry are served.
  app.get<{ Params: { id: string } }>(
    '/local/photos/:id',
    { config: { policy: PUBLIC }, schema: { hide: true } },
    async (req, reply) => {
      const photo = await findPublicPhoto(app.db, req.params.id);
      if (!photo) return reply.code(404).type('text/plain').send('not found');
      const data = await app.storage.get(photo.storage_key);
      return reply
        .type(photo.mime)
        .header('cache-control', 'public, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );
}
