/** The action plan: the list by body, topic and region with progress, a new item, evidence documents. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate, areaCodes, regionCodes } from '../../../reference/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { createPlanItem } from '../commands/createPlanItem.ts';
import { ITEM_STATUSES, progressOf, type ItemStatus } from '../domain.ts';
import { canPlan } from '../policy.ts';
import { bodyName, forumTitle, presentItemListItem, regionName, topicName, tri } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  findPublicDocument,
  itemsForProgress,
  listStateBodies,
  searchForums,
  searchItems,
  type ItemRow,
} from '../repository/index.ts';
import { itemForm } from '../schemas.ts';
import { ItemFormPage, PLAN_FILTERS, PlanPage, type PlanView } from '../views/PlanPage.tsx';

const { page, form } = routesFor('forum');
const PAGE_SIZE = 25;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plan's filters, read leniently: a bad value is reported next to its field and left out. */
const planFilters = z.record(z.string(), z.unknown()).transform((q) => {
  const values: Record<string, string> = {};
  for (const k of [...PLAN_FILTERS, 'page']) if (typeof q[k] === 'string') values[k] = (q[k] as string).trim();
  const errors: Record<string, string> = {};
  if (values.q && values.q.length > 200) errors.q = 'errors.tooBig';
  if (values.forum && !uuid.test(values.forum)) errors.forum = 'errors.invalidOption';
  if (values.body && !/^[a-z0-9-]{2,80}$/.test(values.body)) errors.body = 'errors.invalidOption';
  if (values.topic && !(areaCodes as readonly string[]).includes(values.topic)) errors.topic = 'errors.invalidOption';
  if (values.region && values.region !== 'national' && !(regionCodes as readonly string[]).includes(values.region))
    errors.region = 'errors.invalidOption';
  if (values.status && !(ITEM_STATUSES as readonly string[]).includes(values.status))
    errors.status = 'errors.invalidOption';
  if (values.overdue && values.overdue !== 'true') errors.overdue = 'errors.invalidOption';
  const view: PlanView = values.view === 'topic' || values.view === 'region' ? values.view : 'body';
  const page = /^\d{1,4}$/.test(values.page ?? '') ? Math.max(1, Number(values.page)) : 1;
  const ok = (k: string) => (!errors[k] && values[k] ? values[k] : undefined);
  return {
    values,
    errors,
    view,
    page,
    filters: {
      q: ok('q'),
      forumId: ok('forum'),
      body: ok('body'),
      topic: ok('topic'),
      region: ok('region'),
      status: ok('status') as ItemStatus | undefined,
      overdue: values.overdue === 'true' && !errors.overdue,
    },
  };
});

/** Progress grouped by the chosen reading of the plan, largest groups first. */
function group(items: ItemRow[], view: PlanView, locale: FastifyRequest['locale'], nationalLabel: string, now: Date) {
  const by = new Map<string, { label: string; items: ItemRow[] }>();
  for (const i of items) {
    const key = view === 'body' ? i.body_code : view === 'topic' ? i.topic : (i.region ?? 'national');
    const label =
      view === 'body'
        ? bodyName(i, locale)
        : view === 'topic'
          ? topicName(i.topic, locale)
          : i.region
            ? regionName(i.region, locale)
            : nationalLabel;
    if (!by.has(key)) by.set(key, { label, items: [] });
    by.get(key)!.items.push(i);
  }
  return [...by]
    .map(([key, g]) => ({ key, label: g.label, progress: progressOf(g.items, now) }))
    .sort((a, b) => b.progress.total - a.progress.total || a.label.localeCompare(b.label));
}

/** Forums to choose from: all of them, or those whose plan the reader may draw up. */
async function forumOptions(req: FastifyRequest, onlyPlannable = false) {
  const r = await searchForums(req.server.db, {
    page: 1,
    pageSize: 100,
    ...(onlyPlannable ? { status: 'concluded' as const } : {}),
  });
  return r.rows
    .filter((f) => !onlyPlannable || canPlan(req.actor, f).ok)
    .map((f) => ({ id: f.id, label: forumTitle(f, req.locale) }));
}

/** The new item's choices: the forums the reader may plan (none is a refusal) and every state body. */
async function itemChoices(req: FastifyRequest) {
  const forums = await forumOptions(req, true);
  if (!forums.length) return fail('not_organiser');
  const bodies = (await listStateBodies(req.server.db)).map((b) => ({
    id: b.id,
    label: tri(b.name_kk, b.name_ru, b.name_en, req.locale),
  }));
  return ok({ forums, bodies });
}

export async function forumPlanRoutes(app: FastifyInstance) {
  const db = app.db;

  page(app, {
    path: '/forum/action-plan',
    policy: PUBLIC,
    query: planFilters,
    status: (_, f) => (Object.keys(f.errors).length ? 400 : 200),
    render: async (_, req, f) => {
      const now = new Date();
      const today = almatyDate(now);
      const [r, all, forums, bodies, plannable] = await Promise.all([
        searchItems(db, { ...f.filters, today, page: f.page, pageSize: PAGE_SIZE }),
        itemsForProgress(db, { ...f.filters, today }),
        forumOptions(req),
        listStateBodies(db),
        forumOptions(req, true),
      ]);
      const used = new Set(all.map((i) => i.body_code));
      const errors = Object.fromEntries(Object.entries(f.errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
      return (
        <PlanPage
          values={f.values}
          errors={errors}
          rows={r.rows.map(presentItemListItem)}
          total={r.total}
          page={f.page}
          pageSize={PAGE_SIZE}
          progress={progressOf(all, now)}
          view={f.view}
          groups={group(all, f.view, req.locale, req.t('forum.plan.national'), now)}
          forums={forums}
          bodies={bodies
            .filter((b) => used.has(b.code) || b.code === f.values.body)
            .map((b) => ({ code: b.code, label: tri(b.name_kk, b.name_ru, b.name_en, req.locale) }))}
          canCreate={plannable.length > 0}
          now={now}
        />
      );
    },
  });

  form(app, {
    path: '/forum/action-plan/new',
    policy: SIGNED_IN,
    load: itemChoices,
    back: () => '/forum/action-plan',
    // Opened from a forum's page, the form has that forum chosen.
    initial: (_, req) => {
      const forum = (req.query as Record<string, unknown>).forum;
      return typeof forum === 'string' ? { forumId: forum } : {};
    },
    schema: itemForm,
    view: (c, f) => <ItemFormPage forums={c.forums} bodies={c.bodies} values={f.values} errors={f.errors} />,
    submit: (req, _, data) => createPlanItem(depsFrom(req), data),
    done: (_, __, v) => ({ to: `/forum/action-plan/${v.id}`, flash: 'forum.flash.itemCreated' }),
  });

  // Evidence documents are public: only files attached to an action-plan item are served.
  const fileParams = z.object({ id: z.string() });
  app.get('/forum/evidence/:id', { config: { policy: PUBLIC }, schema: { hide: true } }, async (req, reply) => {
    const p = fileParams.safeParse(req.params);
    const doc = p.success ? await findPublicDocument(db, p.data.id) : undefined;
    if (!doc) return reply.code(404).type('text/plain').send('not found');
    const data = await app.storage.get(doc.storage_key);
    const name = doc.original_name.replace(/[^\w.\- ]+/g, '_');
    return reply
      .type(doc.mime)
      .header(
        'content-disposition',
        `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(doc.original_name)}`,
      )
      .header('x-content-type-options', 'nosniff')
      .send(data);
  });
}
