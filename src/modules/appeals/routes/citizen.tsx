/**
 * The citizen's side: the front page, the appeal form, my appeals, attachments. The appeal form
 * stays a hand-written multipart route: it takes up to MAX_FILES files under one name, and the
 * kit's `files` reads one file per name.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { param } from '../../../reference/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { DOCUMENT_TYPES, readMultipartForm, type MultipartForm } from '../../../platform/files/index.ts';
import { csrfValid, sendCsrfFailure, setFlash, takeDraft } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { formValues, LANG, routesFor } from '../../../platform/kit/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { submitAppeal } from '../commands/submitAppeal.ts';
import { todayIn } from '../domain.ts';
import { bodyGroups, EMPTY_RECORD, mineItem } from '../presenters.ts';
import { appealsOfCitizen, bodyRecords, filesOf, findBodyByCode, listStateBodies } from '../repository/index.ts';
import { newAppealQuery, pageField, submitSchema } from '../schemas.ts';
import { HomePage } from '../views/HomePage.tsx';
import { MyAppealsPage } from '../views/MyAppealsPage.tsx';
import { NewAppealPage } from '../views/NewAppealPage.tsx';
import { appealFor, byNumber } from './appeal.tsx';

const { page, deny } = routesFor('appeals');
const hide = { hide: true };

/** Attachments per appeal. */
export const MAX_FILES = 5;
const PAGE_SIZE = 20;

export async function appealsCitizen(app: FastifyInstance) {
  const db = app.db;
  const maxUploadMb = Math.round(app.config.maxUploadBytes / (1024 * 1024));

  page(app, {
    path: '/appeals',
    policy: PUBLIC,
    render: async (_none, req) => {
      const today = todayIn(new Date());
      const year = Number(today.slice(0, 4));
      const totals = { ...EMPTY_RECORD };
      for (const r of (await bodyRecords(db, year, today)).values()) {
        totals.received += r.received;
        totals.answeredOnTime += r.answeredOnTime;
        totals.overdue += r.overdue;
      }
      return (
        <HomePage
          answerDays={param('appeal.answerWorkingDays', today)}
          redirectDays={param('appeal.redirectWorkingDays', today)}
          year={year}
          totals={totals}
          isOfficial={(req.actor?.stateBodies.length ?? 0) > 0}
        />
      );
    },
  });

  const formPage = async (
    values: FormValues,
    errors: FieldErrors,
    locale: Parameters<typeof bodyGroups>[1],
    t: Parameters<typeof bodyGroups>[2],
  ) => (
    <NewAppealPage
      values={values}
      errors={errors}
      bodies={bodyGroups(await listStateBodies(db), locale, t)}
      maxUploadMb={maxUploadMb}
      maxFiles={MAX_FILES}
    />
  );

  // The GET is the kit's page: the addressee chosen on another page comes as ?body=, parsed by
  // Zod; a form sent after the session expired comes back filled in (?draft= after signing in again).
  page(app, {
    path: '/appeals/new',
    policy: SIGNED_IN,
    query: newAppealQuery,
    render: async (_none, req, q) => {
      const draft = formValues(await takeDraft(req));
      if (q.body && !draft.body) draft.body = q.body;
      return formPage(draft, {}, req.locale, req.t);
    },
  });

  // The POST stays by hand (several files under one name, which the kit's `files` does not read):
  // a urlencoded body has its CSRF token checked by the platform before this handler, a multipart
  // one here with the platform's csrfValid, as the kit's forms do; the fields are parsed by Zod.
  app.post(
    `${LANG}/appeals/new`,
    { config: { policy: SIGNED_IN, multipart: true }, schema: hide },
    async (req, reply) => {
      let form: MultipartForm;
      if (req.isMultipart()) {
        form = await readMultipartForm(req, { maxBytes: app.config.maxUploadBytes, accept: DOCUMENT_TYPES });
        const token = form.fields._csrf;
        if (!csrfValid(req, typeof token === 'string' ? token : '')) return sendCsrfFailure(req, reply);
      } else {
        form = { fields: (req.body ?? {}) as Record<string, string>, files: [], fileErrors: {} };
      }
      const values = formValues(form.fields);
      const again = async (errors: FieldErrors, status = 400) =>
        renderPage(req, reply, await formPage(values, errors, req.locale, req.t), status);
      const parsed = submitSchema.safeParse(form.fields);
      const errors: FieldErrors = parsed.success ? {} : fieldErrors(req.t, parsed.error);
      const body = parsed.success ? await findBodyByCode(db, parsed.data.body) : undefined;
      if (parsed.success && !body) errors.body = req.t('appeals.errors.body');
      const files = form.files.filter((f) => f.field === 'attachments');
      const fileError = form.fileErrors.attachments;
      if (fileError)
        errors.attachments =
          fileError === 'too_large' ? req.t('errors.fileTooLarge', { max: maxUploadMb }) : req.t('errors.fileType');
      else if (files.length > MAX_FILES) errors.attachments = req.t('appeals.errors.tooManyFiles', { max: MAX_FILES });
      // Browsers do not send files back, so a form with errors asks to choose them again.
      if (Object.keys(errors).length && files.length && !errors.attachments)
        errors.attachments = req.t('appeals.errors.reattach');
      if (!parsed.success || !body || Object.keys(errors).length) return again(errors);
      const r = await submitAppeal(depsFrom(req), {
        kind: parsed.data.kind,
        bodyId: body.id,
        subject: parsed.data.subject,
        text: parsed.data.text,
        consent: parsed.data.consent,
        lang: req.locale,
        files,
        storage: app.storage,
      });
      // A failure about a field (the body gone meanwhile) is told next to it, as on the kit's forms.
      if (!r.ok && r.field)
        return again({
          [r.field]: req.t(`appeals.errors.${r.reason}`),
          ...(files.length ? { attachments: req.t('appeals.errors.reattach') } : {}),
        });
      if (!r.ok) return deny(req, reply, r);
      setFlash(reply, 'appeals.flash.registered');
      return reply.redirect(localHref(req.locale, `/appeals/${r.value.number}`), 303);
    },
  );

  page(app, {
    path: '/appeals/mine',
    policy: SIGNED_IN,
    query: z.object({ page: pageField.catch(1) }),
    render: async (_none, req, q) => {
      const r = await appealsOfCitizen(db, req.actor!.id, q.page, PAGE_SIZE);
      return (
        <MyAppealsPage
          rows={r.rows.map(mineItem)}
          total={r.total}
          page={q.page}
          pageSize={PAGE_SIZE}
          today={todayIn(new Date())}
        />
      );
    },
  });

  // An attachment, for whoever may see the appeal (a file, not a page: the kit's pages render views).
  const fileParams = byNumber.extend({ fileId: z.string().uuid() });
  app.get(
    `${LANG}/appeals/:number/files/:fileId`,
    { config: { policy: SIGNED_IN }, schema: hide },
    async (req, reply) => {
      const p = fileParams.safeParse(req.params);
      const a = p.success ? await appealFor(req, p.data) : null;
      if (!p.success || !a?.ok) return deny(req, reply, { kind: 'not_found', reason: 'not_found' });
      const file = (await filesOf(db, a.value.id)).find((f) => f.id === p.data.fileId);
      if (!file) return reply.callNotFound();
      const data = await app.storage.get(file.storage_key);
      const ascii = file.original_name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      return reply
        .type(file.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.original_name)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(data);
    },
  );
}
