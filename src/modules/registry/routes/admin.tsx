/** Moderators' screens: the verification queue, one organisation's review, decisions, evidence. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { anyRole } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { LANG, ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import { decideSocialEnterprise } from '../commands/decideSocialEnterprise.ts';
import { decideVerification } from '../commands/decideVerification.ts';
import { VERIFICATION_STATES, type Verification } from '../domain.ts';
import { canViewEvidence } from '../policy.ts';
import { fail } from '../reasons.ts';
import {
  fileInfo,
  findSocialApplication,
  openSocialApplications,
  socialApplicationsOf,
  verificationQueue,
  type OrganizationRow,
} from '../repository/index.ts';
import { organizationView } from '../presenters.ts';
import { socialDecisionSchema, verificationDecisionSchema } from '../schemas.ts';
import { QueuePage } from '../views/admin/QueuePage.tsx';
import { ReviewPage } from '../views/admin/ReviewPage.tsx';
import { backTo, binParams, organizationAt } from './organization.ts';

const { page, form, deny } = routesFor('registry');
const policy = anyRole('moderator', 'administrator');
const QUEUE_PAGE = 50;
const toReview = ({ bin }: { bin: string }) => `/admin/registry/${bin}`;
const back = backTo(toReview);

/** The queue; a stale bookmark with an unknown state or page shows the whole queue rather than an error. */
async function queue(req: FastifyRequest) {
  const q = req.query as Record<string, unknown>;
  const state = VERIFICATION_STATES.includes(q.state as Verification) ? (q.state as Verification) : undefined;
  const page = typeof q.page === 'string' && /^\d{1,5}$/.test(q.page) && Number(q.page) >= 1 ? Number(q.page) : 1;
  const [rows, social] = await Promise.all([
    verificationQueue(req.server.db, { state, page, pageSize: QUEUE_PAGE }),
    openSocialApplications(req.server.db),
  ]);
  return <QueuePage state={state} page={page} pageSize={QUEUE_PAGE} queue={rows} social={social} />;
}

/** The review page, with the decision forms (re-rendered with what was typed and the messages). */
async function review(req: FastifyRequest, org: OrganizationRow, form: FormState = { values: {}, errors: {} }) {
  const db = req.server.db;
  const [social, evidence] = await Promise.all([
    socialApplicationsOf(db, org.bin),
    org.verification_file_id ? fileInfo(db, org.verification_file_id) : undefined,
  ]);
  const maxUploadMb = Math.round((req.server.config.maxUploadBytes / 1024 / 1024) * 10) / 10;
  return (
    <ReviewPage
      org={organizationView(org)}
      social={social}
      evidence={evidence ?? null}
      values={form.values}
      errors={form.errors}
      maxUploadMb={maxUploadMb}
    />
  );
}

const applicationParams = binParams.extend({
  id: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number),
});

/** The organisation and its social-enterprise application (one of another organisation is not found). */
async function applicationAt(req: FastifyRequest, p: z.infer<typeof applicationParams>) {
  const r = await organizationAt(req, p);
  if (!r.ok) return r;
  const application = await findSocialApplication(req.server.db, p.id);
  return application && application.bin === r.value.bin ? ok({ org: r.value, application }) : fail('not_found');
}

export async function registryAdmin(app: FastifyInstance) {
  page(app, { path: '/admin/registry', policy, render: (_, req) => queue(req) });
  page(app, {
    path: '/admin/registry/:bin',
    policy,
    params: binParams,
    load: organizationAt,
    back,
    render: (org, req) => review(req, org),
  });

  form(app, {
    path: '/admin/registry/:bin/decision',
    get: false,
    policy,
    params: binParams,
    load: organizationAt,
    back,
    schema: verificationDecisionSchema,
    // The evidence (a certificate, a letter) goes with the decision; a decision without a file is sent too.
    files: [{ name: 'document' }],
    view: (org, state, req) => review(req, org, state),
    submit: (req, org, data, files) =>
      decideVerification(depsFrom(req), {
        bin: org.bin,
        decision: data.decision,
        reason: data.reason,
        document: files.document,
        storage: req.server.storage,
      }),
    done: (_, __, { verification }) => ({ to: '/admin/registry', flash: `registry.flash.${verification}` }),
  });

  form(app, {
    path: '/admin/registry/:bin/social-enterprise/:id',
    get: false,
    policy,
    params: applicationParams,
    load: applicationAt,
    back,
    schema: socialDecisionSchema,
    view: ({ org }, state, req) => review(req, org, state),
    submit: (req, { application }, data) =>
      decideSocialEnterprise(depsFrom(req), { id: application.id, decision: data.seDecision, reason: data.seReason }),
    done: (_, { org }, { status }) => ({ to: toReview(org), flash: `registry.flash.social_${status}` }),
  });

  // The evidence file is a download, not a page: the params and the organisation as the kit's routes read them.
  app.get(
    `${LANG}/admin/registry/:bin/evidence`,
    { config: { policy }, schema: { hide: true } },
    async (req, reply) => {
      const p = binParams.safeParse(req.params);
      if (!p.success) return deny(req, reply, fail('not_found'));
      const r = await organizationAt(req, p.data);
      if (!r.ok) return deny(req, reply, r, back(p.data, undefined, r));
      if (!canViewEvidence(req.actor)) return deny(req, reply, fail('not_moderator'));
      const file = r.value.verification_file_id
        ? await fileInfo(req.server.db, r.value.verification_file_id)
        : undefined;
      if (!file) return reply.callNotFound();
      const data = await req.server.storage.get(file.storage_key);
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
