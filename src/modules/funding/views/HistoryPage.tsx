/** The funding history of a state body (its calls and projects) or of an NGO (its applications and projects). */
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { type OrgView, type ProjectView } from '../presenters.ts';
import { FundingLayout, Money, ProjectsTable, Status, When } from './components.tsx';

/** A funding history: a state body's calls and projects, or an NGO's applications and projects. */
export function HistoryPage({
  title,
  kind,
  summary,
  calls,
  applications,
  projects,
  orgs,
}: {
  title: string;
  kind: 'body' | 'organization';
  summary: [string, any][];
  calls?: { id: string; number: string; title: string; status: string; closes_at: Date }[];
  applications?: {
    id: string;
    title: string;
    status: string;
    call_id: string;
    requested_tiyn: number;
    submitted_at: Date | null;
  }[];
  projects: ProjectView[];
  orgs: Map<string, OrgView>;
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={title}>
      <h1>{title}</h1>
      <SummaryList rows={summary} />
      {calls ? (
        <Table
          caption={t('funding.calls.title')}
          rows={calls}
          rowKey={(c) => c.id}
          columns={[
            { header: t('funding.call.number'), cell: (c) => c.number },
            {
              header: t('funding.call.titleLabel'),
              cell: (c) => <a href={localHref(locale, `/funding/calls/${c.id}`)}>{c.title}</a>,
            },
            { header: t('funding.call.closes'), cell: (c) => <When at={c.closes_at} /> },
            { header: t('funding.call.status'), cell: (c) => <Status value={c.status} /> },
          ]}
        />
      ) : null}
      {applications ? (
        <Table
          caption={t('funding.history.applications')}
          rows={applications}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t('funding.app.titleLabel'),
              cell: (a) => (
                <a href={localHref(locale, `/funding/applications/${a.id}`)}>{a.title || t('funding.app.untitled')}</a>
              ),
            },
            { header: t('funding.app.submitted'), cell: (a) => <When at={a.submitted_at} /> },
            { header: t('funding.app.requested'), cell: (a) => <Money tiyn={a.requested_tiyn} />, numeric: true },
            { header: t('funding.app.status'), cell: (a) => <Status value={a.status} /> },
          ]}
        />
      ) : null}
      <ProjectsTable projects={projects} orgs={orgs} caption={t('funding.projects.title')} />
    </FundingLayout>
  );
}
