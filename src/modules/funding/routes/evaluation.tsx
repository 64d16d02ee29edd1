/**
 * The expert's review as kit declarations: the review page, the declaration of conflicts of
 * interest and the scores, both sent from that page and shown on it again with their messages.
 * A conflicted expert (or one who has not declared) is refused with the reason.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import type { FormState } from '../../../platform/kit/index.ts';
import { declareConflict } from '../commands/declareConflict.ts';
import { scoreProblems, submitScore } from '../commands/submitScore.ts';
import type { ConflictKind } from '../domain.ts';
import { conflictSchema } from '../schemas.ts';
import { ReviewPage } from '../views/ReviewPage.tsx';
import { byId, form, page, reviewOf } from './loaders.ts';

type Review = Extract<Awaited<ReturnType<typeof reviewOf>>, { ok: true }>['value'];
const toReview = (p: { id: string }) => `/funding/applications/${p.id}/review`;
const toApplication = (p: { id: string }) => `/funding/applications/${p.id}`;
const reviewView = (c: Review, f: FormState) => (
  <ReviewPage app={c.a} call={c.call} lot={c.lot} declaration={c.declaration} scored={c.scored} {...f} />
);
/** The scores by criterion of the call's rubric (checked by the command) and a comment. */
const scoresSchema = z.record(z.string(), z.unknown());

export async function fundingEvaluation(app: FastifyInstance) {
  page(app, {
    path: '/funding/applications/:id/review',
    policy: SIGNED_IN,
    params: byId,
    load: reviewOf,
    back: toApplication,
    render: (c) => reviewView(c, { values: {}, errors: {} }),
  });

  form(app, {
    path: '/funding/applications/:id/conflict',
    get: false,
    policy: SIGNED_IN,
    params: byId,
    load: reviewOf,
    back: toApplication,
    schema: conflictSchema,
    view: reviewView,
    submit: (req, c, d) =>
      declareConflict(depsFrom(req), { applicationId: c.a.id, kinds: d.kinds as ConflictKind[], note: d.note }),
    done: (_req, c, r) => ({
      to: toReview(c.a),
      flash: r.conflicted ? 'funding.flash.conflictDeclared' : 'funding.flash.noConflict',
    }),
  });

  form(app, {
    path: '/funding/applications/:id/score',
    get: false,
    policy: SIGNED_IN,
    params: byId,
    load: reviewOf,
    back: toReview,
    schema: scoresSchema,
    view: reviewView,
    submit: async (req, c, scores) => {
      const r = await submitScore(depsFrom(req), {
        applicationId: c.a.id,
        scores,
        comment: String(scores.comment ?? '').slice(0, 4000),
      });
      return r.ok ? r : { ...r, fields: scoreProblems(r) ?? undefined };
    },
    done: (_req, c) => ({ to: toReview(c.a), flash: 'funding.flash.scored' }),
  });
}
