/** The overview of funding and the public register of experts. */
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { type BodyView, type CallView, type OrgView, type ProjectView } from '../presenters.ts';
import { CallsTable, FundingLayout, Money, ProjectsTable, useNames } from './components.tsx';
import { FundingDashboard } from './dashboard/FundingDashboard.tsx';
import type { FundingTotals } from '../openData/dashboard.ts';

export function OverviewPage(p: {
  open: CallView[];
  recent: ProjectView[];
  bodies: Map<string, BodyView>;
  orgs: Map<string, OrgView>;
  totals: { calls: number; projects: number; awardedTiyn: number; evaluated: number; experts: number };
  canPlan: boolean;
  signedIn: boolean;
  /** Contracted amounts by year, region, area and instrument (the funding dashboard). */
  dashboard: FundingTotals;
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={t('funding.title')}>
      <h1>{t('funding.title')}</h1>
      <p class="lead">{t('funding.overview.lead')}</p>
      <SummaryList
        rows={[
          [t('funding.overview.calls'), String(p.totals.calls)],
          [t('funding.overview.projects'), String(p.totals.projects)],
          [t('funding.overview.awarded'), <Money tiyn={p.totals.awardedTiyn} />],
          [t('funding.overview.evaluated'), String(p.totals.evaluated)],
          [t('funding.overview.experts'), String(p.totals.experts)],
        ]}
      />
      <nav aria-label={t('funding.overview.sections')}>
        <ul class="link-list">
          <li>
            <a href={localHref(locale, '/funding/plans')}>{t('funding.plans.title')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/funding/calls')}>{t('funding.calls.title')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/funding/projects')}>{t('funding.projects.title')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/funding/experts')}>{t('funding.experts.title')}</a>
          </li>
          {p.signedIn ? (
            <li>
              <a href={localHref(locale, '/funding/my')}>{t('funding.my.title')}</a>
            </li>
          ) : null}
          {p.canPlan ? (
            <li>
              <a href={localHref(locale, '/funding/calls/new')}>{t('funding.callForm.title')}</a>
            </li>
          ) : null}
          {p.canPlan ? (
            <li>
              <a href={localHref(locale, '/funding/plans/new')}>{t('funding.planForm.title')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <FundingDashboard totals={p.dashboard} />
      <h2>{t('funding.overview.open')}</h2>
      {p.open.length ? (
        <CallsTable calls={p.open} bodies={p.bodies} caption={t('funding.overview.open')} />
      ) : (
        <p>{t('funding.overview.noOpen')}</p>
      )}
      <h2>{t('funding.overview.recent')}</h2>
      <ProjectsTable projects={p.recent} orgs={p.orgs} caption={t('funding.overview.recent')} />
    </FundingLayout>
  );
}

export function ExpertsPage({
  experts,
  canJoin,
}: {
  experts: { user_id: string; display_name: string; areas: string[]; bio: string; joined_at: Date }[];
  canJoin: boolean;
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  return (
    <FundingLayout title={t('funding.experts.title')}>
      <h1>{t('funding.experts.title')}</h1>
      <p>{t('funding.experts.intro')}</p>
      {canJoin ? (
        <p>
          <a href={localHref(locale, '/funding/experts/join')}>{t('funding.experts.join')}</a>
        </p>
      ) : null}
      <Table
        caption={t('funding.experts.title')}
        rows={experts}
        rowKey={(e) => e.user_id}
        columns={[
          { header: t('funding.experts.name'), cell: (e) => e.display_name },
          { header: t('funding.experts.areas'), cell: (e) => e.areas.map(names.area).join(', ') },
          { header: t('funding.experts.bio'), cell: (e) => e.bio || '—' },
          { header: t('funding.experts.id'), cell: (e) => <code>{e.user_id}</code> },
        ]}
      />
    </FundingLayout>
  );
}
