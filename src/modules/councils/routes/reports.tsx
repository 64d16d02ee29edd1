/** Monitoring reports on a council's body, as kit declarations: publishing one (with a document). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, routesFor, type FieldSpec } from '../../../platform/kit/index.ts';
import { publishReport } from '../commands/publishReport.ts';
import { canPublishReport } from '../policy.ts';
import { councilName } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { findCouncil, memberCouncilIds } from '../repository/index.ts';
import { reportSchema } from '../schemas.ts';

const { form } = routesFor('councils');
const byId = z.object({ id: z.string().uuid() });

/** The council writes as itself; a representative of an NGO may write on its behalf. */
const reportFields = (req: FastifyRequest): FieldSpec[] => {
  const orgs = req.actor?.organizations ?? [];
  return [
    {
      kind: 'select',
      name: 'kind',
      label: req.t('councils.report.authorKind'),
      required: true,
      emptyOption: req.t('councils.choose'),
      options: [
        { value: 'council', label: req.t('councils.report.kind.council') },
        ...(orgs.length ? [{ value: 'ngo', label: req.t('councils.report.kind.ngo') }] : []),
      ],
    },
    ...(orgs.length
      ? [
          {
            kind: 'select' as const,
            name: 'bin',
            label: req.t('councils.application.organization'),
            options: orgs.map((b) => ({ value: b, label: b })),
            emptyOption: req.t('councils.choose'),
          },
        ]
      : []),
    { kind: 'text', name: 'title', label: req.t('councils.report.titleField'), required: true },
    { kind: 'textarea', name: 'findings', label: req.t('councils.report.findings'), required: true, rows: 10 },
    { kind: 'file', name: 'document', label: req.t('councils.report.document'), hint: req.t('councils.documentHint') },
  ];
};

export async function reportForms(app: FastifyInstance) {
  form(app, {
    path: '/councils/:id/reports/new',
    policy: SIGNED_IN,
    params: byId,
    files: [{ name: 'document' }],
    load: async (req, p) => (await findCouncil(req.server.db, p.id)) ?? fail('not_found'),
    back: (p) => `/councils/${p.id}`,
    schema: reportSchema,
    view: (c, f, req) => (
      <FormPage
        title={req.t('councils.report.publish')}
        crumbs={[
          [req.t('councils.list.title'), '/councils'],
          [councilName(c, req.locale), `/councils/${c.id}`],
        ]}
        action={`/councils/${c.id}/reports/new`}
        fields={reportFields(req)}
        {...f}
        submit={req.t('councils.report.publishSubmit')}
        multipart
      />
    ),
    submit: async (req, c, data, files) => {
      // Who may write for whom is told next to the choice it concerns.
      const isMember = (await memberCouncilIds(req.server.db, req.actor!.id)).includes(c.id);
      const d = canPublishReport(req.actor, c, { kind: data.kind, isMember, bin: data.bin });
      if (!d.ok) return fail(d.reason, data.kind === 'ngo' ? 'bin' : 'kind');
      return publishReport(depsFrom(req), {
        councilId: c.id,
        ...data,
        document: files.document ? { file: files.document, storage: req.server.storage } : undefined,
      });
    },
    done: (_req, _c, r) => ({ to: `/councils/reports/${r.id}`, flash: 'councils.flash.reportPublished' }),
  });
}
