/** A dialogue platform: its page, participants' proposals and supports, and adopting recommendations. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type Back, type FormState } from '../../../platform/kit/index.ts';
import { adoptRecommendation } from '../commands/adoptRecommendation.ts';
import { proposeToForum } from '../commands/proposeToForum.ts';
import { supportProposal } from '../commands/supportProposal.ts';
import { canAdopt, canPropose } from '../policy.ts';
import { presentForum, presentPlatform, presentProposal, presentRecommendation } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  findForumProposal,
  findPlatformWithForum,
  listForumProposals,
  listRecommendations,
} from '../repository/index.ts';
import { proposalForm, recommendationForm } from '../schemas.ts';
import { PlatformPage } from '../views/PlatformPage.tsx';

const { page, form, action } = routesFor('forum');
/** Any text: an id that is not one finds nothing, and the refusal page links back to the forums. */
const idParams = z.object({ id: z.string() });
const HOME: Back = [['forum.title', '/forum']];
const platformPath = (p: { id: string }) => `/forum/platforms/${p.id}`;
/** A thing that is not there links to the forums; a refusal of one that is, back to its platform. */
const back = (p: { id: string }, _: unknown, f?: { kind: string }) =>
  f?.kind === 'not_found' ? HOME : platformPath(p);

/** The proposals' search and order on the page: what does not fit is ignored. */
const proposalFilters = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 200))
    .catch(''),
  sort: z.enum(['supports', 'new']).catch('supports'),
});
type Filters = z.infer<typeof proposalFilters>;

type Loaded = NonNullable<Awaited<ReturnType<typeof findPlatformWithForum>>>;

async function loadPlatform(req: FastifyRequest, p: { id: string }) {
  return (await findPlatformWithForum(req.server.db, p.id)) ?? fail('not_found');
}

/** The platform's page, with the form that was sent (and its errors) when there is one. */
async function platformPage(
  req: FastifyRequest,
  c: Loaded,
  filters: Filters,
  forms: { proposal?: FormState; rec?: FormState } = {},
) {
  const db = req.server.db;
  const [proposals, recommendations] = await Promise.all([
    listForumProposals(db, c.platform.id, { q: filters.q || undefined, sort: filters.sort, userId: req.actor?.id }),
    listRecommendations(db, { platformId: c.platform.id }),
  ]);
  const readerId = req.actor?.id ?? null;
  return (
    <PlatformPage
      forum={presentForum(c.forum)}
      platform={presentPlatform(c.platform)}
      proposals={proposals.map((x) => presentProposal(x, readerId))}
      recommendations={recommendations.map(presentRecommendation)}
      filters={filters}
      can={{
        propose: canPropose(req.actor, c.forum).ok,
        support: !!req.actor && c.forum.status === 'open',
        adopt: canAdopt(req.actor, c.forum).ok,
        signIn: !req.actor && c.forum.status === 'open',
      }}
      forms={forms}
    />
  );
}
const NO_FILTERS: Filters = { q: '', sort: 'supports' };

export async function forumPlatformRoutes(app: FastifyInstance) {
  page(app, {
    path: '/forum/platforms/:id',
    policy: PUBLIC,
    params: idParams,
    query: proposalFilters,
    load: loadPlatform,
    back: () => HOME,
    render: (c, req, filters) => platformPage(req, c, filters),
  });

  form(app, {
    path: '/forum/platforms/:id/proposals',
    get: false,
    policy: SIGNED_IN,
    params: idParams,
    back,
    load: async (req, p) => {
      const c = await findPlatformWithForum(req.server.db, p.id);
      if (!c) return fail('not_found');
      const can = canPropose(req.actor, c.forum);
      return can.ok ? ok(c) : fail(can.reason);
    },
    schema: proposalForm,
    view: (c, f, req) => platformPage(req, c, NO_FILTERS, { proposal: f }),
    submit: (req, c, data) => proposeToForum(depsFrom(req), { platformId: c.platform.id, ...data }),
    done: (_, c, v) => ({ to: `${platformPath(c.platform)}#p-${v.id}`, flash: 'forum.flash.proposed' }),
  });

  action(app, {
    path: '/forum/proposals/:id/support',
    policy: SIGNED_IN,
    params: idParams,
    load: async (req, p) => (await findForumProposal(req.server.db, p.id)) ?? fail('not_found'),
    back: (_, proposal, f) =>
      f?.kind === 'not_found' || !proposal ? HOME : `/forum/platforms/${proposal.platform_id}`,
    submit: (req, proposal) => supportProposal(depsFrom(req), { proposalId: proposal.id }),
    done: (_, proposal) => ({
      to: `/forum/platforms/${proposal.platform_id}#p-${proposal.id}`,
      flash: 'forum.flash.supported',
    }),
  });

  form(app, {
    path: '/forum/platforms/:id/recommendations',
    get: false,
    policy: SIGNED_IN,
    params: idParams,
    back,
    load: async (req, p) => {
      const c = await findPlatformWithForum(req.server.db, p.id);
      if (!c) return fail('not_found');
      const can = canAdopt(req.actor, c.forum);
      return can.ok ? ok(c) : fail(can.reason);
    },
    schema: recommendationForm,
    view: (c, f, req) => platformPage(req, c, NO_FILTERS, { rec: f }),
    submit: (req, c, data) => adoptRecommendation(depsFrom(req), { platformId: c.platform.id, ...data }),
    done: (_, __, v) => ({ to: `/forum/recommendations/${v.id}`, flash: 'forum.flash.adopted' }),
  });
}
