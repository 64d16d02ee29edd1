/** Moderators' screens: the verification queue, one organisation's review, decisions, evidence. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { anyRole } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { csrfValid, sendCsrfFailure, setFlash } from '../../../platform/http/context.ts';
import { DOCUMENT_TYPES, readMultipartForm, type MultipartForm } from '../../../platform/files/index.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { decideSocialEnterprise } from '../commands/decideSocialEnterprise.ts';
import { decideVerification } from '../commands/decideVerification.ts';
import { VERIFICATION_STATES, type Verification } from '../domain.ts';
import { canViewEvidence } from '../policy.ts';
import {
  fileInfo,
  findSocialApplication,
  openSocialApplications,
  socialApplicationsOf,
  verificationQueue,
  type OrganizationRow,
} from '../repository.ts';
import { formErrors, socialDecisionSchema, verificationDecisionSchema } from '../schemas.ts';
import { QueuePage } from '../views/admin/QueuePage.tsx';
import { ReviewPage } from '../views/admin/ReviewPage.tsx';
import { denyPage, formValues, LANG, loadOrganization } from './shared.tsx';

const hide = { hide: true };
const staff = { policy: anyRole('moderator', 'administrator') };
const QUEUE_PAGE = 50;

export async function registryAdmin(app: FastifyInstance) {
  const db = app.db;
  const maxUploadMb = Math.round((app.config.maxUploadBytes / 1024 / 1024) * 10) / 10;

  async function review(
    req: FastifyRequest,
    reply: FastifyReply,
    org: OrganizationRow,
    values: FormValues = {},
    errors: FieldErrors = {},
  ) {
    const [social, evidence] = await Promise.all([
      socialApplicationsOf(db, org.bin),
      org.verification_file_id ? fileInfo(db, org.verification_file_id) : undefined,
    ]);
    const status = Object.keys(errors).length ? 400 : 200;
    return renderPage(
      req,
      reply,
      <ReviewPage
        org={org}
        social={social}
        evidence={evidence ?? null}
        values={values}
        errors={errors}
        maxUploadMb={maxUploadMb}
      />,
      status,
    );
  }

  app.get(`${LANG}/admin/registry`, { config: staff, schema: hide }, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    // A stale bookmark with an unknown state or page shows the whole queue rather than an error.
    const state = VERIFICATION_STATES.includes(q.state as Verification) ? (q.state as Verification) : undefined;
    const page = typeof q.page === 'string' && /^\d{1,5}$/.test(q.page) && Number(q.page) >= 1 ? Number(q.page) : 1;
    const [queue, social] = await Promise.all([
      verificationQueue(db, { state, page, pageSize: QUEUE_PAGE }),
      openSocialApplications(db),
    ]);
    return renderPage(
      req,
      reply,
      <QueuePage state={state} page={page} pageSize={QUEUE_PAGE} queue={queue} social={social} />,
    );
  });

  app.get(`${LANG}/admin/registry/:bin`, { config: staff, schema: hide }, async (req, reply) => {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return reply;
    return review(req, reply, org);
  });

  app.post(
    `${LANG}/admin/registry/:bin/decision`,
    { config: { ...staff, multipart: true }, schema: hide },
    async (req, reply) => {
      // Multipart (with the evidence file) is read here; a plain form without a file also works.
      let form: MultipartForm;
      if (req.isMultipart()) {
        form = await readMultipartForm(req, { maxBytes: app.config.maxUploadBytes, accept: DOCUMENT_TYPES });
        const token = form.fields._csrf;
        if (!csrfValid(req, typeof token === 'string' ? token : '')) return sendCsrfFailure(req, reply);
      } else {
        form = { fields: (req.body ?? {}) as Record<string, string>, files: [], fileErrors: {} };
      }
      const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
      if (!org) return reply;
      const values = formValues(form.fields);
      const parsed = verificationDecisionSchema.safeParse(form.fields);
      const errors: FieldErrors = parsed.success ? {} : formErrors(req.t, parsed.error);
      const fileError = form.fileErrors.document;
      if (fileError)
        errors.document =
          fileError === 'too_large' ? req.t('errors.fileTooLarge', { max: maxUploadMb }) : req.t('errors.fileType');
      if (!parsed.success || fileError) return review(req, reply, org, values, errors);
      const document = form.files.find((f) => f.field === 'document');
      const r = await decideVerification(depsFrom(req), {
        bin: org.bin,
        decision: parsed.data.decision,
        reason: parsed.data.reason,
        document,
        storage: app.storage,
      });
      if (!r.ok) return denyPage(req, reply, r.reason, `/admin/registry/${org.bin}`);
      setFlash(reply, `registry.flash.${r.value.verification}`);
      return reply.redirect(localHref(req.locale, '/admin/registry'), 303);
    },
  );

  app.post(`${LANG}/admin/registry/:bin/social-enterprise/:id`, { config: staff, schema: hide }, async (req, reply) => {
    const params = req.params as { bin: string; id: string };
    const org = await loadOrganization(req, reply, params.bin);
    if (!org) return reply;
    const id = /^\d{1,12}$/.test(params.id) ? Number(params.id) : NaN;
    const parsed = socialDecisionSchema.safeParse(req.body ?? {});
    if (!parsed.success) return review(req, reply, org, formValues(req.body), formErrors(req.t, parsed.error));
    // The application must belong to the organisation in the URL (no deciding another one by id).
    const application = Number.isNaN(id) ? undefined : await findSocialApplication(db, id);
    if (!application || application.bin !== org.bin)
      return denyPage(req, reply, 'not_found', `/admin/registry/${org.bin}`);
    const r = await decideSocialEnterprise(depsFrom(req), {
      id,
      decision: parsed.data.seDecision,
      reason: parsed.data.seReason,
    });
    if (!r.ok) return denyPage(req, reply, r.reason, `/admin/registry/${org.bin}`);
    setFlash(reply, `registry.flash.social_${r.value.status}`);
    return reply.redirect(localHref(req.locale, `/admin/registry/${org.bin}`), 303);
  });

  app.get(`${LANG}/admin/registry/:bin/evidence`, { config: staff, schema: hide }, async (req, reply) => {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return reply;
    if (!canViewEvidence(req.actor)) return denyPage(req, reply, 'not_moderator');
    const file = org.verification_file_id ? await fileInfo(db, org.verification_file_id) : undefined;
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
  });
}
