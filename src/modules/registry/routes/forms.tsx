/** Representatives' forms: register an organisation, edit its profile, file a report, apply as a social enterprise. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { almatyDate } from '../../../reference/index.ts';
import { isStaff } from '../../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { applySocialEnterprise } from '../commands/applySocialEnterprise.ts';
import { editOrganization } from '../commands/editOrganization.ts';
import { fileAnnualReport } from '../commands/fileAnnualReport.ts';
import { registerOrganization } from '../commands/registerOrganization.ts';
import { fileableReportYears, reportDueDate, reportStatus, socialListApprovalDate, socialListYear } from '../domain.ts';
import { canApplySocialEnterprise, canChangeStatus, canEditOrganization, canFileReport } from '../policy.ts';
import { orgName, profileValues } from '../presenters.ts';
import { fail, refuse } from '../reasons.ts';
import { listReportYears, socialApplicationsOf } from '../repository/index.ts';
import { editSchema, registerSchema, reportSchema, reportYearQuery, socialApplicationSchema } from '../schemas.ts';
import { OrganizationFormPage } from '../views/OrganizationFormPage.tsx';
import { ReportFormPage } from '../views/ReportFormPage.tsx';
import { SocialApplicationPage } from '../views/SocialPages.tsx';
import { backTo, binParams, organizationAt, toProfile } from './organization.ts';

const { form } = routesFor('registry');
const policy = SIGNED_IN;
/** Refusals link back to the profile; a BIN that is not registered, to the search and to registering. */
const back = backTo();

/** The organisation, if this person may edit it. */
async function editable(req: FastifyRequest, p: { bin: string }) {
  const r = await organizationAt(req, p);
  if (!r.ok) return r;
  const can = canEditOrganization(req.actor, r.value);
  return can.ok ? r : refuse(can);
}

/** The organisation and the report year (?year=, or the latest not filed), if this person may file it. */
async function reportable(req: FastifyRequest, p: { bin: string }) {
  const r = await organizationAt(req, p);
  if (!r.ok) return r;
  const org = r.value;
  const now = new Date();
  const q = reportYearQuery.safeParse(req.query ?? {});
  const filed = new Set((await listReportYears(req.server.db, org.bin)).map((x) => x.year));
  const range = fileableReportYears(org.founded_on, now);
  let year = q.success ? q.data.year : undefined;
  if (q.success && year === undefined)
    for (let y = range.to; y >= range.from && year === undefined; y--) if (!filed.has(y)) year = y;
  if (year === undefined) return fail(q.success ? 'no_report_due' : 'year_out_of_range');
  const can = canFileReport(req.actor, org, year, { alreadyFiled: filed.has(year), now });
  return can.ok ? ok({ org, year, now }) : refuse(can);
}

/** The organisation and the list an application made now goes to, if this person may apply. */
async function applicable(req: FastifyRequest, p: { bin: string }) {
  const r = await organizationAt(req, p);
  if (!r.ok) return r;
  const listYear = socialListYear(new Date());
  const existing = await socialApplicationsOf(req.server.db, r.value.bin);
  const can = canApplySocialEnterprise(req.actor, r.value, {
    hasApplicationForYear: existing.some((a) => a.list_year === listYear),
  });
  return can.ok ? ok({ org: r.value, listYear }) : refuse(can);
}

export async function registryForms(app: FastifyInstance) {
  form(app, {
    path: '/registry/new',
    policy,
    schema: () => registerSchema(almatyDate(new Date())),
    view: (_, { values, errors }, req) => (
      <OrganizationFormPage
        mode="register"
        values={values}
        errors={errors}
        // The BIN is taken: link to the profile that has it.
        duplicateOf={errors.bin === req.t('registry.errors.duplicate_bin') ? String(values.bin) : undefined}
      />
    ),
    submit: (req, _, data) => registerOrganization(depsFrom(req), data),
    done: (_, __, { bin }) => ({ to: `/registry/${bin}`, flash: 'registry.flash.registered' }),
  });

  form(app, {
    path: '/registry/:bin/edit',
    policy,
    params: binParams,
    load: editable,
    back,
    initial: (org) => profileValues(org),
    schema: (_, req) => editSchema(almatyDate(new Date()), canChangeStatus(req.actor)),
    view: (org, { values, errors }, req) => (
      <OrganizationFormPage
        mode="edit"
        bin={org.bin}
        name={orgName(org, req.locale)}
        values={values}
        errors={errors}
        legalDataWarning={org.verification === 'verified' && !isStaff(req.actor)}
        canChangeStatus={canChangeStatus(req.actor)}
      />
    ),
    submit: (req, org, profile) => editOrganization(depsFrom(req), { bin: org.bin, profile }),
    done: (_, org, { changed, verification }) => ({
      to: toProfile(org),
      flash: `registry.flash.${
        changed.length === 0
          ? 'noChanges'
          : verification === 'pending' && org.verification !== 'pending'
            ? 'savedPending'
            : 'saved'
      }`,
    }),
  });

  form(app, {
    path: '/registry/:bin/reports/new',
    policy,
    params: binParams,
    load: reportable,
    back,
    schema: reportSchema,
    view: ({ org, year, now }, { values, errors }, req) => (
      <ReportFormPage
        bin={org.bin}
        name={orgName(org, req.locale)}
        year={year}
        dueDate={reportDueDate(year)}
        late={reportStatus(year, now, now) === 'late'}
        values={values}
        errors={errors}
      />
    ),
    submit: (req, { org, year, now }, data) => fileAnnualReport(depsFrom(req), { bin: org.bin, year, data }, now),
    done: (_, { org }, { status }) => ({
      to: toProfile(org),
      flash: status === 'late' ? 'registry.flash.reportFiledLate' : 'registry.flash.reportFiled',
    }),
  });

  form(app, {
    path: '/registry/:bin/social-enterprise',
    policy,
    params: binParams,
    load: applicable,
    back,
    schema: socialApplicationSchema,
    view: ({ org, listYear }, { values, errors }, req) => (
      <SocialApplicationPage
        bin={org.bin}
        name={orgName(org, req.locale)}
        listYear={listYear}
        approvalDate={socialListApprovalDate(listYear)}
        values={values}
        errors={errors}
      />
    ),
    submit: (req, { org }, application) => applySocialEnterprise(depsFrom(req), { bin: org.bin, application }),
    done: (_, { org }) => ({ to: toProfile(org), flash: 'registry.flash.socialApplied' }),
  });
}
