/** The action plan: the list by body, topic and region with progress; an item, its evidence and status. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { almatyDate, areaCodes, regionCodes } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { DOCUMENT_TYPES, readMultipartForm } from '../../../platform/files/index.ts';
import { csrfValid, sendCsrfFailure, setFlash, takeDraft } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { addEvidence } from '../commands/addEvidence.ts';
import { createPlanItem } from '../commands/createPlanItem.ts';
import { updateItemStatus } from '../commands/updateItemStatus.ts';
import { ITEM_STATUSES, progressOf, type ItemStatus } from '../domain.ts';
import { canPlan, canReport } from '../policy.ts';
import { bodyName, forumTitle, regionName, topicName, tri } from '../presenters.ts';
import {
  evidenceOf,
  findItem,
  findPublicDocument,
  itemsForProgress,
  listStateBodies,
  searchForums,
  searchItems,
  sourcesOf,
  type ItemRow,
} from '../repository/index.ts';
import { evidenceForm, itemForm, statusForm } from '../schemas.ts';
import { ItemPage } from '../views/ItemPage.tsx';
import { ItemFormPage, PLAN_FILTERS, PlanPage, type PlanView } from '../views/PlanPage.tsx';
import { commandFieldError, denyPage, formValues, LANG, notFound } from './shared.tsx';

const hide = { hide: true };
const PAGE_SIZE = 25;
const DOC_MAX = 10 * 1024 * 1024;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parsePlanFilters(q: Record<string, unknown>) {
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
}

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

export async function forumPlanRoutes(app: FastifyInstance) {
  const db = app.db;

  const forumOptions = async (req: FastifyRequest, onlyPlannable = false) => {
    const r = await searchForums(db, {
      page: 1,
      pageSize: 100,
      ...(onlyPlannable ? { status: 'concluded' as const } : {}),
    });
    return r.rows
      .filter((f) => !onlyPlannable || canPlan(req.actor, f).ok)
      .map((f) => ({ id: f.id, label: forumTitle(f, req.locale) }));
  };

  app.get(`${LANG}/forum/action-plan`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const now = new Date();
    const today = almatyDate(now);
    const f = parsePlanFilters(req.query as Record<string, unknown>);
    const [r, all, forums, bodies] = await Promise.all([
      searchItems(db, { ...f.filters, today, page: f.page, pageSize: PAGE_SIZE }),
      itemsForProgress(db, { ...f.filters, today }),
      forumOptions(req),
      listStateBodies(db),
    ]);
    const used = new Set(all.map((i) => i.body_code));
    const errors = Object.fromEntries(Object.entries(f.errors).map(([k, key]) => [k, req.t(key, { max: 200 })]));
    const canCreate = (await forumOptions(req, true)).length > 0;
    return renderPage(
      req,
      reply,
      <PlanPage
        values={f.values}
        errors={errors}
        rows={r.rows}
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
        canCreate={canCreate}
        now={now}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  // ------------------------------------------------------------- new item
  const bodyOptions = async (req: FastifyRequest) =>
    (await listStateBodies(db)).map((b) => ({ id: b.id, label: tri(b.name_kk, b.name_ru, b.name_en, req.locale) }));

  app.get(`${LANG}/forum/action-plan/new`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const forums = await forumOptions(req, true);
    if (!forums.length) return denyPage(req, reply, 'not_organiser', '/forum/action-plan');
    const draft = formValues(await takeDraft(req));
    const q = req.query as Record<string, unknown>;
    if (!draft.forumId && typeof q.forum === 'string') draft.forumId = q.forum;
    return renderPage(
      req,
      reply,
      <ItemFormPage forums={forums} bodies={await bodyOptions(req)} values={draft} errors={{}} />,
    );
  });

  app.post(`${LANG}/forum/action-plan/new`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const forums = await forumOptions(req, true);
    if (!forums.length) return denyPage(req, reply, 'not_organiser', '/forum/action-plan');
    const values = formValues(req.body);
    const parsed = itemForm.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <ItemFormPage
          forums={forums}
          bodies={await bodyOptions(req)}
          values={values}
          errors={fieldErrors(req.t, parsed.error)}
        />,
        400,
      );
    const r = await createPlanItem(depsFrom(req), parsed.data);
    if (!r.ok && r.field)
      return renderPage(
        req,
        reply,
        <ItemFormPage
          forums={forums}
          bodies={await bodyOptions(req)}
          values={values}
          errors={commandFieldError(req, r.reason, r.field)}
        />,
        400,
      );
    if (!r.ok) return denyPage(req, reply, r.reason, '/forum/action-plan');
    setFlash(reply, 'forum.flash.itemCreated');
    return reply.redirect(localHref(req.locale, `/forum/action-plan/${r.value.id}`), 303);
  });

  // ------------------------------------------------------------------ item
  async function itemContext(req: FastifyRequest, reply: FastifyReply) {
    const item = await findItem(db, (req.params as { id: string }).id);
    if (!item) {
      await notFound(req, reply);
      return null;
    }
    return item;
  }
  async function itemPage(
    req: FastifyRequest,
    reply: FastifyReply,
    item: ItemRow,
    forms: { ev?: FormValues; ee?: FieldErrors; sv?: FormValues; se?: FieldErrors } = {},
    status = 200,
  ) {
    const [sources, evidence, history] = await Promise.all([
      sourcesOf(db, item.id),
      evidenceOf(db, [item.id]),
      publicHistory(db, 'action_plan_item', item.id),
    ]);
    return renderPage(
      req,
      reply,
      <ItemPage
        item={item}
        sources={sources}
        evidence={evidence}
        can={{ report: canReport(req.actor, item, item).ok }}
        now={new Date()}
        history={history as ItemPageHistory}
        forms={{
          evidence: forms.ev ?? {},
          evidenceErrors: forms.ee ?? {},
          status: forms.sv ?? {},
          statusErrors: forms.se ?? {},
        }}
      />,
      status,
    );
  }

  app.get(`${LANG}/forum/action-plan/:id`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const item = await itemContext(req, reply);
    if (!item) return reply;
    return itemPage(req, reply, item);
  });

  app.post(
    `${LANG}/forum/action-plan/:id/evidence`,
    { config: { policy: SIGNED_IN, multipart: true }, schema: hide },
    async (req, reply) => {
      const item = await itemContext(req, reply);
      if (!item) return reply;
      const form = await readMultipartForm(req, { maxBytes: DOC_MAX, accept: DOCUMENT_TYPES });
      if (!csrfValid(req, form.fields._csrf as string | undefined)) return sendCsrfFailure(req, reply);
      const can = canReport(req.actor, item, item);
      if (!can.ok) return denyPage(req, reply, can.reason, `/forum/action-plan/${item.id}`);
      const values = formValues(form.fields);
      const parsed = evidenceForm.safeParse(form.fields);
      const errors: FieldErrors = parsed.success ? {} : fieldErrors(req.t, parsed.error);
      const fe = form.fileErrors.document;
      if (fe)
        errors.document = fe === 'too_large' ? req.t('errors.fileTooLarge', { max: 10 }) : req.t('errors.fileType');
      const document = form.files.find((x) => x.field === 'document');
      if (parsed.success && !fe && !document && !parsed.data.url) errors.document = req.t('forum.errors.no_evidence');
      if (Object.keys(errors).length || !parsed.success)
        return itemPage(req, reply, item, { ev: values, ee: errors }, 400);
      const r = await addEvidence(depsFrom(req), {
        itemId: item.id,
        description: parsed.data.description,
        url: parsed.data.url,
        document,
        storage: app.storage,
      });
      if (!r.ok && r.field)
        return itemPage(req, reply, item, { ev: values, ee: commandFieldError(req, r.reason, r.field) }, 400);
      if (!r.ok) return denyPage(req, reply, r.reason, `/forum/action-plan/${item.id}`);
      setFlash(reply, 'forum.flash.evidence');
      return reply.redirect(localHref(req.locale, `/forum/action-plan/${item.id}#evidence-h`), 303);
    },
  );

  app.post(
    `${LANG}/forum/action-plan/:id/status`,
    { config: { policy: SIGNED_IN }, schema: hide },
    async (req, reply) => {
      const item = await itemContext(req, reply);
      if (!item) return reply;
      const can = canReport(req.actor, item, item);
      if (!can.ok) return denyPage(req, reply, can.reason, `/forum/action-plan/${item.id}`);
      const values = formValues(req.body);
      const parsed = statusForm.safeParse(req.body ?? {});
      if (!parsed.success) return itemPage(req, reply, item, { sv: values, se: fieldErrors(req.t, parsed.error) }, 400);
      const r = await updateItemStatus(depsFrom(req), { itemId: item.id, ...parsed.data });
      if (!r.ok && r.field)
        return itemPage(req, reply, item, { sv: values, se: commandFieldError(req, r.reason, r.field) }, 400);
      if (!r.ok) return denyPage(req, reply, r.reason, `/forum/action-plan/${item.id}`);
      setFlash(reply, `forum.flash.status.${r.value.status}`);
      return reply.redirect(localHref(req.locale, `/forum/action-plan/${item.id}`), 303);
    },
  );

  // Evidence documents are public: only files attached to an action-plan item are served.
  app.get('/forum/evidence/:id', { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const doc = await findPublicDocument(db, (req.params as { id: string }).id);
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

type ItemPageHistory = { at: Date; actor_name: string | null; action: string; data: Record<string, unknown> }[];
