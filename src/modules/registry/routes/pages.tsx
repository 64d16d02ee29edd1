/** Public pages: search, profile, a filed report, statistics, the social entrepreneurs' list. */
import type { FastifyInstance } from 'fastify';
import { regions } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { almatyYear, recentReportYears, reportStatus, socialListApprovalDate, socialListYear } from '../domain.ts';
import { profileCan, represents } from '../policy.ts';
import { eligibilityOf, listItemView, orgName, regionName, reportRows } from '../presenters.ts';
import { ratingsFor } from '../rating.ts';
import {
  approvedSocialEntrepreneurs,
  countByRegion,
  countByYear,
  findReport,
  listChanges,
  listReportYears,
  searchOrganizations,
  socialApplicationsOf,
  socialListYears,
} from '../repository.ts';
import { parseSearchPage, SEARCH_FIELDS } from '../schemas.ts';
import { MessagePage } from '../views/MessagePage.tsx';
import { ProfilePage } from '../views/ProfilePage.tsx';
import { profileNoticesFor } from '../notices.ts';
import { ReportPage } from '../views/ReportPage.tsx';
import { SearchPage } from '../views/SearchPage.tsx';
import { SocialListPage } from '../views/SocialPages.tsx';
import { StatisticsPage } from '../views/StatisticsPage.tsx';
import { LANG, loadOrganization } from './shared.tsx';

export const PAGE_SIZE = 20;
const hide = { hide: true };

export async function registryPages(app: FastifyInstance) {
  const db = app.db;

  app.get(`${LANG}/registry`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const now = new Date();
    // Filters are read leniently: a bad value is reported next to its field and left out.
    const { query, errors, values } = parseSearchPage(req.query as Record<string, unknown>, PAGE_SIZE);
    const result = await searchOrganizations(db, query, { locale: req.locale, now });
    const ratings = await ratingsFor(db, result.rows, now);
    const items = result.rows.map((r) => listItemView(r, req.locale, ratings.get(r.bin)!.total));
    const translated = Object.fromEntries(
      Object.entries(errors).map(([k, key]) => [k, req.t(key, { max: k === 'q' ? 200 : 10_000, min: 1 })]),
    );
    const linkQuery = Object.fromEntries(
      SEARCH_FIELDS.filter((k) => k !== 'page' && values[k] !== undefined && !errors[k]).map((k) => [k, values[k]]),
    );
    return renderPage(
      req,
      reply,
      <SearchPage
        values={values}
        linkQuery={linkQuery}
        errors={translated}
        items={items}
        total={result.total}
        page={query.page}
        pageSize={PAGE_SIZE}
        reportYear={almatyYear(now) - 1}
      />,
      Object.keys(errors).length ? 400 : 200,
    );
  });

  app.get(`${LANG}/registry/statistics`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const [byRegion, byYear] = await Promise.all([countByRegion(db), countByYear(db)]);
    const rows = regions
      .map((r) => ({
        code: r.code,
        name: regionName(r.code, req.locale),
        ...(byRegion.get(r.code) ?? { total: 0, active: 0, verified: 0 }),
      }))
      .sort((a, b) => b.total - a.total);
    const total = rows.reduce((s, r) => s + r.total, 0);
    const active = rows.reduce((s, r) => s + r.active, 0);
    return renderPage(req, reply, <StatisticsPage total={total} active={active} byRegion={rows} byYear={byYear} />);
  });

  app.get(`${LANG}/registry/social-entrepreneurs`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const now = new Date();
    const current = socialListYear(now);
    const raw = (req.query as Record<string, unknown>).year;
    const parsed =
      raw === undefined || raw === '' ? current : typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : null;
    const known = await socialListYears(db);
    const years = [...new Set([current, ...known])].sort((a, b) => b - a);
    const year = parsed !== null && parsed >= 2000 && parsed <= current + 1 ? parsed : current;
    const error = parsed === null || year !== parsed ? req.t('registry.errors.year') : undefined;
    const rows = await approvedSocialEntrepreneurs(db, year);
    if (!years.includes(year)) years.push(year);
    return renderPage(
      req,
      reply,
      <SocialListPage
        year={year}
        years={years}
        approvalDate={socialListApprovalDate(year)}
        rows={rows}
        error={error}
      />,
      error ? 400 : 200,
    );
  });

  app.get(`${LANG}/registry/:bin`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const org = await loadOrganization(req, reply, (req.params as { bin: string }).bin);
    if (!org) return reply;
    const now = new Date();
    const [filed, social, history, changes, ratings] = await Promise.all([
      listReportYears(db, org.bin),
      socialApplicationsOf(db, org.bin),
      publicHistory(db, 'organization', org.bin),
      listChanges(db, org.bin),
      ratingsFor(db, [org], now),
    ]);
    // Other modules may record public acts on an organisation too; this page explains its own.
    const decisions = history.filter((h) => h.action.startsWith('registry.'));
    const submissions = new Map(filed.map((r) => [r.year, new Date(r.submitted_at)]));
    const filedYears = new Set(submissions.keys());
    const founded = Number(org.founded_on.slice(0, 4));
    // The report a representative would file next: the latest finished year not filed yet.
    const fileableYear = represents(req.actor, org.bin)
      ? (recentReportYears(now).find((y) => y >= founded && !filedYears.has(y)) ?? null)
      : null;
    const can = profileCan(req.actor, org, {
      fileableYear,
      hasApplicationForYear: social.some((s) => s.list_year === socialListYear(now)),
      now,
    });
    const notices = await profileNoticesFor(req.server.db, org.bin, now);
    return renderPage(
      req,
      reply,
      <ProfilePage
        org={org}
        reports={reportRows(org, submissions, now)}
        rating={ratings.get(org.bin)!}
        eligibility={eligibilityOf(org, filedYears, now)}
        social={social}
        decisions={decisions as any}
        changes={changes}
        can={can}
        fileableYear={fileableYear}
        notices={notices}
      />,
    );
  });

  app.get(`${LANG}/registry/:bin/reports/:year`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const params = req.params as { bin: string; year: string };
    const org = await loadOrganization(req, reply, params.bin);
    if (!org) return reply;
    const report = /^\d{4}$/.test(params.year) ? await findReport(db, org.bin, Number(params.year)) : undefined;
    if (!report) {
      const title = req.t('registry.reportView.notFoundTitle');
      return renderPage(
        req,
        reply,
        <MessagePage
          title={title}
          message={req.t('registry.reportView.notFound', { year: params.year })}
          links={[[req.t('registry.deny.back'), `/registry/${org.bin}`]]}
        />,
        404,
      );
    }
    const submittedAt = new Date(report.submitted_at);
    return renderPage(
      req,
      reply,
      <ReportPage
        bin={org.bin}
        name={orgName(org, req.locale)}
        year={report.year}
        submittedAt={submittedAt}
        status={reportStatus(report.year, submittedAt, new Date())}
        data={report.data}
      />,
    );
  });
}
