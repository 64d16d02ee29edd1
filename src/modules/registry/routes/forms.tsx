/** Representatives' forms: register an organisation, edit its profile, file a report, apply as a social enterprise. */
import type { FastifyInstance } from 'fastify';
import { almatyDate } from '../../../reference/index.ts';
import { isStaff } from '../../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { setFlash, takeDraft } from '../../../platform/http/context.ts';
import { localHref } from '../../../platform/views/context.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { applySocialEnterprise } from '../commands/applySocialEnterprise.ts';
import { editOrganization } from '../commands/editOrganization.ts';
import { fileAnnualReport } from '../commands/fileAnnualReport.ts';
import { registerOrganization } from '../commands/registerOrganization.ts';
import { fileableReportYears, reportDueDate, reportStatus, socialListApprovalDate, socialListYear } from '../domain.ts';
import { canApplySocialEnterprise, canChangeStatus, canEditOrganization, canFileReport } from '../policy.ts';
import { orgName } from '../presenters.ts';
import { listReportYears, socialApplicationsOf, type OrganizationRow } from '../repository.ts';
import {
  editSchema,
  formErrors,
  leadersToText,
  registerSchema,
  reportSchema,
  reportYearQuery,
  socialApplicationSchema,
} from '../schemas.ts';
import { OrganizationFormPage } from '../views/OrganizationFormPage.tsx';
import { ReportFormPage } from '../views/ReportFormPage.tsx';
import { SocialApplicationPage } from '../views/SocialPages.tsx';
import { denyPage, formValues, LANG, loadOrganization } from './shared.tsx';

const hide = { hide: true };
const signedIn = { policy: SIGNED_IN };

/** A profile as the edit form's values. */
function profileValues(o: OrganizationRow): Record<string, string | string[]> {
  return {
    nameKk: o.name_kk,
    nameRu: o.name_ru,
    nameEn: o.name_en ?? '',
    shortName: o.short_name ?? '',
    legalForm: o.legal_form,
    region: o.region,
    settlement: o.settlement,
    areas: o.areas,
    foundedOn: o.founded_on,
    website: o.website ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    address: o.address ?? '',
    description: o.description ?? '',
    leaders: leadersToText(o.leaders),
    founders: o.founders.map((f) => f.name).join('\n'),
    status: o.status,
  };
}

export async function registryForms(app: FastifyInstance) {
  const db = app.db;

  // ------------------------------------------------------------- register
  // A form sent after the session expired comes back filled in (?draft= after signing in again).
  app.get(`${LANG}/registry/new`, { config: signedIn, schema: hide }, async (req, reply) =>
    renderPage(
      req,
      reply,
      <OrganizationFormPage mode="register" values={formValues(await takeDraft(req))} errors={{}} />,
    ),
  );

  app.post(`${LANG}/registry/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const values = formValues(req.body);
    const parsed = registerSchema(almatyDate(new Date())).safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <OrganizationFormPage mode="register" values={values} errors={formErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await registerOrganization(depsFrom(req), parsed.data);
    if (!r.ok && r.reason === 'duplicate_bin') {
      const errors = { bin: req.t('registry.errors.duplicateBin') };
      return renderPage(
        req,
        reply,
        <OrganizationFormPage mode="register" values={values} errors={errors} duplicateOf={parsed.data.bin} />,
        400,
      );
    }
    if (!r.ok) return denyPage(req, reply, r.reason);
    setFlash(reply, 'registry.flash.registered');
    return reply.redirect(localHref(req.locale, `/registry/${r.value.bin}`), 303);
  });

  // ----------------------------------------------------------------- edit
  const editPage = (
    o: OrganizationRow,
    actor: Parameters<typeof canChangeStatus>[0],
    locale: Parameters<typeof orgName>[1],
    values: FormValues,
    errors: FieldErrors,
  ) => (
    <OrganizationFormPage
      mode="edit"
      bin={o.bin}
      name={orgName(o, locale)}
      values={values}
      errors={errors}
      legalDataWarning={o.verification === 'verified' && !isStaff(actor)}
      canChangeStatus={canChangeStatus(actor)}
    />
  );

  app.get(`${LANG}/registry/:bin/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return reply;
    const can = canEditOrganization(req.actor, org);
    if (!can.ok) return denyPage(req, reply, can.reason, `/registry/${org.bin}`);
    return renderPage(req, reply, editPage(org, req.actor, req.locale, profileValues(org), {}));
  });

  app.post(`${LANG}/registry/:bin/edit`, { config: signedIn, schema: hide }, async (req, reply) => {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return reply;
    const can = canEditOrganization(req.actor, org);
    if (!can.ok) return denyPage(req, reply, can.reason, `/registry/${org.bin}`);
    const parsed = editSchema(almatyDate(new Date()), canChangeStatus(req.actor)).safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        editPage(org, req.actor, req.locale, formValues(req.body), formErrors(req.t, parsed.error)),
        400,
      );
    const r = await editOrganization(depsFrom(req), { bin: org.bin, profile: parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/registry/${org.bin}`);
    const flash =
      r.value.changed.length === 0
        ? 'noChanges'
        : r.value.verification === 'pending' && org.verification !== 'pending'
          ? 'savedPending'
          : 'saved';
    setFlash(reply, `registry.flash.${flash}`);
    return reply.redirect(localHref(req.locale, `/registry/${org.bin}`), 303);
  });

  // -------------------------------------------------------- annual report
  /** Loads the organisation and the year and checks the policy; null when a page has been sent. */
  async function reportContext(
    req: Parameters<typeof loadOrganization>[0],
    reply: Parameters<typeof loadOrganization>[1],
  ) {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return null;
    const now = new Date();
    const q = reportYearQuery.safeParse(req.query ?? {});
    const filed = new Set((await listReportYears(db, org.bin)).map((r) => r.year));
    const range = fileableReportYears(org.founded_on, now);
    let year = q.success ? q.data.year : undefined;
    if (q.success && year === undefined)
      for (let y = range.to; y >= range.from && year === undefined; y--) if (!filed.has(y)) year = y;
    if (year === undefined) {
      await denyPage(req, reply, q.success ? 'no_report_due' : 'year_out_of_range', `/registry/${org.bin}`);
      return null;
    }
    const can = canFileReport(req.actor, org, year, { alreadyFiled: filed.has(year), now });
    if (!can.ok) {
      await denyPage(req, reply, can.reason, `/registry/${org.bin}`);
      return null;
    }
    return { org, year, now };
  }
  const reportPage = (
    o: OrganizationRow,
    year: number,
    now: Date,
    locale: Parameters<typeof orgName>[1],
    values: FormValues,
    errors: FieldErrors,
  ) => (
    <ReportFormPage
      bin={o.bin}
      name={orgName(o, locale)}
      year={year}
      dueDate={reportDueDate(year)}
      late={reportStatus(year, now, now) === 'late'}
      values={values}
      errors={errors}
    />
  );

  app.get(`${LANG}/registry/:bin/reports/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await reportContext(req, reply);
    if (!c) return reply;
    return renderPage(req, reply, reportPage(c.org, c.year, c.now, req.locale, formValues(await takeDraft(req)), {}));
  });

  app.post(`${LANG}/registry/:bin/reports/new`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await reportContext(req, reply);
    if (!c) return reply;
    const parsed = reportSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        reportPage(c.org, c.year, c.now, req.locale, formValues(req.body), formErrors(req.t, parsed.error)),
        400,
      );
    const r = await fileAnnualReport(depsFrom(req), { bin: c.org.bin, year: c.year, data: parsed.data }, c.now);
    if (!r.ok) return denyPage(req, reply, r.reason, `/registry/${c.org.bin}`);
    setFlash(reply, r.value.status === 'late' ? 'registry.flash.reportFiledLate' : 'registry.flash.reportFiled');
    return reply.redirect(localHref(req.locale, `/registry/${c.org.bin}`), 303);
  });

  // ---------------------------------------------------- social enterprise
  async function socialContext(
    req: Parameters<typeof loadOrganization>[0],
    reply: Parameters<typeof loadOrganization>[1],
  ) {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return null;
    const listYear = socialListYear(new Date());
    const existing = await socialApplicationsOf(db, org.bin);
    const can = canApplySocialEnterprise(req.actor, org, {
      hasApplicationForYear: existing.some((a) => a.list_year === listYear),
    });
    if (!can.ok) {
      await denyPage(req, reply, can.reason, `/registry/${org.bin}`);
      return null;
    }
    return { org, listYear };
  }
  const socialPage = (
    o: OrganizationRow,
    listYear: number,
    locale: Parameters<typeof orgName>[1],
    values: FormValues,
    errors: FieldErrors,
  ) => (
    <SocialApplicationPage
      bin={o.bin}
      name={orgName(o, locale)}
      listYear={listYear}
      approvalDate={socialListApprovalDate(listYear)}
      values={values}
      errors={errors}
    />
  );

  app.get(`${LANG}/registry/:bin/social-enterprise`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await socialContext(req, reply);
    if (!c) return reply;
    return renderPage(req, reply, socialPage(c.org, c.listYear, req.locale, {}, {}));
  });

  app.post(`${LANG}/registry/:bin/social-enterprise`, { config: signedIn, schema: hide }, async (req, reply) => {
    const c = await socialContext(req, reply);
    if (!c) return reply;
    const parsed = socialApplicationSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        socialPage(c.org, c.listYear, req.locale, formValues(req.body), formErrors(req.t, parsed.error)),
        400,
      );
    const r = await applySocialEnterprise(depsFrom(req), { bin: c.org.bin, application: parsed.data });
    if (!r.ok) return denyPage(req, reply, r.reason, `/registry/${c.org.bin}`);
    setFlash(reply, 'registry.flash.socialApplied');
    return reply.redirect(localHref(req.locale, `/registry/${c.org.bin}`), 303);
  });
}
