/**
 * Plans of topics and their public discussion, as kit declarations: the list and the plan's page,
 * a new plan, its topics, opening the discussion, approval, comments and the body's answers.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { addTopic } from '../commands/addTopic.ts';
import { answerComment } from '../commands/answerComment.ts';
import { approvePlan } from '../commands/approvePlan.ts';
import { commentOnPlan } from '../commands/commentOnPlan.ts';
import { createPlan } from '../commands/createPlan.ts';
import { openPlanDiscussion } from '../commands/openPlanDiscussion.ts';
import { almatyInstant } from '../domain.ts';
import { canComment, managesBody } from '../policy.ts';
import { bodyName } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { bodiesByIds, findBody, findPlan, listPlans, planComments, planTopics } from '../repository/index.ts';
import { answerSchema, commentSchema, discussionSchema, planSchema, topicSchema } from '../schemas.ts';
import { PlanPage } from '../views/PlanPage.tsx';
import { PlansListPage } from '../views/PlanPage.tsx';
import {
  action,
  areaOptions,
  byId,
  crumbs,
  form,
  instrumentOptions,
  managedPlan,
  myBodies,
  page,
  regionOptions,
} from './loaders.ts';

const toPlan = (p: { id: string }) => `/funding/plans/${p.id}`;

/** The plan's page: a draft only to its body's officials. */
async function planPage(req: FastifyRequest, p: { id: string }) {
  const db = req.server.db;
  const plan = await findPlan(db, p.id);
  if (!plan) return fail('not_found');
  const body = (await findBody(db, plan.state_body_id))!;
  const manages = managesBody(req.actor, body);
  if (plan.status === 'draft' && !manages) return fail('not_found');
  const [topics, comments, history] = await Promise.all([
    planTopics(db, plan.id),
    planComments(db, plan.id),
    publicHistory(db, 'funding_plan', plan.id),
  ]);
  return ok({
    plan,
    body,
    topics,
    comments,
    history,
    manages,
    canComment: canComment(req.actor, plan, new Date()).ok,
    signedIn: !!req.actor,
  });
}
const planView = (m: PlanPageData, f: FormState) => <PlanPage {...m} values={f.values} errors={f.errors} />;
type PlanPageData = Extract<Awaited<ReturnType<typeof planPage>>, { ok: true }>['value'];

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
    options: instrumentOptions(req),
  },
  { kind: 'number', name: 'year', label: req.t('funding.plan.year'), required: true },
  { kind: 'text', name: 'title', label: req.t('funding.plan.titleLabel'), required: true },
];

const topicFields = (req: FastifyRequest): FieldSpec[] => [
  { kind: 'text', name: 'title', label: req.t('funding.topic.title'), required: true },
  { kind: 'textarea', name: 'description', label: req.t('funding.topic.description'), rows: 4 },
  {
    kind: 'select',
    name: 'area',
    label: req.t('funding.lot.area'),
    required: true,
    options: areaOptions(req),
    emptyOption: req.t('funding.choose'),
  },
  {
    kind: 'select',
    name: 'region',
    label: req.t('funding.lot.region'),
    options: regionOptions(req),
    emptyOption: req.t('funding.national'),
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

export async function fundingPlans(app: FastifyInstance) {
  page(app, {
    path: '/funding/plans',
    policy: PUBLIC,
    load: async (req) => {
      const plans = (await listPlans(req.server.db)).filter(
        (p) => p.status !== 'draft' || managesBody(req.actor, { id: p.state_body_id, code: '' }),
      );
      const bodies = await bodiesByIds(
        req.server.db,
        plans.map((p) => p.state_body_id),
      );
      return { plans, bodies };
    },
    render: (d) => <PlansListPage {...d} />,
  });

  page(app, {
    path: '/funding/plans/:id',
    policy: PUBLIC,
    params: byId,
    load: planPage,
    back: () => '/funding/plans',
    render: (m) => planView(m, { values: {}, errors: {} }),
  });

  form(app, {
    path: '/funding/plans/new',
    policy: SIGNED_IN,
    load: async (req) => ((await myBodies(req)).length ? ok(undefined) : fail('notYourBody')),
    back: () => '/funding',
    schema: planSchema,
    initial: () => ({ year: String(new Date().getFullYear() + 1) }),
    view: async (_, f, req) => (
      <FormPage
        title={req.t('funding.planForm.title')}
        crumbs={crumbs(req)}
        action="/funding/plans/new"
        fields={await planFields(req)}
        {...f}
        submit={req.t('funding.planForm.submit')}
      />
    ),
    submit: (req, _, data) => createPlan(depsFrom(req), data),
    done: (_req, _, r) => ({ to: `/funding/plans/${r.id}`, flash: 'funding.flash.saved' }),
  });

  form(app, {
    path: '/funding/plans/:id/topics/new',
    policy: SIGNED_IN,
    params: byId,
    load: managedPlan,
    back: toPlan,
    schema: topicSchema,
    view: (plan, f, req) => (
      <FormPage
        title={req.t('funding.plan.addTopic')}
        crumbs={crumbs(req, [plan.title, toPlan(plan)])}
        action={`/funding/plans/${plan.id}/topics/new`}
        fields={topicFields(req)}
        {...f}
        submit={req.t('funding.topic.submit')}
      />
    ),
    submit: (req, plan, data) => addTopic(depsFrom(req), { planId: plan.id, ...data }),
    done: (_req, plan) => ({ to: toPlan(plan), flash: 'funding.flash.saved' }),
  });

  form(app, {
    path: '/funding/plans/:id/discussion',
    policy: SIGNED_IN,
    params: byId,
    load: managedPlan,
    back: toPlan,
    schema: discussionSchema,
    view: (plan, f, req) => (
      <FormPage
        title={req.t('funding.plan.openDiscussion')}
        crumbs={crumbs(req, [plan.title, toPlan(plan)])}
        action={`/funding/plans/${plan.id}/discussion`}
        fields={[
          {
            kind: 'date',
            name: 'endsOn',
            label: req.t('funding.plan.endsOn'),
            hint: req.t('funding.plan.endsOnHint'),
            required: true,
            width: 'medium',
          },
        ]}
        {...f}
        submit={req.t('funding.plan.openDiscussion')}
      />
    ),
    submit: (req, plan, data) =>
      openPlanDiscussion(depsFrom(req), { planId: plan.id, endsAt: almatyInstant(data.endsOn, '23:59') }),
    done: (_req, plan) => ({ to: toPlan(plan), flash: 'funding.flash.discussionOpened' }),
  });

  action(app, {
    path: '/funding/plans/:id/approve',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    back: toPlan,
    submit: (req, p) => approvePlan(depsFrom(req), { planId: p.id }),
    done: (_req, p) => ({ to: toPlan(p), flash: 'funding.flash.planApproved' }),
  });

  // The comment form sits on the plan's page, which comes back with the message next to its field.
  form(app, {
    path: '/funding/plans/:id/comments',
    get: false,
    policy: SIGNED_IN,
    params: byId,
    load: planPage,
    back: toPlan,
    schema: commentSchema,
    view: planView,
    submit: async (req, m, data) => {
      const r = await commentOnPlan(depsFrom(req), { planId: m.plan.id, ...data });
      return !r.ok && r.field === 'topicId' ? { ...r, reason: 'invalidTopic' } : r;
    },
    done: (_req, m) => ({ to: `${toPlan(m.plan)}#comments`, flash: 'funding.flash.commented' }),
  });

  // The body's answer under a comment; an answer too short is refused (there is one form per comment).
  action(app, {
    path: '/funding/comments/:id/answer',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    submit: async (req, p) => {
      const parsed = answerSchema.safeParse(req.body ?? {});
      if (!parsed.success) return fail('answerTooShort');
      return answerComment(depsFrom(req), { commentId: p.id, answer: parsed.data.answer });
    },
    done: (_req, _p, r) => ({ to: `/funding/plans/${r.planId}#comments`, flash: 'funding.flash.answered' }),
  });
}
