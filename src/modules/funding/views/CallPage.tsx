/** The list of calls and a call's page; the manager's actions appear on it when allowed. */
import { ActionForm, DetailPage, ListPage, Section } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { almatyClock, type Window } from '../domain.ts';
import {
  bodyName,
  orgName,
  type ApplicationView,
  type BodyView,
  type CallListItem,
  type CallView,
  type HistoryEntry,
  type LotView,
  type OrgView,
} from '../presenters.ts';
import { CallsTable, Money, Status, useNames, When, historyItems } from './components.tsx';

export function CallsListPage({
  calls,
  total,
  page,
  pageSize,
  bodies,
  query,
}: {
  calls: CallListItem[];
  total: number;
  page: number;
  pageSize: number;
  bodies: Map<string, BodyView>;
  query: { status?: string; instrument?: string };
}) {
  const { t } = useCtx();
  return (
    <ListPage
      title={t('funding.calls.title')}
      crumbs={[[t('funding.title'), '/funding']]}
      filters={{
        action: '/funding/calls',
        fields: [
          {
            kind: 'select',
            name: 'status',
            label: t('funding.calls.filterStatus'),
            emptyOption: t('funding.calls.anyStatus'),
            options: ['published', 'closed', 'review', 'decided', 'cancelled'].map((s) => ({
              value: s,
              label: t(`funding.status.${s}`),
            })),
          },
          {
            kind: 'select',
            name: 'instrument',
            label: t('funding.calls.filterInstrument'),
            emptyOption: t('funding.calls.anyInstrument'),
            options: ['social_order', 'grant', 'award'].map((s) => ({ value: s, label: t(`funding.instrument.${s}`) })),
          },
        ],
        values: { status: query.status, instrument: query.instrument },
        errors: {},
        submit: t('funding.calls.filter'),
      }}
      count={t('funding.calls.count', { count: total })}
      pagination={{ page, pageSize, total, basePath: '/funding/calls', query }}
    >
      <CallsTable calls={calls} bodies={bodies} caption={t('funding.calls.title')} />
    </ListPage>
  );
}

export interface CallPageProps {
  call: CallView;
  body: BodyView | undefined;
  lots: LotView[];
  apps: (ApplicationView & { org: OrgView | undefined })[];
  decision?: {
    reasons: string;
    commission: string;
    published_at: Date;
    corrections: {
      id: string;
      application_id: string;
      from_status: string;
      to_status: string;
      reason: string;
      corrected_at: Date;
    }[];
  };
  manages: boolean;
  window: Window;
  hasPanel: boolean;
  projects: Map<string, string>;
  history: HistoryEntry[];
  planTitle?: string;
}

export function CallPage(p: CallPageProps) {
  const { t, locale } = useCtx();
  const names = useNames();
  const { call } = p;
  const decided = call.status === 'decided';
  const submitted = p.apps.filter((a) => a.status !== 'withdrawn');
  return (
    <DetailPage
      history={historyItems(p.history, t)}
      title={call.title}
      crumbs={[
        [t('funding.title'), '/funding'],
        [t('funding.calls.title'), '/funding/calls'],
      ]}
      summary={[
        [t('funding.call.number'), call.number],
        [t('funding.call.instrument'), t(`funding.instrument.${call.instrument}`)],
        [
          t('funding.call.body'),
          p.body ? <a href={localHref(locale, `/funding/bodies/${p.body.code}`)}>{bodyName(p.body, locale)}</a> : '',
        ],
        [t('funding.call.status'), <Status value={call.status} />],
        [t('funding.call.announced'), <When at={call.announced_at} />],
        [
          t('funding.call.period'),
          <>
            <When at={call.opens_at} time /> — <When at={call.closes_at} time /> ({t('funding.call.almatyTime')})
          </>,
        ],
        [
          t('funding.call.requiredDocuments'),
          call.required_documents.length
            ? call.required_documents.map((d) => t(`funding.document.${d}`)).join(', ')
            : '—',
        ],
        [t('funding.call.panelSize'), String(call.panel_size)],
        ...(p.planTitle && call.plan_id
          ? [
              [
                t('funding.call.plan'),
                <a href={localHref(locale, `/funding/plans/${call.plan_id}`)}>{p.planTitle}</a>,
              ] as [string, any],
            ]
          : []),
      ]}
    >
      {call.description ? <p class="prose">{call.description}</p> : null}
      {call.status === 'published' && p.window === 'open' ? (
        <p class="notice">{t('funding.call.openNotice', { closes: almatyClock(new Date(call.closes_at)) })}</p>
      ) : null}

      {p.manages ? <ManagerActions {...p} /> : null}

      <h2>{t(`funding.lots.heading.${call.instrument}`)}</h2>
      <Table
        caption={t(`funding.lots.heading.${call.instrument}`)}
        rows={p.lots}
        rowKey={(l) => l.id}
        columns={[
          { header: '№', cell: (l) => String(l.number) },
          {
            header: t('funding.lot.titleLabel'),
            cell: (l) => <a href={localHref(locale, `/funding/lots/${l.id}`)}>{l.title}</a>,
          },
          { header: t('funding.lot.region'), cell: (l) => names.region(l.region) || t('funding.national') },
          { header: t('funding.lot.area'), cell: (l) => names.area(l.area) },
          { header: t('funding.lot.budget'), cell: (l) => <Money tiyn={l.budget_tiyn} />, numeric: true },
          {
            header: t('funding.lot.duration'),
            cell: (l) => t('funding.months', { count: l.duration_months }),
            numeric: true,
          },
        ]}
      />

      <h2>{t('funding.rubric.title')}</h2>
      <Table
        caption={t('funding.rubric.title')}
        rows={call.rubric}
        rowKey={(r) => r.key}
        columns={[
          { header: t('funding.rubric.criterion'), cell: (r) => t(`funding.rubric.${r.key}`) },
          { header: t('funding.rubric.max'), cell: (r) => String(r.max), numeric: true },
        ]}
      />

      <h2>{t('funding.call.panelHeading')}</h2>
      <p>
        {p.hasPanel ? (
          <a href={localHref(locale, `/funding/calls/${call.id}/panel`)}>{t('funding.panel.link')}</a>
        ) : (
          t('funding.panel.notYet')
        )}
      </p>

      <h2>{t('funding.call.applicationsHeading')}</h2>
      {!decided ? (
        <p>
          {t('funding.call.applicationsCount', { count: submitted.filter((a) => a.status !== 'draft').length })}{' '}
          {t('funding.call.scoresAfterDecision')}
        </p>
      ) : null}
      {decided || p.manages ? (
        <Table
          caption={t('funding.call.applicationsHeading')}
          rows={submitted}
          rowKey={(a) => a.id}
          columns={[
            {
              header: t('funding.app.applicant'),
              cell: (a) => (
                <a href={localHref(locale, `/funding/applications/${a.id}`)}>{orgName(a.org, locale) || a.bin}</a>
              ),
            },
            { header: t('funding.app.lot'), cell: (a) => String(p.lots.find((l) => l.id === a.lot_id)?.number ?? '') },
            { header: t('funding.app.requested'), cell: (a) => <Money tiyn={a.requested_tiyn} />, numeric: true },
            {
              header: t('funding.app.score'),
              cell: (a) => (a.score === null ? '—' : a.score.toFixed(2)),
              numeric: true,
            },
            { header: t('funding.app.rank'), cell: (a) => (a.rank === null ? '—' : String(a.rank)), numeric: true },
            { header: t('funding.app.status'), cell: (a) => <Status value={a.status} /> },
            {
              header: t('funding.app.project'),
              cell: (a) =>
                p.projects.get(a.id) ? (
                  <a href={localHref(locale, `/funding/projects/${p.projects.get(a.id)}`)}>
                    {t('funding.app.projectLink')}
                  </a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      ) : null}

      {p.decision ? (
        <Section id="decision" title={t('funding.decision.title')}>
          <p>
            {t('funding.decision.published')} <When at={p.decision.published_at} time />
          </p>
          <p class="prose">{p.decision.reasons}</p>
          {p.decision.commission ? (
            <p>
              {t('funding.decision.commission')}: {p.decision.commission}
            </p>
          ) : null}
          {p.decision.corrections.length ? (
            <>
              <h3>{t('funding.decision.corrections')}</h3>
              <ul>
                {p.decision.corrections.map((c) => (
                  <li key={c.id}>
                    <When at={c.corrected_at} time />:{' '}
                    {orgName(p.apps.find((a) => a.id === c.application_id)?.org, locale)} —{' '}
                    {t(`funding.status.${c.from_status}`)} → {t(`funding.status.${c.to_status}`)}. {c.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Section>
      ) : null}
    </DetailPage>
  );
}

function ManagerActions(p: CallPageProps) {
  const { t, locale } = useCtx();
  const { call } = p;
  const id = call.id;
  return (
    <section class="panel-box" aria-labelledby="manage-h">
      <h2 id="manage-h">{t('funding.manage.title')}</h2>
      <div class="actions">
        {call.status === 'draft' ? (
          <>
            <p>
              <a href={localHref(locale, `/funding/calls/${id}/lots/new`)}>{t('funding.manage.addLot')}</a>
            </p>
            <ActionForm action={`/funding/calls/${id}/publish`} label={t('funding.manage.publish')} />
          </>
        ) : null}
        {call.status === 'published' && p.window === 'closed' ? (
          <ActionForm action={`/funding/calls/${id}/close`} label={t('funding.manage.close')} />
        ) : null}
        {call.status === 'draft' || call.status === 'published' ? (
          <ActionForm action={`/funding/calls/${id}/cancel`} label={t('funding.manage.cancel')} variant="warning" />
        ) : null}
        {call.status === 'closed' ? (
          <>
            <p>{t('funding.manage.complianceHint')}</p>
            {!p.hasPanel ? <ActionForm action={`/funding/calls/${id}/draw`} label={t('funding.manage.draw')} /> : null}
            <ActionForm action={`/funding/calls/${id}/review`} label={t('funding.manage.startReview')} />
          </>
        ) : null}
        {call.status === 'review' ? (
          <p>
            <a href={localHref(locale, `/funding/calls/${id}/decide`)}>{t('funding.manage.decide')}</a>
          </p>
        ) : null}
        {call.status === 'decided' ? (
          <p>
            <a href={localHref(locale, `/funding/calls/${id}/correct`)}>{t('funding.manage.correct')}</a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
