/** The list of projects and a project's page: its contract and its delivery. */
import { areaCodes, regionCodes } from '../../../reference/index.ts';
import { ListPage } from '../../../platform/kit/index.ts';
import { DetailPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField, TextArea } from '../../../platform/views/forms.tsx';
import {
  bodyName,
  orgName,
  type BodyView,
  type HistoryEntry,
  type OrgView,
  type ProjectListItem,
  type ProjectView,
} from '../presenters.ts';
import { Money, pct, ProjectsTable, Status, useNames, When, historyItems } from './components.tsx';

export function ProjectsListPage({
  projects,
  total,
  page,
  pageSize,
  orgs,
  query,
}: {
  projects: ProjectListItem[];
  total: number;
  page: number;
  pageSize: number;
  orgs: Map<string, OrgView>;
  query: Record<string, string | undefined>;
}) {
  const { t } = useCtx();
  const names = useNames();
  return (
    <ListPage
      title={t('funding.projects.title')}
      crumbs={[[t('funding.title'), '/funding']]}
      filters={{
        action: '/funding/projects',
        fields: [
          { kind: 'text', name: 'q', label: t('funding.projects.search') },
          {
            kind: 'select',
            name: 'region',
            label: t('funding.lot.region'),
            emptyOption: t('funding.projects.anyRegion'),
            options: regionCodes.map((r) => ({ value: r, label: names.region(r) })),
          },
          {
            kind: 'select',
            name: 'area',
            label: t('funding.lot.area'),
            emptyOption: t('funding.projects.anyArea'),
            options: areaCodes.map((a) => ({ value: a, label: names.area(a) })),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('funding.project.status'),
            emptyOption: t('funding.calls.anyStatus'),
            options: ['delivering', 'final_submitted', 'completed', 'evaluated', 'terminated'].map((s) => ({
              value: s,
              label: t(`funding.status.${s}`),
            })),
          },
        ],
        values: query,
        errors: {},
        submit: t('funding.calls.filter'),
      }}
      count={t('funding.projects.count', { count: total })}
      pagination={{ page, pageSize, total, basePath: '/funding/projects', query }}
    >
      <ProjectsTable projects={projects} orgs={orgs} caption={t('funding.projects.title')} />
    </ListPage>
  );
}

export interface ProjectPageProps {
  project: ProjectView;
  org: OrgView | undefined;
  body: BodyView | undefined;
  call: { id: string; number: string; title: string };
  detail: {
    milestones: { id: string; position: number; title: string; due_on: string; done_on: string | null }[];
    lines: { id: string; item: string; planned_tiyn: number }[];
    reports: {
      id: string;
      kind: string;
      period: string;
      narrative: string;
      beneficiaries_reached: number;
      indicator_values: Record<string, number>;
      status: string;
      review_note: string | null;
      submitted_at: Date;
    }[];
    spending: { budget_line_id: string; report_id: string; amount_tiyn: number; status: string }[];
    visits: { id: string; visited_on: string; visitor_name: string; findings: string; outcome: string }[];
    survey: { count: number; average: number | null };
    evaluation?: {
      indicators: { name: string; target: number; actual: number }[];
      achievement: number;
      outcomes: string;
      beneficiaries: number;
      cost_per_beneficiary_tiyn: number | null;
      social_value_tiyn: number | null;
      sroi: number | null;
      score: number;
      evaluated_at: Date;
    };
  };
  documents: { id: string; entity_id: string; original_name: string }[];
  owner: boolean;
  manages: boolean;
  surveyUrl: string;
  history: HistoryEntry[];
}

export function ProjectPage(p: ProjectPageProps) {
  const { t, locale } = useCtx();
  const names = useNames();
  const { project, detail } = p;
  const spentOn = (lineId: string) =>
    detail.spending
      .filter((s) => s.budget_line_id === lineId && s.status !== 'returned')
      .reduce((s, x) => s + x.amount_tiyn, 0);
  return (
    <DetailPage
      history={historyItems(p.history, t)}
      title={project.title}
      crumbs={[
        [t('funding.title'), '/funding'],
        [t('funding.projects.title'), '/funding/projects'],
      ]}
      summary={[
        [t('funding.project.number'), project.number],
        [
          t('funding.project.organization'),
          <a href={localHref(locale, `/funding/organizations/${project.bin}`)}>
            {orgName(p.org, locale) || project.bin}
          </a>,
        ],
        [
          t('funding.call.body'),
          p.body ? <a href={localHref(locale, `/funding/bodies/${p.body.code}`)}>{bodyName(p.body, locale)}</a> : '',
        ],
        [t('funding.call.instrument'), t(`funding.instrument.${project.instrument}`)],
        [
          t('funding.lot.call'),
          <a href={localHref(locale, `/funding/calls/${p.call.id}`)}>
            {p.call.number} — {p.call.title}
          </a>,
        ],
        [
          t('funding.project.application'),
          <a href={localHref(locale, `/funding/applications/${project.application_id}`)}>
            {t('funding.project.applicationLink')}
          </a>,
        ],
        [t('funding.lot.region'), names.region(project.region) || t('funding.national')],
        [t('funding.lot.area'), names.area(project.area)],
        [t('funding.project.amount'), <Money tiyn={project.amount_tiyn} />],
        [t('funding.project.signed'), <When at={project.signed_at} />],
        [
          t('funding.project.period'),
          <>
            <When at={project.starts_on} /> — <When at={project.ends_on} />
          </>,
        ],
        [t('funding.project.status'), <Status value={project.status} />],
      ]}
    >
      {p.owner && project.status === 'delivering' ? (
        <p>
          <a class="button" href={localHref(locale, `/funding/projects/${project.id}/reports/new`)}>
            {t('funding.report.new')}
          </a>
        </p>
      ) : null}

      <h2>{t('funding.project.milestones')}</h2>
      <Table
        caption={t('funding.project.milestones')}
        rows={detail.milestones}
        rowKey={(m) => m.id}
        columns={[
          { header: '№', cell: (m) => String(m.position), numeric: true },
          { header: t('funding.project.milestone'), cell: (m) => m.title },
          { header: t('funding.project.due'), cell: (m) => <When at={m.due_on} /> },
        ]}
      />

      <h2>{t('funding.project.budget')}</h2>
      <Table
        caption={t('funding.project.budget')}
        rows={detail.lines}
        rowKey={(l) => l.id}
        columns={[
          { header: t('funding.budget.item'), cell: (l) => l.item },
          { header: t('funding.budget.planned'), cell: (l) => <Money tiyn={l.planned_tiyn} />, numeric: true },
          { header: t('funding.budget.spent'), cell: (l) => <Money tiyn={spentOn(l.id)} />, numeric: true },
          {
            header: t('funding.budget.share'),
            cell: (l) => (l.planned_tiyn ? pct(spentOn(l.id) / l.planned_tiyn) : '—'),
            numeric: true,
          },
        ]}
      />

      <h2>{t('funding.project.reports')}</h2>
      {detail.reports.length === 0 ? (
        <p>{t('funding.project.noReports')}</p>
      ) : (
        detail.reports.map((r) => (
          <article class="card" key={r.id} aria-labelledby={`r-${r.id}`}>
            <h3 id={`r-${r.id}`}>
              {t(`funding.report.kind.${r.kind}`)}: {r.period} <Status value={r.status} />
            </h3>
            <p>
              <When at={r.submitted_at} /> · {t('funding.report.beneficiaries')}: {r.beneficiaries_reached}
            </p>
            <p class="prose">{r.narrative}</p>
            {Object.keys(r.indicator_values).length ? (
              <ul>
                {Object.entries(r.indicator_values).map(([k, v]) => (
                  <li key={k}>
                    {k}: {v}
                  </li>
                ))}
              </ul>
            ) : null}
            {p.documents
              .filter((d) => d.entity_id === r.id)
              .map((d) => (
                <p key={d.id}>
                  <a href={`/funding/documents/${d.id}`}>{d.original_name}</a>
                </p>
              ))}
            {r.review_note ? (
              <p>
                {t('funding.report.reviewNote')}: {r.review_note}
              </p>
            ) : null}
            {p.manages && r.status === 'submitted' ? (
              <Form action={localHref(locale, `/funding/reports/${r.id}/review`)}>
                <SelectField
                  name="decision"
                  label={t('funding.report.decision')}
                  required
                  options={[
                    { value: 'accept', label: t('funding.report.accept') },
                    { value: 'return', label: t('funding.report.return') },
                  ]}
                />
                <TextArea name="note" label={t('funding.report.note')} rows={2} />
                <Button>{t('funding.report.reviewSubmit')}</Button>
              </Form>
            ) : null}
          </article>
        ))
      )}

      <h2>{t('funding.project.visits')}</h2>
      {detail.visits.length === 0 ? (
        <p>{t('funding.project.noVisits')}</p>
      ) : (
        <Table
          caption={t('funding.project.visits')}
          rows={detail.visits}
          rowKey={(v) => v.id}
          columns={[
            { header: t('funding.visit.date'), cell: (v) => <When at={v.visited_on} /> },
            { header: t('funding.visit.visitor'), cell: (v) => v.visitor_name },
            { header: t('funding.visit.outcome'), cell: (v) => <Status value={v.outcome} /> },
            { header: t('funding.visit.findings'), cell: (v) => v.findings },
          ]}
        />
      )}
      {p.manages && project.status !== 'terminated' ? (
        <p>
          <a href={localHref(locale, `/funding/projects/${project.id}/visits/new`)}>{t('funding.visit.new')}</a>
        </p>
      ) : null}

      <h2>{t('funding.survey.title')}</h2>
      <div class="survey-box">
        <img src={`/funding/projects/${project.id}/qr.svg`} width={160} height={160} alt={t('funding.survey.qrAlt')} />
        <div>
          <p>
            {t('funding.survey.linkIntro')} <a href={p.surveyUrl}>{p.surveyUrl}</a>
          </p>
          <p>
            {detail.survey.count
              ? t('funding.survey.summary', { count: detail.survey.count, average: String(detail.survey.average) })
              : t('funding.survey.none')}
          </p>
        </div>
      </div>

      <h2>{t('funding.evaluation.title')}</h2>
      {detail.evaluation ? (
        <>
          <SummaryList
            rows={[
              [t('funding.evaluation.score'), `${detail.evaluation.score} / 100`],
              [t('funding.evaluation.achievement'), pct(detail.evaluation.achievement)],
              [t('funding.evaluation.beneficiaries'), String(detail.evaluation.beneficiaries)],
              [
                t('funding.evaluation.costPerBeneficiary'),
                detail.evaluation.cost_per_beneficiary_tiyn === null ? (
                  '—'
                ) : (
                  <Money tiyn={detail.evaluation.cost_per_beneficiary_tiyn} />
                ),
              ],
              [
                t('funding.evaluation.socialValue'),
                detail.evaluation.social_value_tiyn === null ? (
                  '—'
                ) : (
                  <Money tiyn={detail.evaluation.social_value_tiyn} />
                ),
              ],
              [
                t('funding.evaluation.sroi'),
                detail.evaluation.sroi === null ? t('funding.evaluation.sroiNone') : `${detail.evaluation.sroi} : 1`,
              ],
              [t('funding.evaluation.date'), <When at={detail.evaluation.evaluated_at} />],
            ]}
          />
          <p class="prose">{detail.evaluation.outcomes}</p>
          <Table
            caption={t('funding.evaluation.indicators')}
            rows={detail.evaluation.indicators}
            rowKey={(i) => i.name}
            columns={[
              { header: t('funding.indicator.name'), cell: (i) => i.name },
              { header: t('funding.indicator.target'), cell: (i) => String(i.target), numeric: true },
              { header: t('funding.indicator.actual'), cell: (i) => String(i.actual), numeric: true },
              {
                header: t('funding.evaluation.achievement'),
                cell: (i) => pct(Math.min(1, i.actual / i.target)),
                numeric: true,
              },
            ]}
          />
        </>
      ) : (
        <p>{t('funding.evaluation.none')}</p>
      )}
      {p.manages && project.status === 'completed' ? (
        <p>
          <a class="button" href={localHref(locale, `/funding/projects/${project.id}/evaluate`)}>
            {t('funding.evaluation.new')}
          </a>
        </p>
      ) : null}
    </DetailPage>
  );
}
