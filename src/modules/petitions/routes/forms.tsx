/** Signed-in forms: draft, edit, submit; moderators' decision; the addressee's review and answer. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { param } from '../../../reference/index.ts';
import { anyRole, PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { formValues, ok, routesFor } from '../../../platform/kit/index.ts';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { createDraft } from '../commands/createDraft.ts';
import { editDraft } from '../commands/editDraft.ts';
import { factsOf } from '../commands/facts.ts';
import { moderate } from '../commands/moderate.ts';
import { answerInitiative, startReview } from '../commands/review.ts';
import { submitDraft } from '../commands/submitDraft.ts';
import { canAnswer, canCreate, canEditDraft } from '../policy.ts';
import { initiativeView } from '../presenters.ts';
import { refuse } from '../reasons.ts';
import { similarInitiatives } from '../repository/index.ts';
import { answerSchema, draftSchema, moderationSchema } from '../schemas.ts';
import { AnswerPage } from '../views/AnswerPage.tsx';
import { DraftFormPage } from '../views/DraftFormPage.tsx';
import { back, idParams, initiativePage, versionField, versionOf, visible } from './initiative.tsx';

const { form, action } = routesFor('petitions');
const policy = SIGNED_IN;
const toInitiative = (row: { id: string }) => `/initiatives/${row.id}`;

/** Anyone signed in may start a draft. */
const creatable = async (req: FastifyRequest) => {
  const can = canCreate(req.actor);
  return can.ok ? ok(undefined) : refuse(can);
};

/** The draft of the URL, if this person may edit it. */
async function editable(req: FastifyRequest, p: { id: string }) {
  const r = await visible(req, p);
  if (!r.ok) return r;
  const can = canEditDraft(req.actor, factsOf(r.value));
  return can.ok ? r : refuse(can);
}

/** "Check for similar" (works without JavaScript): the same form again, with initiatives to join. */
async function checkSimilar(req: FastifyRequest, values: FormValues, id?: string, version?: number) {
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  const body = typeof values.body === 'string' ? values.body.trim() : '';
  const similar =
    title || body
      ? await similarInitiatives(req.server.db, title, body, {
          excludeId: id,
          listingMin: param('petition.publicListingMin', new Date()),
        })
      : [];
  return <DraftFormPage id={id} version={version} values={values} errors={{}} similar={similar} checked={true} />;
}

export async function petitionsForms(app: FastifyInstance) {
  // The draft form's second button ("check for similar", action=check) posts the same form to the
  // same URL but must not validate or save it: the kit's form always parses and submits, so this
  // hook answers that button before the kit's handler runs (after the platform's policy and CSRF
  // checks, which are preHandlers of the root).
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST' || formValues(req.body).action !== 'check') return;
    const url = req.routeOptions.url ?? '';
    if (url.endsWith('/initiatives/new')) return renderPage(req, reply, await checkSimilar(req, formValues(req.body)));
    if (!url.endsWith('/initiatives/:id/edit')) return;
    const p = idParams.safeParse(req.params);
    const r = p.success ? await editable(req, p.data) : undefined;
    if (!r?.ok) return; // the kit's handler answers with the refusal
    return renderPage(req, reply, await checkSimilar(req, formValues(req.body), r.value.id, versionOf(req.body)));
  });

  form(app, {
    path: '/initiatives/new',
    policy,
    load: creatable,
    initial: (_, req) => ({ language: req.locale }),
    schema: draftSchema,
    view: (_, { values, errors }) => <DraftFormPage values={values} errors={errors} similar={[]} checked={false} />,
    submit: (req, _, data) => createDraft(depsFrom(req), data),
    done: (_, __, v) => ({ to: toInitiative(v), flash: 'petitions.flash.drafted' }),
  });

  form(app, {
    path: '/initiatives/:id/edit',
    policy,
    params: idParams,
    load: editable,
    back,
    initial: (row) => ({
      title: row.title,
      body: row.body,
      addressee: row.addressee_code,
      area: row.area,
      language: row.language,
    }),
    schema: draftSchema.extend({ version: versionField }),
    // Someone changed the draft in another tab ('stale', 409): what was typed is kept, the message
    // is above the form, and the form now carries the latest version.
    view: (row, { values, errors }) => (
      <DraftFormPage id={row.id} version={row.version} values={values} errors={errors} similar={[]} checked={false} />
    ),
    submit: (req, row, data) => editDraft(depsFrom(req), { ...data, id: row.id }),
    done: (_, row) => ({ to: toInitiative(row), flash: 'petitions.flash.saved' }),
  });

  action(app, {
    path: '/initiatives/:id/submit',
    policy,
    params: idParams,
    load: visible,
    back,
    submit: (req, row) => submitDraft(depsFrom(req), { id: row.id, version: versionOf(req.body) }),
    done: (_, row) => ({ to: toInitiative(row), flash: 'petitions.flash.submitted' }),
  });

  form(app, {
    path: '/initiatives/:id/moderate',
    policy: anyRole('moderator', 'administrator'),
    get: false,
    params: idParams,
    load: visible,
    back,
    schema: moderationSchema.and(z.object({ version: versionField })),
    view: (row, state, req) => initiativePage(req, row, state),
    submit: (req, row, data) => moderate(depsFrom(req), { ...data, id: row.id }),
    done: (_, __, v) => ({ to: '/initiatives/moderation', flash: `petitions.flash.${v.status}` }),
  });

  action(app, {
    path: '/initiatives/:id/review',
    policy,
    params: idParams,
    load: visible,
    back,
    submit: (req, row) => startReview(depsFrom(req), { id: row.id, version: versionOf(req.body) }),
    done: (_, row) => ({ to: `${toInitiative(row)}/answer`, flash: 'petitions.flash.reviewStarted' }),
  });

  // The answer page is public; only the addressee's officials send the form on it.
  form(app, {
    path: '/initiatives/:id/answer',
    policy,
    readPolicy: PUBLIC,
    params: idParams,
    load: visible,
    back,
    schema: answerSchema.extend({ version: versionField }),
    view: (row, { values, errors }, req) => (
      <AnswerPage
        v={initiativeView(row, req.locale, new Date())}
        canAnswer={canAnswer(req.actor, factsOf(row)).ok}
        values={values}
        errors={errors}
      />
    ),
    submit: (req, row, data) => answerInitiative(depsFrom(req), { ...data, id: row.id }),
    done: (_, row) => ({ to: `${toInitiative(row)}/answer`, flash: 'petitions.flash.answered' }),
  });
}
