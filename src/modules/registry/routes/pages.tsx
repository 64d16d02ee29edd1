/** Public pages: search, profile, a filed report, statistics, the social entrepreneurs' list. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { regions } from '../../../reference/index.ts';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { MessagePage, ok, routesFor } from '../../../platform/kit/index.ts';
import { almatyYear, recentReportYears, reportStatus, socialListApprovalDate, socialListYear } from '../domain.ts';
import { profileNoticesFor } from '../notices.ts';
import { profileCan, represents } from '../policy.ts';
import {
  decisionView,
  eligibilityOf,
  listItemView,
  organizationView,
  orgName,
  regionName,
  reportRows,
} from '../presenters.ts';
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
} from '../repository/index.ts';
import { parseSearchPage, SEARCH_FIELDS } from '../schemas.ts';
import { ProfilePage } from '../views/ProfilePage.tsx';
import { ReportPage } from '../views/ReportPage.tsx';
import { SearchPage } from '../views/SearchPage.tsx';
import { SocialListPage } from '../views/SocialPages.tsx';
import { StatisticsPage } from '../views/StatisticsPage.tsx';
import { backTo, binParams, organizationAt } from './organization.ts';

export const PAGE_SIZE = 20;
const { page } = routesFor('registry');
const policy = PUBLIC;
const back = backTo();

/** Search: filters are read leniently, a bad value is reported next to its field (400) and left out. */
async function search(req: FastifyRequest) {
  const db = req.server.db;
  const now = new Date();
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
  return {
    values,
    linkQuery,
    errors: translated,
    items,
    total: result.total,
    page: query.page,
    pageSize: PAGE_SIZE,
    reportYear: almatyYear(now) - 1,
  };
}

async function statistics(req: FastifyRequest) {
  const [byRegion, byYear] = await Promise.all([countByRegion(req.server.db), countByYear(req.server.db)]);
  const rows = regions
    .map((r) => ({
      code: r.code,
      name: regionName(r.code, req.locale),
      ...(byRegion.get(r.code) ?? { total: 0, active: 0, verified: 0 }),
    }))
    .sort((a, b) => b.total - a.total);
  const total = rows.reduce((s, r) => s + r.total, 0);
  const active = rows.reduce((s, r) => s + r.active, 0);
  return <StatisticsPage total={total} active={active} byRegion={rows} byYear={byYear} />;
}

/** The register of one year (?year=, the current list by default); a bad year is a 400 showing the current one. */
async function socialList(req: FastifyRequest) {
  const now = new Date();
  const current = socialListYear(now);
  const raw = (req.query as Record<string, unknown>).year;
  const parsed =
    raw === undefined || raw === '' ? current : typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : null;
  const known = await socialListYears(req.server.db);
  const years = [...new Set([current, ...known])].sort((a, b) => b - a);
  const year = parsed !== null && parsed >= 2000 && parsed <= current + 1 ? parsed : current;
  const error = parsed === null || year !== parsed ? req.t('registry.errors.year') : undefined;
  const rows = await approvedSocialEntrepreneurs(req.server.db, year);
  if (!years.includes(year)) years.push(year);
  return { year, years, approvalDate: socialListApprovalDate(year), rows, error };
}

/** What a load function gives on success. */
type Loaded<F extends (...a: never[]) => Promise<unknown>> =
  Extract<Awaited<ReturnType<F>>, { ok: true }> extends {
    value: infer V;
  }
    ? V
    : never;

async function profile(org: Loaded<typeof organizationAt>, req: FastifyRequest) {
  const db = req.server.db;
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
  const notices = await profileNoticesFor(db, org.bin, now);
  return (
    <ProfilePage
      org={organizationView(org)}
      reports={reportRows(org, submissions, now)}
      rating={ratings.get(org.bin)!}
      eligibility={eligibilityOf(org, filedYears, now)}
      social={social}
      decisions={decisions.map(decisionView)}
      changes={changes}
      can={can}
      fileableYear={fileableYear}
      notices={notices}
    />
  );
}

const reportParams = binParams.extend({ year: z.string() });

/** The organisation and its report of the URL's year (undefined when not filed: the page says so). */
async function reportAt(req: FastifyRequest, p: z.infer<typeof reportParams>) {
  const r = await organizationAt(req, p);
  if (!r.ok) return r;
  const report = /^\d{4}$/.test(p.year) ? await findReport(req.server.db, r.value.bin, Number(p.year)) : undefined;
  return ok({ org: r.value, report, year: p.year });
}

function report({ org, report, year }: Loaded<typeof reportAt>, req: FastifyRequest) {
  if (!report)
    return (
      <MessagePage
        title={req.t('registry.reportView.notFoundTitle')}
        message={req.t('registry.reportView.notFound', { year })}
        links={[[req.t('registry.deny.back'), `/registry/${org.bin}`]]}
        crumbs={[[req.t('registry.search.title'), '/registry']]}
      />
    );
  const submittedAt = new Date(report.submitted_at);
  return (
    <ReportPage
      bin={org.bin}
      name={orgName(org, req.locale)}
      year={report.year}
      submittedAt={submittedAt}
      status={reportStatus(report.year, submittedAt, new Date())}
      data={report.data}
    />
  );
}

export async function registryPages(app: FastifyInstance) {
  page(app, {
    path: '/registry',
    policy,
    load: search,
    render: (props) => <SearchPage {...props} />,
    status: ({ errors }) => (Object.keys(errors).length ? 400 : 200),
  });
  page(app, { path: '/registry/statistics', policy, render: (_, req) => statistics(req) });
  page(app, {
    path: '/registry/social-entrepreneurs',
    policy,
    load: socialList,
    render: (props) => <SocialListPage {...props} />,
    status: ({ error }) => (error ? 400 : 200),
  });
  page(app, { path: '/registry/:bin', policy, params: binParams, load: organizationAt, back, render: profile });
  page(app, {
    path: '/registry/:bin/reports/:year',
    policy,
    params: reportParams,
    load: reportAt,
    back,
    render: report,
    // A year the organisation has not reported: nothing by that address.
    status: ({ report }) => (report ? 200 : 404),
  });
}
