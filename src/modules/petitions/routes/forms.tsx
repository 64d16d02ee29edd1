/** Signed-in forms: draft, edit, submit; moderators' decision; the addressee's review and answer. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { param } from '../../../reference/index.ts';
import { anyRole, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { setFlash } from '../../../platform/http/context.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { createDraft } from '../commands/createDraft.ts';
import { editDraft } from '../commands/editDraft.ts';
import { factsOf } from '../commands/facts.ts';
import { moderate } from '../commands/moderate.ts';
import { answerInitiative, startReview } from '../commands/review.ts';
import { submitDraft } from '../commands/submitDraft.ts';
import { canAnswer, canCreate, canEditDraft } from '../policy.ts';
import { initiativeView } from '../presenters.ts';
import { similarInitiatives } from '../repository.ts';
import { answerSchema, draftSchema, moderationSchema } from '../schemas.ts';
import { AnswerPage } from '../views/AnswerPage.tsx';
import { DraftFormPage, type SimilarItem } from '../views/DraftFormPage.tsx';
import { initiativePage } from './pages.tsx';
import { denyPage, formValues, hide, LANG, loadVisible, versionOf } from './shared.tsx';

const signedIn = { policy: SIGNED_IN };

export async function petitionsForms(app: FastifyInstance) {
  const db = app.db;

  function draftPage(
    req: FastifyRequest,
    reply: FastifyReply,
    p: {
      id?: string;
      version?: number;
      values: FormValues;
      errors: FieldErrors;
      similar?: SimilarItem[];
      checked?: boolean;
    },
    status = 200,
  ) {
    return renderPage(
      req,
      reply,
      <DraftFormPage
        id={p.id}
        version={p.version}
        values={p.values}
        errors={p.errors}
        similar={p.similar ?? []}
        checked={p.checked ?? false}
      />,
      status,
    );
  }

  /** "Check for similar" (works without JavaScript): the same form again, with initiatives to join. */
  async function checkSimilar(
    req: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    id?: string,
    version?: number,
  ) {
    const title = typeof values.title === 'string' ? values.title.trim() : '';
    const body = typeof values.body === 'string' ? values.body.trim() : '';
    const similar =
      title || body
        ? await similarInitiatives(db, title, body, {
            excludeId: id,
            listingMin: param('petition.publicListingMin', new Date()),
          })
        : [];
    return draftPage(req, reply, { id, version, values, errors: {}, similar, checked: true });
  }

  app.get(`${LANG}/initiatives/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const decision = canCreate(req.actor);
    if (!decision.ok) return denyPage(req, reply, decision.reason);
    return draftPage(req, reply, { values: { language: req.locale }, errors: {} });
  });

  app.post(`${LANG}/initiatives/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const values = formValues(req.body);
    if (values.action === 'check') return checkSimilar(req, reply, values);
    const parsed = draftSchema.safeParse(req.body ?? {});
    if (!parsed.success) return draftPage(req, reply, { values, errors: fieldErrors(req.t, parsed.error) }, 400);
    const r = await createDraft(depsFrom(req), parsed.data);
    if (!r.ok)
      return r.field
        ? draftPage(req, reply, { values, errors: { [r.field]: req.t(`petitions.deny.${r.reason}`) } }, 400)
        : denyPage(req, reply, r.reason);
    setFlash(reply, 'petitions.flash.drafted');
    return reply.redirect(localHref(req.locale, `/initiatives/${r.value.id}`), 303);
  });

  app.get(`${LANG}/initiatives/:id/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    const decision = canEditDraft(req.actor, factsOf(row));
    if (!decision.ok) return denyPage(req, reply, decision.reason, `/initiatives/${row.id}`);
    return draftPage(req, reply, {
      id: row.id,
      version: row.version,
      values: {
        title: row.title,
        body: row.body,
        addressee: row.addressee_code,
        area: row.area,
        language: row.language,
      },
      errors: {},
    });
  });

  app.post(`${LANG}/initiatives/:id/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    const values = formValues(req.body);
    const version = versionOf(req.body);
    if (values.action === 'check') return checkSimilar(req, reply, values, row.id, version);
    const parsed = draftSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return draftPage(req, reply, { id: row.id, version, values, errors: fieldErrors(req.t, parsed.error) }, 400);
    const r = await editDraft(depsFrom(req), { ...parsed.data, id: row.id, version });
    if (!r.ok) {
      // Someone changed the draft in another tab: keep what was typed, say so, offer the latest version.
      if (r.reason === 'stale')
        return draftPage(
          req,
          reply,
          { id: row.id, version: row.version, values, errors: { title: req.t('petitions.deny.stale') } },
          409,
        );
      return denyPage(req, reply, r.reason, `/initiatives/${row.id}`);
    }
    setFlash(reply, 'petitions.flash.saved');
    return reply.redirect(localHref(req.locale, `/initiatives/${row.id}`), 303);
  });

  app.post(`${LANG}/initiatives/:id/submit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    const r = await submitDraft(depsFrom(req), { id: row.id, version: versionOf(req.body) });
    if (!r.ok) return denyPage(req, reply, r.reason, `/initiatives/${row.id}`);
    setFlash(reply, 'petitions.flash.submitted');
    return reply.redirect(localHref(req.locale, `/initiatives/${row.id}`), 303);
  });

  app.post(
    `${LANG}/initiatives/:id/moderate`,
    { config: { policy: anyRole('moderator', 'administrator') }, schema: hide },
    async (req, reply) => {
      const row = await loadVisible(req, reply);
      if (!row) return reply;
      const parsed = moderationSchema.safeParse(req.body ?? {});
      if (!parsed.success)
        return initiativePage(
          req,
          reply,
          row,
          { values: req.body as Record<string, unknown>, errors: fieldErrors(req.t, parsed.error) },
          400,
        );
      const r = await moderate(depsFrom(req), { ...parsed.data, id: row.id, version: versionOf(req.body) });
      if (!r.ok) return denyPage(req, reply, r.reason, `/initiatives/${row.id}`);
      setFlash(reply, `petitions.flash.${r.value.status}`);
      return reply.redirect(localHref(req.locale, '/initiatives/moderation'), 303);
    },
  );

  app.post(`${LANG}/initiatives/:id/review`, { config: signedIn, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    const r = await startReview(depsFrom(req), { id: row.id, version: versionOf(req.body) });
    if (!r.ok) return denyPage(req, reply, r.reason, `/initiatives/${row.id}`);
    setFlash(reply, 'petitions.flash.reviewStarted');
    return reply.redirect(localHref(req.locale, `/initiatives/${row.id}/answer`), 303);
  });

  app.post(`${LANG}/initiatives/:id/answer`, { config: signedIn, schema: hide }, async (req, reply) => {
    const row = await loadVisible(req, reply);
    if (!row) return reply;
    const parsed = answerSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      return renderPage(
        req,
        reply,
        <AnswerPage
          v={initiativeView(row, req.locale, new Date())}
          canAnswer={canAnswer(req.actor, factsOf(row)).ok}
          values={formValues(req.body)}
          errors={fieldErrors(req.t, parsed.error)}
        />,
        400,
      );
    }
    const r = await answerInitiative(depsFrom(req), {
      id: row.id,
      version: versionOf(req.body),
      ...parsed.data,
    } as any);
    if (!r.ok) return denyPage(req, reply, r.reason, `/initiatives/${row.id}`);
    setFlash(reply, 'petitions.flash.answered');
    return reply.redirect(localHref(req.locale, `/initiatives/${row.id}/answer`), 303);
  });
}
