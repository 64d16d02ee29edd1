/** "My funding": applications, projects, panels and what the reader manages. */
import { Section } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { orgName, type ApplicationView, type OrgView, type ProjectView } from '../presenters.ts';
import { FundingLayout, ProjectsTable, Status } from './components.tsx';

export function MyPage(p: {
  applications: (ApplicationView & { callTitle: string })[];
  projects: ProjectView[];
  orgs: Map<string, OrgView>;
  panels: {
    call_id: string;
    number: string;
    title: string;
    status: string;
    pending: { id: string; title: string; declared: boolean; scored: boolean; conflicted: boolean }[];
  }[];
  managed: { id: string; number: string; title: string; status: string }[];
  plans: { id: string; title: string; status: string }[];
  isExpert: boolean;
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={t('funding.my.title')}>
      <h1>{t('funding.my.title')}</h1>
      {p.applications.length ? (
        <Table
          caption={t('funding.my.applications')}
          rows={p.applications}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t('funding.app.titleLabel'),
              cell: (a) => (
                <a href={localHref(locale, `/funding/applications/${a.id}`)}>{a.title || t('funding.app.untitled')}</a>
              ),
            },
            { header: t('funding.lot.call'), cell: (a) => a.callTitle },
            { header: t('funding.app.applicant'), cell: (a) => orgName(p.orgs.get(a.bin), locale) || a.bin },
            { header: t('funding.app.status'), cell: (a) => <Status value={a.status} /> },
            {
              header: t('funding.app.next'),
              cell: (a) =>
                a.status === 'draft' ? (
                  <a href={localHref(locale, `/funding/applications/${a.id}/edit`)}>{t('funding.app.edit')}</a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      ) : null}
      {p.projects.length ? (
        <ProjectsTable projects={p.projects} orgs={p.orgs} caption={t('funding.my.projects')} />
      ) : null}
      {p.isExpert ? (
        <Section id="panels" title={t('funding.my.panels')}>
          <p>
            <a href={localHref(locale, '/funding/experts/join')}>{t('funding.experts.join')}</a>
          </p>
          {p.panels.length === 0 ? (
            <p>{t('funding.my.noPanels')}</p>
          ) : (
            p.panels.map((c) => (
              <div key={c.call_id}>
                <h3>
                  <a href={localHref(locale, `/funding/calls/${c.call_id}`)}>
                    {c.number} — {c.title}
                  </a>{' '}
                  <Status value={c.status} />
                </h3>
                <ul>
                  {c.pending.map((a) => (
                    <li key={a.id}>
                      <a href={localHref(locale, `/funding/applications/${a.id}/review`)}>{a.title}</a> —{' '}
                      {a.scored
                        ? t('funding.my.scored')
                        : a.conflicted
                          ? t('funding.my.conflicted')
                          : a.declared
                            ? t('funding.my.toScore')
                            : t('funding.my.toDeclare')}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </Section>
      ) : null}
      {p.managed.length || p.plans.length ? (
        <Section id="managed" title={t('funding.my.managed')}>
          <p>
            <a href={localHref(locale, '/funding/calls/new')}>{t('funding.callForm.title')}</a> ·{' '}
            <a href={localHref(locale, '/funding/plans/new')}>{t('funding.planForm.title')}</a>
          </p>
          <ul>
            {p.plans.map((pl) => (
              <li key={pl.id}>
                <a href={localHref(locale, `/funding/plans/${pl.id}`)}>{pl.title}</a> <Status value={pl.status} />
              </li>
            ))}
          </ul>
          <ul>
            {p.managed.map((c) => (
              <li key={c.id}>
                <a href={localHref(locale, `/funding/calls/${c.id}`)}>
                  {c.number} — {c.title}
                </a>{' '}
                <Status value={c.status} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {!p.applications.length && !p.projects.length && !p.isExpert && !p.managed.length && !p.plans.length ? (
        <p>{t('funding.my.nothing')}</p>
      ) : null}
    </FundingLayout>
  );
}
