/**
 * Calls as kit declarations: the list and a call's page, its panel draw (re-run by anyone from the
 * published seed), a new call with its first lot, the call's steps and the draw.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, type FieldSpec } from '../../../platform/kit/index.ts';
import { changeCallStatus } from '../commands/changeCallStatus.ts';
import { createCall } from '../commands/createCall.ts';
import { drawPanel } from '../commands/drawPanel.ts';
import { almatyInstant, applicationWindow } from '../domain.ts';
import { managesBody } from '../policy.ts';
import { bodyName, rerunDraw } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  approvedTopics,
  bodiesByIds,
  callApplications,
  callLots,
  findBody,
  findCall,
  findDecision,
  findPanel,
  findPlan,
  listCalls,
  orgsByBins,
  panelDrawn,
  projectsOfCall,
  publicExperts,
} from '../repository/index.ts';
import { callSchema, REQUIRED_DOCUMENT_KINDS } from '../schemas.ts';
import { CallPage, CallsListPage } from '../views/CallPage.tsx';
import { GroupedFormPage } from '../views/GroupedFormPage.tsx';
import { PanelPage } from '../views/PanelPage.tsx';
import { action, byId, crumbs, form, instrumentOptions, myBodies, oneOf, page, pageNumber } from './loaders.ts';
import { lotFieldSpecs, lotOf } from './lots.tsx';

const PAGE_SIZE = 20;
const callsQuery = z.object({
  status: oneOf(['published', 'closed', 'review', 'decided', 'cancelled']),
  instrument: oneOf(['social_order', 'grant', 'award']),
  page: pageNumber,
});
/** The re-run of a panel draw: what the visitor typed (checked by the domain, told on the page). */
const text = z.string().max(20000).optional().catch(undefined);
const rerunQuery = z.object({ seed: text, candidates: text, size: text });
const toCall = (p: { id: string }) => `/funding/calls/${p.id}`;

const callFields = (
  req: FastifyRequest,
  bodies: { id: string; name_kk: string; name_ru: string; name_en: string }[],
): FieldSpec[] => [
  {
    kind: 'select',
    name: 'stateBodyId',
    label: req.t('funding.call.body'),
    required: true,
    options: bodies.map((b) => ({ value: b.id, label: bodyName(b, req.locale) })),
  },
  {
    kind: 'select',
    name: 'instrument',
    label: req.t('funding.call.instrument'),
    required: true,
    options: instrumentOptions(req),
  },
  { kind: 'text', name: 'title', label: req.t('funding.call.titleLabel'), required: true },
  { kind: 'textarea', name: 'description', label: req.t('funding.callForm.description'), rows: 5 },
  { kind: 'date', name: 'opensOn', label: req.t('funding.callForm.opensOn'), required: true, width: 'medium' },
  { kind: 'time', name: 'opensTime', label: req.t('funding.callForm.opensTime'), width: 'short' },
  {
    kind: 'date',
    name: 'closesOn',
    label: req.t('funding.callForm.closesOn'),
    hint: req.t('funding.callForm.almatyHint'),
    required: true,
    width: 'medium',
  },
  { kind: 'time', name: 'closesTime', label: req.t('funding.callForm.closesTime'), width: 'short' },
  {
    kind: 'checkboxes',
    name: 'requiredDocuments',
    label: req.t('funding.call.requiredDocuments'),
    options: REQUIRED_DOCUMENT_KINDS.map((k) => ({ value: k, label: req.t(`funding.document.${k}`) })),
  },
  { kind: 'number', name: 'panelSize', label: req.t('funding.call.panelSize'), required: true },
];

/** A call's page: a draft only to its body's officials. */
async function callPage(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const call = await findCall(db, p.id);
  if (!call) return fail('not_found');
  const body = await findBody(db, call.state_body_id);
  const manages = managesBody(req.actor, body!);
  if (call.status === 'draft' && !manages) return fail('not_found');
  const [lots, apps, decision, hasPanel, history, projects, plan] = await Promise.all([
    callLots(db, call.id),
    callApplications(db, call.id),
    findDecision(db, call.id),
    panelDrawn(db, call.id),
    publicHistory(db, 'funding_call', call.id),
    projectsOfCall(db, call.id),
    call.plan_id ? findPlan(db, call.plan_id) : undefined,
  ]);
  const orgs = await orgsByBins(
    db,
    apps.map((a) => a.bin),
  );
  return ok({
    call,
    body,
    lots,
    apps: apps.map((a) => ({ ...a, org: orgs.get(a.bin) })),
    decision,
    manages,
    window: applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, new Date()),
    hasPanel,
    projects: new Map(projects.map((x) => [x.application_id, x.id])),
    history,
    planTitle: plan?.title,
  });
}

export async function fundingCalls(app: FastifyInstance) {
  page(app, {
    path: '/funding/calls',
    policy: PUBLIC,
    query: callsQuery,
    load: async () => undefined,
    render: async (_, req, q) => {
      const r = await listCalls(req.server.db, { ...q, pageSize: PAGE_SIZE, publicOnly: true });
      const bodies = await bodiesByIds(
        req.server.db,
        r.items.map((c) => c.state_body_id),
      );
      return (
        <CallsListPage
          calls={r.items}
          total={r.total}
          page={q.page}
          pageSize={PAGE_SIZE}
          bodies={bodies}
          query={{ status: q.status, instrument: q.instrument }}
        />
      );
    },
  });

  page(app, {
    path: '/funding/calls/:id',
    policy: PUBLIC,
    params: byId,
    load: callPage,
    back: () => '/funding/calls',
    render: (d) => <CallPage {...d} />,
  });

  page(app, {
    path: '/funding/calls/:id/panel',
    policy: PUBLIC,
    params: byId,
    query: rerunQuery,
    load: async (req, p) => {
      const call = await findCall(req.server.db, p.id);
      return call && call.status !== 'draft' ? ok(call) : fail('not_found');
    },
    back: () => '/funding/calls',
    render: async (call, req, q) => {
      const [panel, experts] = await Promise.all([findPanel(req.server.db, call.id), publicExperts(req.server.db)]);
      const rerun = panel && q.seed !== undefined ? rerunDraw(panel, q) : undefined;
      return <PanelPage call={call} panel={panel} candidates={experts} rerun={rerun} values={q} />;
    },
  });

  form(app, {
    path: '/funding/calls/new',
    policy: SIGNED_IN,
    load: async (req) => {
      const bodies = await myBodies(req);
      if (!bodies.length) return fail('notYourBody');
      const topics = await approvedTopics(
        req.server.db,
        bodies.map((b) => b.id),
      );
      return ok({ bodies, topics });
    },
    back: () => '/funding',
    schema: callSchema,
    initial: () => ({ panelSize: '3', opensTime: '09:00', closesTime: '18:00', durationMonths: '12' }),
    view: ({ bodies, topics }, f, req) => (
      <GroupedFormPage
        title={req.t('funding.callForm.title')}
        crumbs={crumbs(req, [req.t('funding.calls.title'), '/funding/calls'])}
        action="/funding/calls/new"
        groups={[
          { fields: callFields(req, bodies) },
          { heading: req.t('funding.callForm.lotHeading'), fields: lotFieldSpecs(req, topics) },
        ]}
        {...f}
        submit={req.t('funding.callForm.submit')}
      />
    ),
    submit: (req, _, d) =>
      createCall(depsFrom(req), {
        stateBodyId: d.stateBodyId,
        planId: d.planId,
        instrument: d.instrument,
        title: d.title,
        description: d.description,
        opensAt: almatyInstant(d.opensOn, d.opensTime),
        closesAt: almatyInstant(d.closesOn, d.closesTime),
        requiredDocuments: d.requiredDocuments,
        panelSize: d.panelSize,
        lot: lotOf(d),
      }),
    done: (_req, _, r) => ({ to: `/funding/calls/${r.id}`, flash: 'funding.flash.callCreated' }),
  });

  // The call's steps, each a button on its page.
  for (const [path, event] of [
    ['publish', 'publish'],
    ['close', 'close'],
    ['cancel', 'cancel'],
    ['review', 'startReview'],
  ] as const) {
    action(app, {
      path: `/funding/calls/:id/${path}`,
      policy: SIGNED_IN,
      params: byId,
      load: async (_req, p) => p,
      back: toCall,
      submit: (req, p) => changeCallStatus(depsFrom(req), { callId: p.id, event }),
      done: (_req, p) => ({ to: toCall(p), flash: `funding.flash.call_${event}` }),
    });
  }

  action(app, {
    path: '/funding/calls/:id/draw',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    back: toCall,
    submit: (req, p) => drawPanel(depsFrom(req), { callId: p.id }),
    done: (_req, p) => ({ to: `${toCall(p)}/panel`, flash: 'funding.flash.panelDrawn' }),
  });
}
