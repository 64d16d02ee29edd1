/** The state body's and the operator's forms: plans, topics, discussion, calls, lots, call states, compliance, panel draw, decision, corrections, contracts, reports, visits, evaluation. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { areaCodes, regionCodes } from '../../../reference/index.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom, type Result } from '../../../platform/commands.ts';
import { setFlash } from '../../../platform/http/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { localHref } from '../../../platform/views/context.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { addLot } from '../commands/addLot.ts';
import { addTopic } from '../commands/addTopic.ts';
import { answerComment } from '../commands/answerComment.ts';
import { approvePlan } from '../commands/approvePlan.ts';
import { changeCallStatus } from '../commands/changeCallStatus.ts';
import { checkCompliance } from '../commands/checkCompliance.ts';
import { commentOnPlan } from '../commands/commentOnPlan.ts';
import { correctDecision } from '../commands/correctDecision.ts';
import { createCall } from '../commands/createCall.ts';
import { createPlan } from '../commands/createPlan.ts';
import { decideCall } from '../commands/decideCall.ts';
import { drawPanel } from '../commands/drawPanel.ts';
import { evaluateProject } from '../commands/evaluateProject.ts';
import { joinRegister } from '../commands/joinRegister.ts';
import { openPlanDiscussion } from '../commands/openPlanDiscussion.ts';
import { recordVisit } from '../commands/recordVisit.ts';
import { reviewReport } from '../commands/reviewReport.ts';
import { signContract } from '../commands/signContract.ts';
import { almatyInstant, type LotInput } from '../domain.ts';
import { managesBody } from '../policy.ts';
import { bodyName, orgName } from '../presenters.ts';
import {
  allBodies,
  approvedTopics,
  callApplications,
  findExpert,
  projectIndicators,
  scoreSummaries,
  callLots,
  findBody,
  findCall,
  findLot,
  findPlan,
  findProject,
  orgsByBins,
  planComments,
  planTopics,
  projectDetail,
} from '../repository/index.ts';
import {
  answerSchema,
  callSchema,
  commentSchema,
  complianceSchema,
  contractSchema,
  correctionSchema,
  decideSchema,
  discussionSchema,
  evaluationSchema,
  expertSchema,
  lotSchema,
  planSchema,
  REQUIRED_DOCUMENT_KINDS,
  reviewReportSchema,
  topicSchema,
  visitSchema,
} from '../schemas.ts';
import { FormPage, type FieldSpec } from '../views/components.tsx';
import { PlanPage } from '../views/plans.tsx';
import { denyPage, formValues, hide, LANG, notFound, params, problemErrors, zodErrors } from './shared.tsx';
import { publicHistory } from '../../../platform/audit/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import { areaByCode, regionByCode } from '../../../reference/index.ts';

const signedIn = { policy: SIGNED_IN };

export async function fundingManage(app: FastifyInstance) {
  const db = app.db;

  /** The bodies the actor may act for (members; the operator for cscs; administrators for all). */
  async function myBodies(req: FastifyRequest) {
    const a = req.actor;
    if (!a) return [];
    return (await allBodies(db)).filter((b) => managesBody(a, b));
  }
  const regionOpts = (req: FastifyRequest) =>
    regionCodes.map((r) => ({ value: r, label: pick(regionByCode(r)?.name, req.locale) || r }));
  const areaOpts = (req: FastifyRequest) =>
    areaCodes.map((a) => ({ value: a, label: pick(areaByCode(a)?.name, req.locale) || a }));
  const instrumentOpts = (req: FastifyRequest) =>
    ['social_order', 'grant', 'award'].map((i) => ({ value: i, label: req.t(`funding.instrument.${i}`) }));
  /** A refused command: its field's error on the form when it names one, otherwise a refusal page. */
  function refusal(r: Extract<Result<unknown>, { ok: false }>): FieldErrors | null {
    return r.field ? { [r.field]: `funding.errors.${r.reason}` } : null;
  }

  // ---------------------------------------------------------------- plan
  const planFields = async (req: FastifyRequest): Promise<FieldSpec[]> => [
    {
      kind: 'select',
      name: 'stateBodyId',
      label: req.t('funding.call.body'),
      required: true,
      options: (await myBodies(req)).map((b) => ({ value: b.id, label: bodyName(b, req.locale) })),
    },
    {
      kind: 'select',
      name: 'instrument',
      label: req.t('funding.call.instrument'),
      required: true,
      options: instrumentOpts(req),
    },
    {
      kind: 'text',
      name: 'year',
      label: req.t('funding.plan.year'),
      required: true,
      width: 'short',
      inputmode: 'numeric',
    },
    { kind: 'text', name: 'title', label: req.t('funding.plan.titleLabel'), required: true },
  ];
  const planPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.planForm.title')}
        action="/funding/plans/new"
        fields={await planFields(req)}
        values={values}
        errors={errors}
        submit={req.t('funding.planForm.submit')}
      />,
      status,
    );

  app.get(`${LANG}/funding/plans/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    if (!(await myBodies(req)).length) return denyPage(req, reply, 'notYourBody', '/funding');
    return planPage(req, reply, { year: String(new Date().getFullYear() + 1) }, {});
  });
  app.post(`${LANG}/funding/plans/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = planSchema.safeParse(req.body ?? {});
    if (!parsed.success) return planPage(req, reply, formValues(req.body), zodErrors(req, parsed.error), 400);
    const r = await createPlan(depsFrom(req), parsed.data);
    if (!r.ok) return denyPage(req, reply, r.reason, '/funding/plans');
    setFlash(reply, 'funding.flash.saved');
    return reply.redirect(localHref(req.locale, `/funding/plans/${r.value.id}`), 303);
  });

  const topicFields = (req: FastifyRequest): FieldSpec[] => [
    { kind: 'text', name: 'title', label: req.t('funding.topic.title'), required: true },
    { kind: 'textarea', name: 'description', label: req.t('funding.topic.description'), rows: 4 },
    {
      kind: 'select',
      name: 'area',
      label: req.t('funding.lot.area'),
      required: true,
      options: areaOpts(req),
      empty: req.t('funding.choose'),
    },
    {
      kind: 'select',
      name: 'region',
      label: req.t('funding.lot.region'),
      options: regionOpts(req),
      empty: req.t('funding.national'),
    },
    {
      kind: 'textarea',
      name: 'evidence',
      label: req.t('funding.topic.evidence'),
      hint: req.t('funding.topic.evidenceHint'),
      required: true,
      rows: 5,
    },
    {
      kind: 'textarea',
      name: 'evidenceLinks',
      label: req.t('funding.topic.links'),
      hint: req.t('funding.topic.linksHint'),
      rows: 3,
    },
  ];
  async function loadManagedPlan(req: FastifyRequest, reply: FastifyReply) {
    const plan = await findPlan(db, params(req).id);
    if (!plan) return void (await notFound(req, reply));
    const body = (await findBody(db, plan.state_body_id))!;
    if (!managesBody(req.actor, body))
      return void (await denyPage(req, reply, 'notYourBody', `/funding/plans/${plan.id}`));
    return plan;
  }
  app.get(`${LANG}/funding/plans/:id/topics/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const plan = await loadManagedPlan(req, reply);
    if (!plan) return reply;
    return renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.plan.addTopic')}
        action={`/funding/plans/${plan.id}/topics/new`}
        fields={topicFields(req)}
        values={{}}
        errors={{}}
        submit={req.t('funding.topic.submit')}
        crumbs={[[plan.title, `/funding/plans/${plan.id}`]]}
      />,
    );
  });
  app.post(`${LANG}/funding/plans/:id/topics/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const plan = await loadManagedPlan(req, reply);
    if (!plan) return reply;
    const parsed = topicSchema.safeParse(req.body ?? {});
    const page = (errors: FieldErrors) =>
      renderPage(
        req,
        reply,
        <FormPage
          title={req.t('funding.plan.addTopic')}
          action={`/funding/plans/${plan.id}/topics/new`}
          fields={topicFields(req)}
          values={formValues(req.body)}
          errors={errors}
          submit={req.t('funding.topic.submit')}
          crumbs={[[plan.title, `/funding/plans/${plan.id}`]]}
        />,
        400,
      );
    if (!parsed.success) return page(zodErrors(req, parsed.error));
    const r = await addTopic(depsFrom(req), { planId: plan.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/plans/${plan.id}`);
    setFlash(reply, 'funding.flash.saved');
    return reply.redirect(localHref(req.locale, `/funding/plans/${plan.id}`), 303);
  });

  const discussionFields = (req: FastifyRequest): FieldSpec[] => [
    {
      kind: 'date',
      name: 'endsOn',
      label: req.t('funding.plan.endsOn'),
      hint: req.t('funding.plan.endsOnHint'),
      required: true,
      width: 'medium',
    },
  ];
  app.get(`${LANG}/funding/plans/:id/discussion`, { config: signedIn, schema: hide }, async (req, reply) => {
    const plan = await loadManagedPlan(req, reply);
    if (!plan) return reply;
    return renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.plan.openDiscussion')}
        action={`/funding/plans/${plan.id}/discussion`}
        fields={discussionFields(req)}
        values={{}}
        errors={{}}
        submit={req.t('funding.plan.openDiscussion')}
        crumbs={[[plan.title, `/funding/plans/${plan.id}`]]}
      />,
    );
  });
  app.post(`${LANG}/funding/plans/:id/discussion`, { config: signedIn, schema: hide }, async (req, reply) => {
    const plan = await loadManagedPlan(req, reply);
    if (!plan) return reply;
    const page = (errors: FieldErrors) =>
      renderPage(
        req,
        reply,
        <FormPage
          title={req.t('funding.plan.openDiscussion')}
          action={`/funding/plans/${plan.id}/discussion`}
          fields={discussionFields(req)}
          values={formValues(req.body)}
          errors={errors}
          submit={req.t('funding.plan.openDiscussion')}
          crumbs={[[plan.title, `/funding/plans/${plan.id}`]]}
        />,
        400,
      );
    const parsed = discussionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return page(zodErrors(req, parsed.error));
    const r = await openPlanDiscussion(depsFrom(req), {
      planId: plan.id,
      endsAt: almatyInstant(parsed.data.endsOn, '23:59'),
    });
    if (!r.ok)
      return r.field
        ? page(problemErrors(req, { endsOn: r.reason }))
        : denyPage(req, reply, r.reason, `/funding/plans/${plan.id}`);
    setFlash(reply, 'funding.flash.discussionOpened');
    return reply.redirect(localHref(req.locale, `/funding/plans/${plan.id}`), 303);
  });
  app.post(`${LANG}/funding/plans/:id/approve`, { config: signedIn, schema: hide }, async (req, reply) => {
    const r = await approvePlan(depsFrom(req), { planId: params(req).id });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/plans/${params(req).id}`);
    setFlash(reply, 'funding.flash.planApproved');
    return reply.redirect(localHref(req.locale, `/funding/plans/${params(req).id}`), 303);
  });
  app.post(`${LANG}/funding/plans/:id/comments`, { config: signedIn, schema: hide }, async (req, reply) => {
    const plan = await findPlan(db, params(req).id);
    if (!plan) return notFound(req, reply);
    const parsed = commentSchema.safeParse(req.body ?? {});
    const r = parsed.success ? await commentOnPlan(depsFrom(req), { planId: plan.id, ...parsed.data }) : null;
    if (!parsed.success || (r && !r.ok && r.field)) {
      const body = (await findBody(db, plan.state_body_id))!;
      const [topics, comments, history] = await Promise.all([
        planTopics(db, plan.id),
        planComments(db, plan.id),
        publicHistory(db, 'funding_plan', plan.id),
      ]);
      const errors = parsed.success ? problemErrors(req, { topicId: 'invalidTopic' }) : zodErrors(req, parsed.error);
      return renderPage(
        req,
        reply,
        <PlanPage
          plan={plan}
          body={body}
          topics={topics}
          comments={comments}
          manages={managesBody(req.actor, body)}
          canComment
          signedIn
          values={formValues(req.body) as Record<string, string>}
          errors={errors}
          history={history}
        />,
        400,
      );
    }
    if (r && !r.ok) return denyPage(req, reply, r.reason, `/funding/plans/${plan.id}`);
    setFlash(reply, 'funding.flash.commented');
    return reply.redirect(localHref(req.locale, `/funding/plans/${plan.id}#comments`), 303);
  });
  app.post(`${LANG}/funding/comments/:id/answer`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = answerSchema.safeParse(req.body ?? {});
    if (!parsed.success) return denyPage(req, reply, 'answerTooShort');
    const r = await answerComment(depsFrom(req), { commentId: params(req).id, answer: parsed.data.answer });
    if (!r.ok) return denyPage(req, reply, r.reason);
    setFlash(reply, 'funding.flash.answered');
    return reply.redirect(localHref(req.locale, `/funding/plans/${r.value.planId}#comments`), 303);
  });

  // ---------------------------------------------------------------- call
  const lotFieldSpecs = (req: FastifyRequest, topics: { id: string; title: string }[]): FieldSpec[] => [
    { kind: 'heading', text: req.t('funding.callForm.lotHeading') },
    { kind: 'text', name: 'lotTitle', label: req.t('funding.lot.titleLabel'), required: true },
    { kind: 'textarea', name: 'lotDescription', label: req.t('funding.lot.description'), rows: 3 },
    ...(topics.length
      ? [
          {
            kind: 'select',
            name: 'topicId',
            label: req.t('funding.lot.topic'),
            options: topics.map((t) => ({ value: t.id, label: t.title })),
            empty: req.t('funding.lot.noTopic'),
          } as FieldSpec,
        ]
      : []),
    {
      kind: 'select',
      name: 'area',
      label: req.t('funding.lot.area'),
      required: true,
      options: areaOpts(req),
      empty: req.t('funding.choose'),
    },
    {
      kind: 'select',
      name: 'region',
      label: req.t('funding.lot.region'),
      options: regionOpts(req),
      empty: req.t('funding.national'),
    },
    {
      kind: 'text',
      name: 'budget',
      label: req.t('funding.callForm.budget'),
      hint: req.t('funding.callForm.budgetHint'),
      required: true,
      width: 'medium',
      inputmode: 'decimal',
    },
    {
      kind: 'text',
      name: 'durationMonths',
      label: req.t('funding.callForm.duration'),
      hint: req.t('funding.callForm.durationHint'),
      required: true,
      width: 'short',
      inputmode: 'numeric',
    },
    { kind: 'textarea', name: 'expectedResults', label: req.t('funding.lot.expectedResults'), rows: 3 },
    {
      kind: 'textarea',
      name: 'indicators',
      label: req.t('funding.lot.indicators'),
      hint: req.t('funding.appForm.indicatorsHint'),
      rows: 3,
    },
    {
      kind: 'select',
      name: 'grantType',
      label: req.t('funding.lot.grantType'),
      hint: req.t('funding.callForm.grantTypeHint'),
      options: ['short_term', 'medium_term', 'long_term'].map((g) => ({
        value: g,
        label: req.t(`funding.grantType.${g}`),
      })),
      empty: '—',
    },
    {
      kind: 'text',
      name: 'prize',
      label: req.t('funding.lot.prize'),
      hint: req.t('funding.callForm.prizeHint'),
      width: 'medium',
      inputmode: 'decimal',
    },
    {
      kind: 'select',
      name: 'splitRule',
      label: req.t('funding.lot.splitRule'),
      hint: req.t('funding.callForm.prizeHint'),
      options: ['single', 'equal_split'].map((s) => ({ value: s, label: req.t(`funding.splitRule.${s}`) })),
      empty: '—',
    },
  ];
  const callFields = async (req: FastifyRequest): Promise<FieldSpec[]> => {
    const bodies = await myBodies(req);
    const topics = await approvedTopics(
      db,
      bodies.map((b) => b.id),
    );
    return [
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
        options: instrumentOpts(req),
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
      {
        kind: 'text',
        name: 'panelSize',
        label: req.t('funding.call.panelSize'),
        required: true,
        width: 'short',
        inputmode: 'numeric',
      },
      ...lotFieldSpecs(req, topics),
    ];
  };
  const callPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.callForm.title')}
        action="/funding/calls/new"
        fields={await callFields(req)}
        values={values}
        errors={errors}
        submit={req.t('funding.callForm.submit')}
        crumbs={[[req.t('funding.calls.title'), '/funding/calls']]}
      />,
      status,
    );
  const lotOf = (d: {
    lotTitle: string;
    lotDescription: string;
    area: string;
    region: string | null;
    budget: number;
    durationMonths: number;
    expectedResults: string;
    indicators: LotInput['indicators'];
    grantType: LotInput['grantType'];
    prize: number | null;
    splitRule: LotInput['splitRule'];
    topicId: string | null;
  }): LotInput => ({
    topicId: d.topicId,
    title: d.lotTitle,
    description: d.lotDescription,
    area: d.area,
    region: d.region,
    budgetTiyn: d.budget,
    durationMonths: d.durationMonths,
    expectedResults: d.expectedResults,
    indicators: d.indicators,
    grantType: d.grantType,
    prizeTiyn: d.prize,
    splitRule: d.splitRule,
  });

  app.get(`${LANG}/funding/calls/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    if (!(await myBodies(req)).length) return denyPage(req, reply, 'notYourBody', '/funding');
    return callPage(req, reply, { panelSize: '3', opensTime: '09:00', closesTime: '18:00', durationMonths: '12' }, {});
  });
  app.post(`${LANG}/funding/calls/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = callSchema.safeParse(req.body ?? {});
    if (!parsed.success) return callPage(req, reply, formValues(req.body), zodErrors(req, parsed.error), 400);
    const d = parsed.data;
    const r = await createCall(depsFrom(req), {
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
    });
    if (!r.ok) {
      const e = refusal(r);
      return e
        ? callPage(req, reply, formValues(req.body), problemErrors(req, { [r.field!]: r.reason }), 400)
        : denyPage(req, reply, r.reason, '/funding');
    }
    setFlash(reply, 'funding.flash.callCreated');
    return reply.redirect(localHref(req.locale, `/funding/calls/${r.value.id}`), 303);
  });

  async function loadManagedCall(req: FastifyRequest, reply: FastifyReply) {
    const call = await findCall(db, params(req).id);
    if (!call) return void (await notFound(req, reply));
    const body = (await findBody(db, call.state_body_id))!;
    if (!managesBody(req.actor, body))
      return void (await denyPage(req, reply, 'notYourBody', `/funding/calls/${call.id}`));
    return call;
  }
  const lotPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    call: { id: string; title: string; state_body_id: string },
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.manage.addLot')}
        action={`/funding/calls/${call.id}/lots/new`}
        fields={lotFieldSpecs(req, await approvedTopics(db, [call.state_body_id])).filter((f) => f.kind !== 'heading')}
        values={values}
        errors={errors}
        submit={req.t('funding.manage.addLot')}
        crumbs={[[call.title, `/funding/calls/${call.id}`]]}
      />,
      status,
    );
  app.get(`${LANG}/funding/calls/:id/lots/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const call = await loadManagedCall(req, reply);
    if (!call) return reply;
    return lotPage(req, reply, call, { durationMonths: '12' }, {});
  });
  app.post(`${LANG}/funding/calls/:id/lots/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const call = await loadManagedCall(req, reply);
    if (!call) return reply;
    const parsed = lotSchema.safeParse(req.body ?? {});
    if (!parsed.success) return lotPage(req, reply, call, formValues(req.body), zodErrors(req, parsed.error), 400);
    const r = await addLot(depsFrom(req), { callId: call.id, lot: lotOf(parsed.data) });
    if (!r.ok)
      return r.field
        ? lotPage(req, reply, call, formValues(req.body), problemErrors(req, { [r.field]: r.reason }), 400)
        : denyPage(req, reply, r.reason, `/funding/calls/${call.id}`);
    setFlash(reply, 'funding.flash.saved');
    return reply.redirect(localHref(req.locale, `/funding/calls/${call.id}`), 303);
  });

  for (const [path, event] of [
    ['publish', 'publish'],
    ['close', 'close'],
    ['cancel', 'cancel'],
    ['review', 'startReview'],
  ] as const) {
    app.post(`${LANG}/funding/calls/:id/${path}`, { config: signedIn, schema: hide }, async (req, reply) => {
      const r = await changeCallStatus(depsFrom(req), { callId: params(req).id, event });
      if (!r.ok) return denyPage(req, reply, r.reason, `/funding/calls/${params(req).id}`);
      setFlash(reply, `funding.flash.call_${event}`);
      return reply.redirect(localHref(req.locale, `/funding/calls/${params(req).id}`), 303);
    });
  }
  app.post(`${LANG}/funding/calls/:id/draw`, { config: signedIn, schema: hide }, async (req, reply) => {
    const r = await drawPanel(depsFrom(req), { callId: params(req).id });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/calls/${params(req).id}`);
    setFlash(reply, 'funding.flash.panelDrawn');
    return reply.redirect(localHref(req.locale, `/funding/calls/${params(req).id}/panel`), 303);
  });

  app.post(`${LANG}/funding/applications/:id/compliance`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = complianceSchema.safeParse(req.body ?? {});
    if (!parsed.success) return denyPage(req, reply, 'badInput', `/funding/applications/${params(req).id}`);
    const r = await checkCompliance(depsFrom(req), { applicationId: params(req).id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/applications/${params(req).id}`);
    setFlash(reply, 'funding.flash.complianceRecorded');
    return reply.redirect(localHref(req.locale, `/funding/applications/${params(req).id}`), 303);
  });

  // ------------------------------------------------------------ decision
  async function decideFields(req: FastifyRequest, callId: string): Promise<FieldSpec[]> {
    const [apps, lots] = await Promise.all([callApplications(db, callId), callLots(db, callId)]);
    const admitted = apps.filter((a) => a.status === 'admitted');
    const orgs = await orgsByBins(
      db,
      admitted.map((a) => a.bin),
    );
    const scores = await scoreSummaries(
      db,
      admitted.map((a) => a.id),
    );
    return [
      {
        kind: 'checkboxes',
        name: 'winners',
        label: req.t('funding.decision.winners'),
        hint: req.t('funding.decision.winnersHint'),
        options: admitted.map((a) => {
          const s = scores.find((x) => x.application_id === a.id);
          return {
            value: a.id,
            label: `${req.t('funding.app.lot')} ${lots.find((l) => l.id === a.lot_id)?.number}: ${orgName(orgs.get(a.bin), req.locale)} — ${a.title} (${s ? `${Number(s.avg).toFixed(2)}, ${req.t('funding.decision.experts', { count: Number(s.n) })}` : req.t('funding.decision.unscored')})`,
          };
        }),
      },
      { kind: 'textarea', name: 'reasons', label: req.t('funding.decision.reasons'), required: true, rows: 6 },
      {
        kind: 'textarea',
        name: 'commission',
        label: req.t('funding.decision.commission'),
        hint: req.t('funding.decision.commissionHint'),
        rows: 2,
      },
    ];
  }
  const decidePage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    call: { id: string; title: string },
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.manage.decide')}
        action={`/funding/calls/${call.id}/decide`}
        fields={await decideFields(req, call.id)}
        values={values}
        errors={errors}
        submit={req.t('funding.decision.publish')}
        crumbs={[[call.title, `/funding/calls/${call.id}`]]}
      />,
      status,
    );
  app.get(`${LANG}/funding/calls/:id/decide`, { config: signedIn, schema: hide }, async (req, reply) => {
    const call = await loadManagedCall(req, reply);
    if (!call) return reply;
    if (call.status !== 'review') return denyPage(req, reply, 'badTransition', `/funding/calls/${call.id}`);
    return decidePage(req, reply, call, {}, {});
  });
  app.post(`${LANG}/funding/calls/:id/decide`, { config: signedIn, schema: hide }, async (req, reply) => {
    const call = await loadManagedCall(req, reply);
    if (!call) return reply;
    const parsed = decideSchema.safeParse(req.body ?? {});
    if (!parsed.success) return decidePage(req, reply, call, formValues(req.body), zodErrors(req, parsed.error), 400);
    const r = await decideCall(depsFrom(req), { callId: call.id, ...parsed.data });
    if (!r.ok)
      return r.field
        ? decidePage(req, reply, call, formValues(req.body), problemErrors(req, { [r.field]: r.reason }), 400)
        : denyPage(req, reply, r.reason, `/funding/calls/${call.id}`);
    setFlash(reply, 'funding.flash.decided');
    return reply.redirect(localHref(req.locale, `/funding/calls/${call.id}`), 303);
  });

  async function correctFields(req: FastifyRequest, callId: string): Promise<FieldSpec[]> {
    const apps = (await callApplications(db, callId)).filter(
      (a) => a.status === 'awarded' || a.status === 'not_awarded',
    );
    const orgs = await orgsByBins(
      db,
      apps.map((a) => a.bin),
    );
    return [
      {
        kind: 'select',
        name: 'applicationId',
        label: req.t('funding.correction.application'),
        required: true,
        options: apps.map((a) => ({
          value: a.id,
          label: `${orgName(orgs.get(a.bin), req.locale)} — ${a.title} (${req.t(`funding.status.${a.status}`)})`,
        })),
      },
      {
        kind: 'select',
        name: 'to',
        label: req.t('funding.correction.to'),
        required: true,
        options: ['awarded', 'not_awarded'].map((s) => ({ value: s, label: req.t(`funding.status.${s}`) })),
      },
      {
        kind: 'textarea',
        name: 'reason',
        label: req.t('funding.correction.reason'),
        hint: req.t('funding.correction.reasonHint'),
        required: true,
        rows: 4,
      },
    ];
  }
  const correctPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    call: { id: string; title: string },
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) =>
    renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.manage.correct')}
        action={`/funding/calls/${call.id}/correct`}
        fields={await correctFields(req, call.id)}
        values={values}
        errors={errors}
        submit={req.t('funding.correction.submit')}
        crumbs={[[call.title, `/funding/calls/${call.id}`]]}
      >
        <p>{req.t('funding.correction.intro')}</p>
      </FormPage>,
      status,
    );
  app.get(`${LANG}/funding/calls/:id/correct`, { config: signedIn, schema: hide }, async (req, reply) => {
    const call = await loadManagedCall(req, reply);
    if (!call) return reply;
    return correctPage(req, reply, call, {}, {});
  });
  app.post(`${LANG}/funding/calls/:id/correct`, { config: signedIn, schema: hide }, async (req, reply) => {
    const call = await loadManagedCall(req, reply);
    if (!call) return reply;
    const parsed = correctionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return correctPage(req, reply, call, formValues(req.body), zodErrors(req, parsed.error), 400);
    const r = await correctDecision(depsFrom(req), parsed.data);
    if (!r.ok)
      return r.field
        ? correctPage(req, reply, call, formValues(req.body), problemErrors(req, { [r.field]: r.reason }), 400)
        : denyPage(req, reply, r.reason, `/funding/calls/${call.id}`);
    setFlash(reply, 'funding.flash.corrected');
    return reply.redirect(localHref(req.locale, `/funding/calls/${call.id}`), 303);
  });

  app.post(`${LANG}/funding/applications/:id/contract`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = contractSchema.safeParse(req.body ?? {});
    if (!parsed.success) return denyPage(req, reply, 'startsOnRequired', `/funding/applications/${params(req).id}`);
    const r = await signContract(depsFrom(req), { applicationId: params(req).id, startsOn: parsed.data.startsOn });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/applications/${params(req).id}`);
    setFlash(reply, 'funding.flash.contractSigned');
    return reply.redirect(localHref(req.locale, `/funding/projects/${r.value.id}`), 303);
  });

  // ------------------------------------------------------------ delivery
  app.post(`${LANG}/funding/reports/:id/review`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = reviewReportSchema.safeParse(req.body ?? {});
    if (!parsed.success) return denyPage(req, reply, 'badInput');
    const r = await reviewReport(depsFrom(req), { reportId: params(req).id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason);
    setFlash(reply, 'funding.flash.reportReviewed');
    return reply.redirect(localHref(req.locale, `/funding/projects/${r.value.projectId}`), 303);
  });

  async function loadManagedProject(req: FastifyRequest, reply: FastifyReply) {
    const p = await findProject(db, params(req).id);
    if (!p) return void (await notFound(req, reply));
    if (!managesBody(req.actor, (await findBody(db, p.state_body_id))!))
      return void (await denyPage(req, reply, 'notYourBody', `/funding/projects/${p.id}`));
    return p;
  }
  const visitFields = (req: FastifyRequest): FieldSpec[] => [
    { kind: 'date', name: 'visitedOn', label: req.t('funding.visit.date'), required: true, width: 'medium' },
    {
      kind: 'select',
      name: 'outcome',
      label: req.t('funding.visit.outcome'),
      required: true,
      options: ['ok', 'remarks', 'violations'].map((o) => ({ value: o, label: req.t(`funding.status.${o}`) })),
    },
    { kind: 'textarea', name: 'findings', label: req.t('funding.visit.findings'), required: true, rows: 5 },
  ];
  app.get(`${LANG}/funding/projects/:id/visits/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const p = await loadManagedProject(req, reply);
    if (!p) return reply;
    return renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.visit.new')}
        action={`/funding/projects/${p.id}/visits/new`}
        fields={visitFields(req)}
        values={{}}
        errors={{}}
        submit={req.t('funding.visit.submit')}
        crumbs={[[p.title, `/funding/projects/${p.id}`]]}
      />,
    );
  });
  app.post(`${LANG}/funding/projects/:id/visits/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const p = await loadManagedProject(req, reply);
    if (!p) return reply;
    const parsed = visitSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <FormPage
          title={req.t('funding.visit.new')}
          action={`/funding/projects/${p.id}/visits/new`}
          fields={visitFields(req)}
          values={formValues(req.body)}
          errors={zodErrors(req, parsed.error)}
          submit={req.t('funding.visit.submit')}
          crumbs={[[p.title, `/funding/projects/${p.id}`]]}
        />,
        400,
      );
    const r = await recordVisit(depsFrom(req), { projectId: p.id, ...parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/projects/${p.id}`);
    setFlash(reply, 'funding.flash.visitRecorded');
    return reply.redirect(localHref(req.locale, `/funding/projects/${p.id}`), 303);
  });

  async function evaluationFields(
    req: FastifyRequest,
    projectId: string,
    lotId: string,
  ): Promise<{ fields: FieldSpec[]; indicators: { name: string; target: number }[] }> {
    const lot = await findLot(db, lotId);
    const own = await projectIndicators(db, projectId);
    const indicators: { name: string; target: number }[] = (own.length ? own : (lot?.indicators ?? [])).map(
      (i: { name: string; target: number }) => ({ name: i.name, target: Number(i.target) }),
    );
    return {
      indicators,
      fields: [
        ...indicators.map(
          (i, n) =>
            ({
              kind: 'text',
              name: `actual.${n}`,
              label: req.t('funding.evaluation.actualOf', { name: i.name, target: i.target }),
              required: true,
              width: 'short',
              inputmode: 'decimal',
            }) as FieldSpec,
        ),
        {
          kind: 'text',
          name: 'beneficiaries',
          label: req.t('funding.evaluation.beneficiaries'),
          required: true,
          width: 'short',
          inputmode: 'numeric',
        },
        {
          kind: 'text',
          name: 'socialValue',
          label: req.t('funding.evaluation.socialValue'),
          hint: req.t('funding.evaluation.socialValueHint'),
          width: 'medium',
          inputmode: 'decimal',
        },
        { kind: 'textarea', name: 'outcomes', label: req.t('funding.evaluation.outcomes'), required: true, rows: 6 },
      ],
    };
  }
  app.get(`${LANG}/funding/projects/:id/evaluate`, { config: signedIn, schema: hide }, async (req, reply) => {
    const p = await loadManagedProject(req, reply);
    if (!p) return reply;
    const { fields } = await evaluationFields(req, p.id, p.lot_id);
    const detail = await projectDetail(db, p.id);
    const reached = detail.reports
      .filter((r) => r.status === 'accepted')
      .reduce((m, r) => Math.max(m, r.beneficiaries_reached), 0);
    const last = detail.reports.filter((r) => r.status === 'accepted').at(-1)?.indicator_values ?? {};
    const { indicators } = await evaluationFields(req, p.id, p.lot_id);
    const values: FormValues = { beneficiaries: reached ? String(reached) : '' };
    indicators.forEach((i, n) => {
      if (last[i.name] !== undefined) values[`actual.${n}`] = String(last[i.name]);
    });
    return renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.evaluation.new')}
        action={`/funding/projects/${p.id}/evaluate`}
        fields={fields}
        values={values}
        errors={{}}
        submit={req.t('funding.evaluation.submit')}
        crumbs={[[p.title, `/funding/projects/${p.id}`]]}
      >
        <p>{req.t('funding.evaluation.intro')}</p>
      </FormPage>,
    );
  });
  app.post(`${LANG}/funding/projects/:id/evaluate`, { config: signedIn, schema: hide }, async (req, reply) => {
    const p = await loadManagedProject(req, reply);
    if (!p) return reply;
    const { fields, indicators } = await evaluationFields(req, p.id, p.lot_id);
    const body = (req.body ?? {}) as Record<string, string>;
    const parsed = evaluationSchema.safeParse(body);
    const errors: FieldErrors = parsed.success ? {} : zodErrors(req, parsed.error);
    const actuals = indicators.map((i, n) => {
      const v = Number(
        String(body[`actual.${n}`] ?? '')
          .replace(',', '.')
          .trim(),
      );
      if (String(body[`actual.${n}`] ?? '').trim() === '' || !Number.isFinite(v) || v < 0)
        errors[`actual.${n}`] = req.t('funding.errors.number');
      return { name: i.name, target: i.target, actual: v };
    });
    if (!parsed.success || Object.keys(errors).length) {
      return renderPage(
        req,
        reply,
        <FormPage
          title={req.t('funding.evaluation.new')}
          action={`/funding/projects/${p.id}/evaluate`}
          fields={fields}
          values={formValues(req.body)}
          errors={errors}
          submit={req.t('funding.evaluation.submit')}
          crumbs={[[p.title, `/funding/projects/${p.id}`]]}
        />,
        400,
      );
    }
    const r = await evaluateProject(depsFrom(req), {
      projectId: p.id,
      indicators: actuals,
      outcomes: parsed.data.outcomes,
      beneficiaries: parsed.data.beneficiaries,
      socialValueTiyn: parsed.data.socialValue,
    });
    if (!r.ok) return denyPage(req, reply, r.reason, `/funding/projects/${p.id}`);
    setFlash(reply, 'funding.flash.evaluated');
    return reply.redirect(localHref(req.locale, `/funding/projects/${p.id}`), 303);
  });

  // ------------------------------------------------------ expert register
  const expertFields = (req: FastifyRequest): FieldSpec[] => [
    { kind: 'text', name: 'displayName', label: req.t('funding.experts.name'), required: true },
    {
      kind: 'checkboxes',
      name: 'areas',
      label: req.t('funding.experts.areas'),
      required: true,
      options: areaOpts(req),
    },
    { kind: 'textarea', name: 'bio', label: req.t('funding.experts.bio'), rows: 4 },
    {
      kind: 'checkboxes',
      name: 'public',
      label: req.t('funding.experts.publicLegend'),
      options: [{ value: 'yes', label: req.t('funding.experts.public') }],
    },
  ];
  app.get(`${LANG}/funding/experts/join`, { config: signedIn, schema: hide }, async (req, reply) => {
    if (!req.actor!.roles.includes('expert')) return denyPage(req, reply, 'notExpert', '/funding/experts');
    const cur = await findExpert(db, req.actor!.id);
    const values: FormValues = cur
      ? { displayName: cur.display_name, areas: cur.areas, bio: cur.bio, public: cur.public ? 'yes' : undefined }
      : { displayName: req.actor!.name, public: 'yes' };
    return renderPage(
      req,
      reply,
      <FormPage
        title={req.t('funding.experts.join')}
        action="/funding/experts/join"
        fields={expertFields(req)}
        values={values}
        errors={{}}
        submit={req.t('funding.experts.submit')}
        crumbs={[[req.t('funding.experts.title'), '/funding/experts']]}
      >
        <p>{req.t('funding.experts.joinIntro')}</p>
      </FormPage>,
    );
  });
  app.post(`${LANG}/funding/experts/join`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = expertSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <FormPage
          title={req.t('funding.experts.join')}
          action="/funding/experts/join"
          fields={expertFields(req)}
          values={formValues(req.body)}
          errors={zodErrors(req, parsed.error)}
          submit={req.t('funding.experts.submit')}
        />,
        400,
      );
    const r = await joinRegister(depsFrom(req), parsed.data);
    if (!r.ok) return denyPage(req, reply, r.reason, '/funding/experts');
    setFlash(reply, 'funding.flash.saved');
    return reply.redirect(localHref(req.locale, '/funding/experts'), 303);
  });
}
