/** Forms of the discussion: citizens and NGOs comment, support and attach conclusions; the developer answers and publishes the summary. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { addComment } from '../commands/addComment.ts';
import { answerComment } from '../commands/answerComment.ts';
import { attachConclusion } from '../commands/attachConclusion.ts';
import { publishSummary } from '../commands/publishSummary.ts';
import { supportComment } from '../commands/supportComment.ts';
import { canAnswer, canAttachConclusion, canComment } from '../policy.ts';
import { commentView, draftTitle, unitView } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { commentsOf, countUnanswered, findComment, findVersion, unitsOf, type UnitRow } from '../repository/index.ts';
import { answerFormSchema, commentFormSchema, conclusionFormSchema, unitName } from '../schemas.ts';
import { AnswerPage, CommentPage, ConclusionPage } from '../views/ResponseForms.tsx';
import { back, commentParams, draftAt, draftFor, draftParams, myOrganizations, toDraft } from './draft.ts';

const { form, action } = routesFor('legislation');
const policy = SIGNED_IN;
const toSummary = (p: { id: string }) => `/legislation/${p.id}/summary`;

/** The draft and what a comment may be about: its paragraphs (an article with paragraphs is commented through them). */
async function commentable(req: FastifyRequest, p: { id: string }) {
  const r = await draftFor(req, p, canComment);
  if (!r.ok) return r;
  const { draft } = r.value;
  const version = (await findVersion(req.server.db, draft.id, draft.current_version))!;
  const units = (await unitsOf(req.server.db, version.id)).filter(
    (u, _i, all) => u.kind !== 'article' || !all.some((x) => x.key.startsWith(`${u.key}.`)),
  );
  return ok({ draft, units, organizations: await myOrganizations(req) });
}

/** The draft and a comment on its current version that this official may answer. */
async function answerable(req: FastifyRequest, p: { id: string; cid: string }) {
  const r = await draftFor(req, p, canAnswer);
  if (!r.ok) return r;
  const { draft, now } = r.value;
  const comment = await findComment(req.server.db, p.cid);
  if (!comment || comment.draft_id !== draft.id || comment.version_number !== draft.current_version)
    return fail('not_found');
  const version = (await findVersion(req.server.db, draft.id, draft.current_version))!;
  const unit = (await unitsOf(req.server.db, version.id)).find((u) => u.key === comment.unit_key)!;
  const counts = await countUnanswered(req.server.db, version.id);
  return ok({ draft, comment, unit, remaining: counts.unanswered, now });
}

/** The draft and the organisations this person may attach a conclusion for. */
async function concludable(req: FastifyRequest, p: { id: string }) {
  const r = await draftFor(req, p, canAttachConclusion);
  if (!r.ok) return r;
  return ok({ draft: r.value.draft, organizations: await myOrganizations(req) });
}

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : '');

export async function legislationForms(app: FastifyInstance) {
  form(app, {
    path: '/legislation/:id/comment',
    policy,
    params: draftParams,
    load: commentable,
    back,
    initial: (_, req) => {
      const unit = (req.query as Record<string, unknown> | undefined)?.unit;
      return { unit: typeof unit === 'string' ? unit : '' };
    },
    schema: commentFormSchema,
    view: (c, { values, errors }, req) => {
      const chosen = c.units.find((u) => u.key === values.unit);
      const view = chosen ? unitView(chosen, req.locale) : null;
      const excerpt = (u: UnitRow) => {
        const v = unitView(u, req.locale);
        const s = (v.text || v.heading).replace(/\s+/g, ' ');
        return `${unitName(req.t, u.key)} — ${s.length > 70 ? `${s.slice(0, 70)}…` : s}`;
      };
      return (
        <CommentPage
          id={c.draft.id}
          title={draftTitle(c.draft, req.locale)}
          unitText={view ? [view.heading, view.text].filter(Boolean).join('\n') : null}
          unitLabel={chosen ? unitName(req.t, chosen.key) : null}
          units={c.units.map((u) => ({ key: u.key, label: excerpt(u) }))}
          organizations={c.organizations}
          values={values}
          errors={errors}
        />
      );
    },
    submit: (req, { draft }, d) =>
      addComment(depsFrom(req), {
        draftId: draft.id,
        unitKey: d.unit,
        body: d.body,
        onBehalf: d.onBehalf || null,
        lang: req.locale,
      }),
    done: (_, { draft }, { id }) => ({ to: `${toDraft(draft)}#c-${id}`, flash: 'legislation.flash.commented' }),
  });

  action(app, {
    path: '/legislation/:id/comments/:cid/support',
    policy,
    params: commentParams,
    load: async (req, p) => {
      const r = await draftAt(req, p);
      if (!r.ok) return r;
      const comment = await findComment(req.server.db, p.cid);
      return comment && comment.draft_id === r.value.id ? ok({ draft: r.value, comment }) : fail('not_found');
    },
    back,
    submit: (req, { comment }) => supportComment(depsFrom(req), { commentId: comment.id }),
    done: (_, { draft, comment }) => ({
      to: `${toDraft(draft)}#c-${comment.id}`,
      flash: 'legislation.flash.supported',
    }),
  });

  form(app, {
    path: '/legislation/:id/comments/:cid/answer',
    policy,
    params: commentParams,
    load: answerable,
    // A comment that is not there (or belongs to an earlier version) links to the summary table.
    back: (p, _, f) => (f?.reason === 'not_found' ? toSummary(p) : back(p, _, f)),
    initial: ({ comment }) => ({
      status: comment.answer_status ?? undefined,
      reason: comment.answer_reason ?? '',
      answerVersion: String(comment.answer_version),
    }),
    schema: answerFormSchema,
    view: (a, { values, errors }, req) => {
      const u = unitView(a.unit, req.locale);
      return (
        <AnswerPage
          id={a.draft.id}
          title={draftTitle(a.draft, req.locale)}
          unitLabel={unitName(req.t, a.unit.key)}
          unitText={[u.heading, u.text].filter(Boolean).join('\n')}
          comment={commentView(a.comment, req.locale)}
          // After a stale answer the form carries the answer as it is now, so sending it again saves.
          values={{
            ...values,
            commentId: a.comment.id,
            answerVersion: errors._form ? String(a.comment.answer_version) : str(values.answerVersion),
          }}
          errors={errors}
          remaining={a.remaining}
        />
      );
    },
    submit: (req, a, d) => answerComment(depsFrom(req), { commentId: a.comment.id, ...d }, a.now),
    // On to the next comment without an answer, or back to the summary table when none is left.
    done: async (req, { draft }) => {
      const version = (await findVersion(req.server.db, draft.id, draft.current_version))!;
      const next = (await commentsOf(req.server.db, draft.id, version.id)).find((c) => !c.answer_status);
      return {
        to: next ? `${toDraft(draft)}/comments/${next.id}/answer` : toSummary(draft),
        flash: 'legislation.flash.answered',
      };
    },
  });

  action(app, {
    path: '/legislation/:id/summary',
    policy,
    params: draftParams,
    load: draftAt,
    back: (p, _, f) => (f?.reason === 'no_draft' ? '/legislation' : toSummary(p)),
    submit: (req, draft) => publishSummary(depsFrom(req), { id: draft.id }),
    done: (_, draft) => ({ to: toSummary(draft), flash: 'legislation.flash.summaryPublished' }),
  });

  form(app, {
    path: '/legislation/:id/conclusions/new',
    policy,
    params: draftParams,
    load: concludable,
    back,
    files: [{ name: 'document' }],
    initial: ({ organizations }) => (organizations.length === 1 ? { organization: organizations[0].bin } : {}),
    // Only an organisation this person represents; any other is told next to the field.
    schema: ({ organizations }) =>
      conclusionFormSchema.refine((d) => organizations.some((o) => o.bin === d.organization), {
        path: ['organization'],
        message: 'legislation.errors.not_ngo',
      }),
    // The document is required; a file refused for its size or type is told as the kit found it
    // (the body handed to `before` carries those errors too, and `before`'s would win over them).
    before: async (body, req) => {
      const errors: FieldErrors = {};
      if (!body.files.document && !(body as { errors?: FieldErrors }).errors?.document)
        errors.document = req.t('legislation.errors.fileRequired');
      return { fields: body.fields, errors };
    },
    view: ({ draft, organizations }, { values, errors }, req) => (
      <ConclusionPage
        id={draft.id}
        title={draftTitle(draft, req.locale)}
        organizations={organizations}
        values={values}
        errors={errors}
      />
    ),
    submit: (req, { draft }, d, files) =>
      attachConclusion(depsFrom(req), {
        draftId: draft.id,
        kind: d.kind,
        bin: d.organization,
        summary: d.summary,
        document: files.document!,
        storage: req.server.storage,
      }),
    done: (_, { draft }) => ({ to: `${toDraft(draft)}#conclusions`, flash: 'legislation.flash.concluded' }),
  });
}
