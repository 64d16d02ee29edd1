/** Forums, their dialogue platforms, proposals and supports, and recommendations. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { regionCodes } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { isStaff } from '../../../platform/auth/actor.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { setFlash, takeDraft } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { adoptRecommendation } from '../commands/adoptRecommendation.ts';
import { advanceForum } from '../commands/advanceForum.ts';
import { createForum } from '../commands/createForum.ts';
import { proposeToForum } from '../commands/proposeToForum.ts';
import { supportProposal } from '../commands/supportProposal.ts';
import { FORUM_STATUSES, progressOf, type ForumStatus } from '../domain.ts';
import { canAdopt, canAdvanceForum, canPlan, canPropose } from '../policy.ts';
import { tri } from '../presenters.ts';
import {
  findForum,
  findForumProposal,
  findPlatform,
  findRecommendation,
  itemsForProgress,
  itemsOfRecommendation,
  listForumProposals,
  listPlatforms,
  listRecommendations,
  listStateBodies,
  searchForums,
} from '../repository/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { forumForm, proposalForm, recommendationForm } from '../schemas.ts';
import { ForumPage } from '../views/ForumPage.tsx';
import { ForumFormPage, ForumsPage, FORUM_FILTERS } from '../views/ForumsPage.tsx';
import { PlatformPage } from '../views/PlatformPage.tsx';
import { RecommendationPage } from '../views/RecommendationPage.tsx';
import { commandFieldError, denyPage, formValues, LANG, notFound } from './shared.tsx';

const hide = { hide: true };
const PAGE_SIZE = 20;

function parseFilters(q: Record<string, unknown>) {
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
}

export async function forumPages(app: FastifyInstance) {
  const db = app.db;
  const organiserBodies = async (req: FastifyRequest) =>
    (await listStateBodies(db))
      .filter((b) => isStaff(req.actor) || req.actor?.stateBodies.includes(b.id))
      .map((b) => ({ id: b.id, name: tri(b.name_kk, b.name_ru, b.name_en, req.locale) }));

  app.get(`${LANG}/forum`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const f = parseFilters(req.query as Record<string, unknown>);
    const r = await searchForums(db, f.query);
    const errors = Object.fromEntries(Object.entries(f.errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
    const canCreate = !!req.actor && (isStaff(req.actor) || req.actor.stateBodies.length > 0);
    return renderPage(
      req,
      reply,
      <ForumsPage
        values={f.values}
        errors={errors}
        rows={r.rows}
        total={r.total}
        page={f.query.page}
        pageSize={PAGE_SIZE}
        canCreate={canCreate}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  app.get(`${LANG}/forum/new`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const bodies = await organiserBodies(req);
    if (!bodies.length) return denyPage(req, reply, 'not_organiser');
    return renderPage(
      req,
      reply,
      <ForumFormPage bodies={bodies} values={formValues(await takeDraft(req))} errors={{}} />,
    );
  });

  app.post(`${LANG}/forum/new`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const bodies = await organiserBodies(req);
    if (!bodies.length) return denyPage(req, reply, 'not_organiser');
    const values = formValues(req.body);
    const parsed = forumForm.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <ForumFormPage bodies={bodies} values={values} errors={fieldErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await createForum(depsFrom(req), parsed.data);
    if (!r.ok && r.field)
      return renderPage(
        req,
        reply,
        <ForumFormPage bodies={bodies} values={values} errors={commandFieldError(req, r.reason, r.field)} />,
        400,
      );
    if (!r.ok) return denyPage(req, reply, r.reason);
    setFlash(reply, 'forum.flash.created');
    return reply.redirect(localHref(req.locale, `/forum/${r.value.id}`), 303);
  });

  app.get(`${LANG}/forum/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const forum = await findForum(db, (req.params as { id: string }).id);
    if (!forum) return notFound(req, reply);
    const now = new Date();
    const [platforms, items, history] = await Promise.all([
      listPlatforms(db, forum.id),
      itemsForProgress(db, { forumId: forum.id, today: almatyDate(now) }),
      publicHistory(db, 'forum', forum.id),
    ]);
    const stages = history.filter((h) => h.action.startsWith('forum.forum.'));
    return renderPage(
      req,
      reply,
      <ForumPage
        forum={forum}
        platforms={platforms}
        progress={progressOf(items, now)}
        can={{ advance: canAdvanceForum(req.actor, forum).ok, plan: canPlan(req.actor, forum).ok }}
        history={stages}
      />,
    );
  });

  app.post(`${LANG}/forum/:id/advance`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const forum = await findForum(db, (req.params as { id: string }).id);
    if (!forum) return notFound(req, reply);
    const version = Number((req.body as Record<string, unknown> | undefined)?.version);
    const r = await advanceForum(depsFrom(req), { id: forum.id, version: Number.isInteger(version) ? version : -1 });
    if (!r.ok) return denyPage(req, reply, r.reason, `/forum/${forum.id}`);
    setFlash(reply, `forum.flash.moved.${r.value.status}`);
    return reply.redirect(localHref(req.locale, `/forum/${forum.id}`), 303);
  });

  // ------------------------------------------------------------- platforms
  async function platformContext(req: FastifyRequest, reply: FastifyReply) {
    const platform = await findPlatform(db, (req.params as { id: string }).id);
    const forum = platform ? await findForum(db, platform.forum_id) : undefined;
    if (!platform || !forum) {
      await notFound(req, reply);
      return null;
    }
    return { platform, forum };
  }
  async function platformPage(
    req: FastifyRequest,
    reply: FastifyReply,
    c: NonNullable<Awaited<ReturnType<typeof platformContext>>>,
    forms: { pv?: FormValues; pe?: FieldErrors; rv?: FormValues; re?: FieldErrors } = {},
    status = 200,
  ) {
    const q = req.query as Record<string, unknown>;
    const filters = {
      q: typeof q.q === 'string' ? q.q.trim().slice(0, 200) : '',
      sort: q.sort === 'new' ? 'new' : 'supports',
    };
    const [proposals, recommendations] = await Promise.all([
      listForumProposals(db, c.platform.id, {
        q: filters.q || undefined,
        sort: filters.sort as 'new' | 'supports',
        userId: req.actor?.id,
      }),
      listRecommendations(db, { platformId: c.platform.id }),
    ]);
    const can = {
      propose: canPropose(req.actor, c.forum).ok,
      support: !!req.actor && c.forum.status === 'open',
      adopt: canAdopt(req.actor, c.forum).ok,
      signIn: !req.actor && c.forum.status === 'open',
    };
    return renderPage(
      req,
      reply,
      <PlatformPage
        forum={c.forum}
        platform={c.platform}
        proposals={proposals}
        recommendations={recommendations}
        filters={filters}
        can={can}
        userId={req.actor?.id ?? null}
        forms={{
          proposal: forms.pv ?? {},
          proposalErrors: forms.pe ?? {},
          rec: forms.rv ?? {},
          recErrors: forms.re ?? {},
        }}
      />,
      status,
    );
  }

  app.get(`${LANG}/forum/platforms/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const c = await platformContext(req, reply);
    if (!c) return reply;
    return platformPage(req, reply, c);
  });

  app.post(
    `${LANG}/forum/platforms/:id/proposals`,
    { config: { policy: SIGNED_IN }, schema: hide },
    async (req, reply) => {
      const c = await platformContext(req, reply);
      if (!c) return reply;
      const can = canPropose(req.actor, c.forum);
      if (!can.ok) return denyPage(req, reply, can.reason, `/forum/platforms/${c.platform.id}`);
      const parsed = proposalForm.safeParse(req.body ?? {});
      if (!parsed.success)
        return platformPage(req, reply, c, { pv: formValues(req.body), pe: fieldErrors(req.t, parsed.error) }, 400);
      const r = await proposeToForum(depsFrom(req), { platformId: c.platform.id, ...parsed.data });
      if (!r.ok) return denyPage(req, reply, r.reason, `/forum/platforms/${c.platform.id}`);
      setFlash(reply, 'forum.flash.proposed');
      return reply.redirect(localHref(req.locale, `/forum/platforms/${c.platform.id}#p-${r.value.id}`), 303);
    },
  );

  app.post(
    `${LANG}/forum/proposals/:id/support`,
    { config: { policy: SIGNED_IN }, schema: hide },
    async (req, reply) => {
      const proposal = await findForumProposal(db, (req.params as { id: string }).id);
      if (!proposal) return notFound(req, reply);
      const r = await supportProposal(depsFrom(req), { proposalId: proposal.id });
      if (!r.ok) return denyPage(req, reply, r.reason, `/forum/platforms/${proposal.platform_id}`);
      setFlash(reply, 'forum.flash.supported');
      return reply.redirect(localHref(req.locale, `/forum/platforms/${proposal.platform_id}#p-${proposal.id}`), 303);
    },
  );

  app.post(
    `${LANG}/forum/platforms/:id/recommendations`,
    { config: { policy: SIGNED_IN }, schema: hide },
    async (req, reply) => {
      const c = await platformContext(req, reply);
      if (!c) return reply;
      const can = canAdopt(req.actor, c.forum);
      if (!can.ok) return denyPage(req, reply, can.reason, `/forum/platforms/${c.platform.id}`);
      const parsed = recommendationForm.safeParse(req.body ?? {});
      if (!parsed.success)
        return platformPage(req, reply, c, { rv: formValues(req.body), re: fieldErrors(req.t, parsed.error) }, 400);
      const r = await adoptRecommendation(depsFrom(req), { platformId: c.platform.id, ...parsed.data });
      if (!r.ok && r.field)
        return platformPage(
          req,
          reply,
          c,
          { rv: formValues(req.body), re: commandFieldError(req, r.reason, r.field) },
          400,
        );
      if (!r.ok) return denyPage(req, reply, r.reason, `/forum/platforms/${c.platform.id}`);
      setFlash(reply, 'forum.flash.adopted');
      return reply.redirect(localHref(req.locale, `/forum/recommendations/${r.value.id}`), 303);
    },
  );

  app.get(`${LANG}/forum/recommendations/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const rec = await findRecommendation(db, (req.params as { id: string }).id);
    const forum = rec ? await findForum(db, rec.forum_id) : undefined;
    if (!rec || !forum) return notFound(req, reply);
    const [items, proposal] = await Promise.all([
      itemsOfRecommendation(db, rec.id),
      rec.proposal_id ? findForumProposal(db, rec.proposal_id) : Promise.resolve(undefined),
    ]);
    return renderPage(
      req,
      reply,
      <RecommendationPage forum={forum} rec={rec} items={items} proposal={proposal ?? null} now={new Date()} />,
    );
  });
}
