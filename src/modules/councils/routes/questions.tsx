/** Answering and moderating a hearing's questions and proposals, as kit declarations. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok, routesFor, type FieldSpec } from '../../../platform/kit/index.ts';
import { answerQuestion } from '../commands/answerQuestion.ts';
import { hideQuestion } from '../commands/hideQuestion.ts';
import { canAnswerQuestion, canModerateQuestion } from '../policy.ts';
import { fail, refuse } from '../reasons.ts';
import { findHearing, findQuestion } from '../repository/index.ts';
import { answerSchema, hideSchema } from '../schemas.ts';

const { form } = routesFor('councils');
const signedIn = SIGNED_IN;
const byQuestion = z.object({ qid: z.string().uuid() });
const toList = () => '/hearings';

async function questionOf(req: FastifyRequest, qid: string) {
  const q = await findQuestion(req.server.db, qid);
  const h = q ? await findHearing(req.server.db, q.hearing_id) : undefined;
  return q && h ? { q, h } : null;
}
type QX = NonNullable<Awaited<ReturnType<typeof questionOf>>>;

const questionCrumbs = (req: FastifyRequest, { h }: QX): [string, string][] => [
  [req.t('councils.hearings.title'), '/hearings'],
  [h.title, `/hearings/${h.id}`],
];
const quoted = ({ q }: QX) => (
  <blockquote>
    {q.author_name}: {q.text}
  </blockquote>
);

const answerFields = (req: FastifyRequest, kind: 'question' | 'proposal'): FieldSpec[] => [
  {
    kind: 'select',
    name: 'outcome',
    label: req.t('councils.question.outcome'),
    required: true,
    emptyOption: req.t('councils.choose'),
    options: (kind === 'question' ? ['answered'] : ['accepted', 'partly_accepted', 'rejected']).map((o) => ({
      value: o,
      label: req.t(`councils.status.${o}`),
    })),
  },
  {
    kind: 'textarea',
    name: 'answer',
    label: req.t('councils.question.answer'),
    required: true,
    rows: 6,
    hint: kind === 'proposal' ? req.t('councils.question.reasonsHint') : undefined,
  },
];

export async function questionForms(app: FastifyInstance) {
  // ------------------------------------------------ answering, moderating
  form(app, {
    path: '/hearings/questions/:qid/answer',
    policy: signedIn,
    params: byQuestion,
    load: async (req, p) => {
      const x = await questionOf(req, p.qid);
      if (!x) return fail('not_found');
      const d = canAnswerQuestion(req.actor, x.h, x.q);
      return d.ok ? ok(x) : refuse(d);
    },
    back: toList,
    schema: answerSchema,
    initial: ({ q }) => ({ outcome: q.outcome ?? (q.kind === 'question' ? 'answered' : ''), answer: q.answer ?? '' }),
    view: (x, f, req) => (
      <FormPage
        title={req.t(`councils.question.answerTitle_${x.q.kind}`)}
        crumbs={questionCrumbs(req, x)}
        intro={quoted(x)}
        action={`/hearings/questions/${x.q.id}/answer`}
        fields={answerFields(req, x.q.kind)}
        {...f}
        hidden={{ version: x.q.version }}
        submit={req.t('councils.question.answerSubmit')}
      />
    ),
    submit: (req, { q }, data) => answerQuestion(depsFrom(req), { id: q.id, ...data }),
    done: (_req, { q, h }) => ({ to: `/hearings/${h.id}#q-${q.id}`, flash: 'councils.flash.answered' }),
  });

  form(app, {
    path: '/hearings/questions/:qid/hide',
    policy: signedIn,
    params: byQuestion,
    load: async (req, p) => {
      const x = await questionOf(req, p.qid);
      if (!x) return fail('not_found');
      const d = canModerateQuestion(req.actor, x.h, x.q);
      return d.ok ? ok(x) : refuse(d);
    },
    back: toList,
    schema: hideSchema,
    view: (x, f, req) => (
      <FormPage
        title={req.t('councils.question.hideTitle')}
        crumbs={questionCrumbs(req, x)}
        intro={quoted(x)}
        action={`/hearings/questions/${x.q.id}/hide`}
        fields={[
          {
            kind: 'text',
            name: 'reason',
            label: req.t('councils.question.hideReason'),
            required: true,
            hint: req.t('councils.question.hideHint'),
          },
        ]}
        {...f}
        submit={req.t('councils.question.hideSubmit')}
      />
    ),
    submit: (req, { q }, data) => hideQuestion(depsFrom(req), { id: q.id, reason: data.reason }),
    done: (_req, { h }) => ({ to: `/hearings/${h.id}`, flash: 'councils.flash.questionHidden' }),
  });
}
