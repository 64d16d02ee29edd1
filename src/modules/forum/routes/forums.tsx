/** Forums: the list, announcing one, a forum's page and moving it on, and a recommendation's page. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate, regionCodes } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { isStaff } from '../../../platform/auth/actor.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type Back } from '../../../platform/kit/index.ts';
import { advanceForum } from '../commands/advanceForum.ts';
import { createForum } from '../commands/createForum.ts';
import { FORUM_STATUSES, progressOf, type ForumStatus } from '../domain.ts';
import { canAdvanceForum, canPlan } from '../policy.ts';
import {
  presentForum,
  presentForumListItem,
  presentHistory,
  presentItem,
  presentPlatformListItem,
  presentRecommendation,
  tri,
} from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  findForum,
  findForumProposal,
  findRecommendation,
  itemsForProgress,
  itemsOfRecommendation,
  listPlatforms,
  listStateBodies,
  searchForums,
} from '../repository/index.ts';
import { forumForm } from '../schemas.ts';
import { ForumPage } from '../views/ForumPage.tsx';
import { ForumFormPage, ForumsPage, FORUM_FILTERS } from '../views/ForumsPage.tsx';
import { RecommendationPage } from '../views/RecommendationPage.tsx';

const { page, form, action } = routesFor('forum');
const PAGE_SIZE = 20;
/** Any text: an id that is not one finds nothing, and the refusal page links back to the forums. */
const idParams = z.object({ id: z.string() });
const HOME: Back = [['forum.title', '/forum']];

/** The list's filters, read leniently: a bad value is reported next to its field and left out. */
const forumFilters = z.record(z.string(), z.unknown()).transform((q) => {
  const values: Record<string, string> = {};
  for (const k of [...FORUM_FILTERS, 'page']) if (typeof q[k] === 'string') values[k] = (q[k] as string).trim();
  const errors: Record<string, string> = {};
  if (values.q && values.q.length > 200) errors.q = 'errors.tooBig';
  if (values.kind && values.kind !== 'national' && values.kind !== 'regional') errors.kind = 'errors.invalidOption';
  if (values.region && !(regionCodes as readonly string[]).includes(values.region))
    errors.region = 'errors.invalidOption';
  if (values.status && !(FORUM_STATUSES as readonly string[]).includes(values.status))
    errors.status = 'errors.invalidOption';
  if (values.year && !/^\d{4}$/.test(values.year)) errors.year = 'forum.errors.year';
  const page = /^\d{1,4}$/.test(values.page ?? '') ? Math.max(1, Number(values.page)) : 1;
  return {
    values,
    errors,
    query: {
      q: !errors.q && values.q ? values.q : undefined,
      kind: !errors.kind && values.kind ? (values.kind as 'national' | 'regional') : undefined,
      region: !errors.region && values.region ? values.region : undefined,
      status: !errors.status && values.status ? (values.status as ForumStatus) : undefined,
      year: !errors.year && values.year ? Number(values.year) : undefined,
      page,
      pageSize: PAGE_SIZE,
    },
  };
});

/** The bodies the signed-in person may organise a forum for (the form's choices); none is a refusal. */
async function organiserBodies(req: FastifyRequest) {
  const bodies = (await listStateBodies(req.server.db))
    .filter((b) => isStaff(req.actor) || req.actor?.stateBodies.includes(b.id))
    .map((b) => ({ id: b.id, name: tri(b.name_kk, b.name_ru, b.name_en, req.locale) }));
  return bodies.length ? ok(bodies) : fail('not_organiser');
}

const loadForum = async (req: FastifyRequest, p: { id: string }) =>
  (await findForum(req.server.db, p.id)) ?? fail('not_found');

export async function forumRoutes(app: FastifyInstance) {
  const db = app.db;

  page(app, {
    path: '/forum',
    policy: PUBLIC,
    query: forumFilters,
    status: (_, f) => (Object.keys(f.errors).length ? 400 : 200),
    render: async (_, req, f) => {
      const r = await searchForums(db, f.query);
      const errors = Object.fromEntries(Object.entries(f.errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
      const canCreate = !!req.actor && (isStaff(req.actor) || req.actor.stateBodies.length > 0);
      return (
        <ForumsPage
          values={f.values}
          errors={errors}
          rows={r.rows.map(presentForumListItem)}
          total={r.total}
          page={f.query.page}
          pageSize={PAGE_SIZE}
          canCreate={canCreate}
        />
      );
    },
  });

  form(app, {
    path: '/forum/new',
    policy: SIGNED_IN,
    load: organiserBodies,
    back: () => HOME,
    schema: forumForm,
    view: (bodies, f) => <ForumFormPage bodies={bodies} values={f.values} errors={f.errors} />,
    submit: (req, _, data) => createForum(depsFrom(req), data),
    done: (_, __, v) => ({ to: `/forum/${v.id}`, flash: 'forum.flash.created' }),
  });

  page(app, {
    path: '/forum/:id',
    policy: PUBLIC,
    params: idParams,
    load: loadForum,
    back: () => HOME,
    render: async (forum, req) => {
      const now = new Date();
      const [platforms, items, history] = await Promise.all([
        listPlatforms(db, forum.id),
        itemsForProgress(db, { forumId: forum.id, today: almatyDate(now) }),
        publicHistory(db, 'forum', forum.id),
      ]);
      return (
        <ForumPage
          forum={presentForum(forum)}
          platforms={platforms.map(presentPlatformListItem)}
          progress={progressOf(items, now)}
          can={{ advance: canAdvanceForum(req.actor, forum).ok, plan: canPlan(req.actor, forum).ok }}
          history={history.filter((h) => h.action.startsWith('forum.forum.')).map(presentHistory)}
        />
      );
    },
  });

  action(app, {
    path: '/forum/:id/advance',
    policy: SIGNED_IN,
    params: idParams,
    load: loadForum,
    back: (p, _, f) => (f?.kind === 'not_found' ? HOME : `/forum/${p.id}`),
    // A version that is not a number is an old page: the command answers it as stale.
    submit: (req, forum) => {
      const version = Number((req.body as Record<string, unknown> | undefined)?.version);
      return advanceForum(depsFrom(req), { id: forum.id, version: Number.isInteger(version) ? version : -1 });
    },
    done: (_, forum, v) => ({ to: `/forum/${forum.id}`, flash: `forum.flash.moved.${v.status}` }),
  });

  page(app, {
    path: '/forum/recommendations/:id',
    policy: PUBLIC,
    params: idParams,
    back: () => HOME,
    load: async (_, p) => {
      const rec = await findRecommendation(db, p.id);
      const forum = rec ? await findForum(db, rec.forum_id) : undefined;
      return rec && forum ? ok({ rec, forum }) : fail('not_found');
    },
    render: async ({ rec, forum }) => {
      const [items, proposal] = await Promise.all([
        itemsOfRecommendation(db, rec.id),
        rec.proposal_id ? findForumProposal(db, rec.proposal_id) : Promise.resolve(undefined),
      ]);
      return (
        <RecommendationPage
          forum={presentForum(forum)}
          rec={presentRecommendation(rec)}
          items={items.map(presentItem)}
          proposal={proposal ? { title: proposal.title } : null}
          now={new Date()}
        />
      );
    },
  });
}
