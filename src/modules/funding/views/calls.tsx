/** Public pages of calls, lots, applications and the panel draw; the manager's and expert's actions appear on them when allowed. */
import { areaByCode, regionByCode } from '../../../reference/index.ts';
import { pick } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField, TextArea, TextField } from '../../../platform/views/forms.tsx';
import { almatyClock, canonicalJson, CONFLICT_KINDS, type Window } from '../domain.ts';
import { bodyName, orgName } from '../presenters.ts';
import type { ApplicationRow, CallRow, LotRow } from '../repository/index.ts';
import { ActionButton, FundingLayout, History, Money, Status, When } from './components.tsx';

type Body = { id: string; code: string; name_kk: string; name_ru: string; name_en: string } | undefined;
type Org = { bin: string; name_kk: string; name_ru: string; name_en: string | null } | undefined;
type Entry = { id: number | string; at: Date; actor_name: string | null; action: string };

export function useNames() {
  const { locale } = useCtx();
  return {
    region: (c: string | null) => (c ? pick(regionByCode(c)?.name, locale) || c : ''),
    area: (c: string) => pick(areaByCode(c)?.name, locale) || c,
  };
}

export function CallsListPage({
  calls,
  total,
  page,
  pageSize,
  bodies,
  query,
}: {
  calls: CallRow[];
  total: number;
  page: number;
  pageSize: number;
  bodies: Map<string, NonNullable<Body>>;
  query: { status?: string; instrument?: string };
}) {
  const { t, locale } = useCtx();
  return (
    <FundingLayout title={t('funding.calls.title')}>
      <h1>{t('funding.calls.title')}</h1>
      <Form action={localHref(locale, '/funding/calls')} method="get" class="filters">
        <SelectField
          name="status"
          label={t('funding.calls.filterStatus')}
          emptyOption={t('funding.calls.anyStatus')}
          value={query.status}
          options={['published', 'closed', 'review', 'decided', 'cancelled'].map((s) => ({
            value: s,
            label: t(`funding.status.${s}`),
          }))}
        />
        <SelectField
          name="instrument"
          label={t('funding.calls.filterInstrument')}
          emptyOption={t('funding.calls.anyInstrument')}
          value={query.instrument}
          options={['social_order', 'grant', 'award'].map((s) => ({ value: s, label: t(`funding.instrument.${s}`) }))}
        />
        <Button variant="secondary">{t('funding.calls.filter')}</Button>
      </Form>
      <p>{t('funding.calls.count', { count: total })}</p>
      <CallsTable calls={calls} bodies={bodies} caption={t('funding.calls.title')} />
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/funding/calls" query={query} />
    </FundingLayout>
  );
}

export function CallsTable({
  calls,
  bodies,
  caption,
}: {
  calls: CallRow[];
  bodies: Map<string, NonNullable<Body>>;
  caption: string;
}) {
  const { t, locale } = useCtx();
  return (
    <Table
      caption={caption}
      rows={calls}
      rowKey={(c) => c.id}
      columns={[
        { header: t('funding.call.number'), cell: (c) => c.number },
        {
          header: t('funding.call.titleLabel'),
          cell: (c) => <a href={localHref(locale, `/funding/calls/${c.id}`)}>{c.title}</a>,
        },
        { header: t('funding.call.instrument'), cell: (c) => t(`funding.instrument.${c.instrument}`) },
        { header: t('funding.call.body'), cell: (c) => bodyName(bodies.get(c.state_body_id), locale) },
        { header: t('funding.call.closes'), cell: (c) => <When at={c.closes_at} time /> },
        { header: t('funding.call.status'), cell: (c) => <Status value={c.status} /> },
      ]}
    />
  );
}

export interface CallPageProps {
  call: CallRow;
  body: Body;
  lots: LotRow[];
  apps: (ApplicationRow & { org: Org })[];
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
  history: Entry[];
  planTitle?: string;
}

export function CallPage(p: CallPageProps) {
  const { t, locale } = useCtx();
  const names = useNames();
  const { call } = p;
  const decided = call.status === 'decided';
  const submitted = p.apps.filter((a) => a.status !== 'withdrawn');
  return (
    <FundingLayout title={call.title} crumbs={[[t('funding.calls.title'), '/funding/calls']]}>
      <h1>{call.title}</h1>
      <SummaryList
        rows={[
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
      />
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
        <section aria-labelledby="decision-h">
          <h2 id="decision-h">{t('funding.decision.title')}</h2>
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
        </section>
      ) : null}
      <History entries={p.history} />
    </FundingLayout>
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
            <ActionButton action={`/funding/calls/${id}/publish`} label={t('funding.manage.publish')} />
          </>
        ) : null}
        {call.status === 'published' && p.window === 'closed' ? (
          <ActionButton action={`/funding/calls/${id}/close`} label={t('funding.manage.close')} />
        ) : null}
        {call.status === 'draft' || call.status === 'published' ? (
          <ActionButton action={`/funding/calls/${id}/cancel`} label={t('funding.manage.cancel')} variant="warning" />
        ) : null}
        {call.status === 'closed' ? (
          <>
            <p>{t('funding.manage.complianceHint')}</p>
            {!p.hasPanel ? (
              <ActionButton action={`/funding/calls/${id}/draw`} label={t('funding.manage.draw')} />
            ) : null}
            <ActionButton action={`/funding/calls/${id}/review`} label={t('funding.manage.startReview')} />
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

export function LotPage({
  lot,
  call,
  body,
  canApply,
  orgs,
  window,
  topic,
}: {
  lot: LotRow;
  call: CallRow;
  body: Body;
  canApply: boolean;
  orgs: { bin: string; name: string }[];
  window: Window;
  topic?: { id: string; title: string; plan_id: string };
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  return (
    <FundingLayout
      title={lot.title}
      crumbs={[
        [t('funding.calls.title'), '/funding/calls'],
        [call.title, `/funding/calls/${call.id}`],
      ]}
    >
      <h1>{lot.title}</h1>
      <SummaryList
        rows={[
          [
            t('funding.lot.call'),
            <a href={localHref(locale, `/funding/calls/${call.id}`)}>
              {call.number} — {call.title}
            </a>,
          ],
          [t('funding.call.body'), bodyName(body, locale)],
          [t('funding.call.status'), <Status value={call.status} />],
          [t('funding.lot.region'), names.region(lot.region) || t('funding.national')],
          [t('funding.lot.area'), names.area(lot.area)],
          [t('funding.lot.budget'), <Money tiyn={lot.budget_tiyn} />],
          [t('funding.lot.duration'), t('funding.months', { count: lot.duration_months })],
          ...(lot.grant_type
            ? [[t('funding.lot.grantType'), t(`funding.grantType.${lot.grant_type}`)] as [string, any]]
            : []),
          ...(lot.prize_tiyn
            ? [
                [t('funding.lot.prize'), <Money tiyn={lot.prize_tiyn} />] as [string, any],
                [t('funding.lot.splitRule'), t(`funding.splitRule.${lot.split_rule}`)] as [string, any],
              ]
            : []),
          [
            t('funding.call.period'),
            <>
              <When at={call.opens_at} time /> — <When at={call.closes_at} time />
            </>,
          ],
          ...(topic
            ? [
                [
                  t('funding.lot.topic'),
                  <a href={localHref(locale, `/funding/plans/${topic.plan_id}`)}>{topic.title}</a>,
                ] as [string, any],
              ]
            : []),
        ]}
      />
      {lot.description ? <p class="prose">{lot.description}</p> : null}
      <h2>{t('funding.lot.expectedResults')}</h2>
      <p class="prose">{lot.expected_results || '—'}</p>
      {lot.indicators.length ? (
        <Table
          caption={t('funding.lot.indicators')}
          rows={lot.indicators}
          rowKey={(i) => i.name}
          columns={[
            { header: t('funding.indicator.name'), cell: (i) => i.name },
            { header: t('funding.indicator.unit'), cell: (i) => i.unit },
            { header: t('funding.indicator.target'), cell: (i) => String(i.target), numeric: true },
          ]}
        />
      ) : null}
      <h2>{t('funding.lot.applyHeading')}</h2>
      {call.status === 'published' && window === 'open' ? (
        canApply ? (
          <Form action={localHref(locale, `/funding/lots/${lot.id}/apply`)}>
            <SelectField
              name="bin"
              label={t('funding.lot.applyAs')}
              options={orgs.map((o) => ({ value: o.bin, label: `${o.name} (${o.bin})` }))}
              value={orgs[0]?.bin}
              required
            />
            <SelectField
              name="language"
              label={t('funding.app.language')}
              options={[
                { value: 'kk', label: 'Қазақша' },
                { value: 'ru', label: 'Русский' },
              ]}
              value={locale === 'ru' ? 'ru' : 'kk'}
              required
            />
            <Button>{t('funding.lot.apply')}</Button>
          </Form>
        ) : (
          <p>{t('funding.lot.applyHint')}</p>
        )
      ) : (
        <p>
          {t(window === 'not_open' && call.status === 'published' ? 'funding.lot.notOpenYet' : 'funding.lot.closed', {
            closes: almatyClock(new Date(call.closes_at)),
          })}
        </p>
      )}
    </FundingLayout>
  );
}

export interface ApplicationPageProps {
  app: ApplicationRow;
  call: CallRow;
  lot: LotRow;
  org: Org;
  full: boolean;
  documents: { id: string; file_id: string; original_name: string; kind: string }[];
  scores:
    | {
        expert_id: string;
        name: string;
        display_name: string | null;
        criteria: Record<string, number>;
        total: number;
        comment: string;
      }[]
    | null;
  conflicts: { expert_id: string; kinds: string[]; name: string }[];
  owner: boolean;
  manages: boolean;
  onPanel: boolean;
  projectId: string | null;
  history: Entry[];
}

export function ApplicationPage(p: ApplicationPageProps) {
  const { t, locale } = useCtx();
  const { app, call, lot } = p;
  return (
    <FundingLayout
      title={app.title || t('funding.app.untitled')}
      crumbs={[
        [t('funding.calls.title'), '/funding/calls'],
        [call.title, `/funding/calls/${call.id}`],
      ]}
    >
      <h1>{app.title || t('funding.app.untitled')}</h1>
      <SummaryList
        rows={[
          [
            t('funding.app.applicant'),
            p.org ? (
              <a href={localHref(locale, `/funding/organizations/${app.bin}`)}>{orgName(p.org, locale)}</a>
            ) : (
              app.bin
            ),
          ],
          [
            t('funding.app.lot'),
            <a href={localHref(locale, `/funding/lots/${lot.id}`)}>
              {lot.number}. {lot.title}
            </a>,
          ],
          [t('funding.app.status'), <Status value={app.status} />],
          [t('funding.app.submitted'), <When at={app.submitted_at} time />],
          [t('funding.app.requested'), <Money tiyn={app.requested_tiyn} />],
          [t('funding.app.language'), app.language === 'kk' ? 'Қазақша' : 'Русский'],
          ...(app.score !== null
            ? [
                [t('funding.app.score'), app.score.toFixed(2)] as [string, any],
                [t('funding.app.rank'), String(app.rank ?? '—')] as [string, any],
              ]
            : []),
          ...(app.compliance_note ? [[t('funding.app.complianceNote'), app.compliance_note] as [string, any]] : []),
          ...(p.projectId
            ? [
                [
                  t('funding.app.project'),
                  <a href={localHref(locale, `/funding/projects/${p.projectId}`)}>{t('funding.app.projectLink')}</a>,
                ] as [string, any],
              ]
            : []),
        ]}
      />
      {p.owner && app.status === 'draft' ? (
        <p>
          <a class="button" href={localHref(locale, `/funding/applications/${app.id}/edit`)}>
            {t('funding.app.edit')}
          </a>
        </p>
      ) : null}
      {p.owner && (app.status === 'draft' || app.status === 'submitted') && call.status === 'published' ? (
        <ActionButton
          action={`/funding/applications/${app.id}/withdraw`}
          label={t('funding.app.withdraw')}
          variant="warning"
        />
      ) : null}
      {p.manages && call.status === 'closed' && app.status === 'submitted' ? (
        <section class="panel-box" aria-labelledby="compliance-h">
          <h2 id="compliance-h">{t('funding.compliance.title')}</h2>
          <Form action={localHref(locale, `/funding/applications/${app.id}/compliance`)}>
            <SelectField
              name="decision"
              label={t('funding.compliance.decision')}
              required
              options={[
                { value: 'admit', label: t('funding.compliance.admit') },
                { value: 'reject', label: t('funding.compliance.reject') },
              ]}
            />
            <TextArea
              name="note"
              label={t('funding.compliance.note')}
              hint={t('funding.compliance.noteHint')}
              rows={3}
            />
            <Button>{t('funding.compliance.submit')}</Button>
          </Form>
        </section>
      ) : null}
      {p.onPanel && call.status === 'review' && app.status === 'admitted' ? (
        <p>
          <a class="button" href={localHref(locale, `/funding/applications/${app.id}/review`)}>
            {t('funding.review.open')}
          </a>
        </p>
      ) : null}
      {p.manages && app.status === 'awarded' && !p.projectId ? (
        <section class="panel-box" aria-labelledby="contract-h">
          <h2 id="contract-h">{t('funding.contract.title')}</h2>
          <Form action={localHref(locale, `/funding/applications/${app.id}/contract`)}>
            <TextField name="startsOn" type="date" label={t('funding.contract.startsOn')} required width="medium" />
            <Button>{t('funding.contract.sign')}</Button>
          </Form>
        </section>
      ) : null}

      {p.full ? (
        <>
          <h2>{t('funding.app.summary')}</h2>
          <p class="prose">{app.summary || '—'}</p>
          <h2>{t('funding.app.description')}</h2>
          <p class="prose">{app.description || '—'}</p>
          <h2>{t('funding.app.activities')}</h2>
          <ul>
            {app.activities.map((a, i) => (
              <li key={i}>
                {a.title} — {a.period}
              </li>
            ))}
          </ul>
          <Table
            caption={t('funding.app.budget')}
            rows={app.budget_lines.map((b, i) => ({ ...b, i }))}
            rowKey={(b) => String(b.i)}
            columns={[
              {
                header: t('funding.budget.item'),
                cell: (b) => b.item + (b.ownDevelopment ? ` (${t('funding.budget.own')})` : ''),
              },
              { header: t('funding.budget.amount'), cell: (b) => <Money tiyn={b.amountTiyn} />, numeric: true },
            ]}
          />
          {app.indicators.length ? (
            <Table
              caption={t('funding.app.indicators')}
              rows={app.indicators}
              rowKey={(i) => i.name}
              columns={[
                { header: t('funding.indicator.name'), cell: (i) => i.name },
                { header: t('funding.indicator.unit'), cell: (i) => i.unit },
                { header: t('funding.indicator.target'), cell: (i) => String(i.target), numeric: true },
              ]}
            />
          ) : null}
          <h2>{t('funding.app.team')}</h2>
          <ul>
            {app.team.map((m, i) => (
              <li key={i}>
                {m.name} — {m.role}
              </li>
            ))}
          </ul>
          <h2>{t('funding.app.documents')}</h2>
          {p.documents.length ? (
            <ul>
              {p.documents.map((d) => (
                <li key={d.id}>
                  <a href={`/funding/documents/${d.id}`}>{d.original_name}</a> ({t(`funding.document.${d.kind}`)})
                </li>
              ))}
            </ul>
          ) : (
            <p>—</p>
          )}
        </>
      ) : (
        <p>{t('funding.app.hiddenUntilDecision')}</p>
      )}

      {p.scores ? (
        <section aria-labelledby="scores-h">
          <h2 id="scores-h">{t('funding.scores.title')}</h2>
          <Table
            caption={t('funding.scores.title')}
            rows={p.scores}
            rowKey={(s) => s.expert_id}
            columns={[
              { header: t('funding.scores.expert'), cell: (s) => s.display_name ?? s.name },
              ...call.rubric.map((r) => ({
                header: t(`funding.rubric.${r.key}`),
                cell: (s: { criteria: Record<string, number> }) => String(s.criteria[r.key] ?? '—'),
                numeric: true,
              })),
              { header: t('funding.scores.total'), cell: (s) => String(s.total), numeric: true },
              { header: t('funding.scores.comment'), cell: (s) => s.comment || '—' },
            ]}
          />
        </section>
      ) : null}
      {p.conflicts.length ? (
        <section aria-labelledby="coi-h">
          <h2 id="coi-h">{t('funding.coi.title')}</h2>
          <ul>
            {p.conflicts.map((c) => (
              <li key={c.expert_id}>
                {c.name}:{' '}
                {c.kinds.length ? c.kinds.map((k) => t(`funding.coi.kind.${k}`)).join(', ') : t('funding.coi.none')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <History entries={p.history} />
    </FundingLayout>
  );
}

export function PanelPage(props: {
  call: CallRow;
  panel:
    | {
        algorithm: string;
        seed: string;
        inputs: { callId: string; closesAt: string; candidates: string[]; size: number };
        drawn_at: Date;
        members: { user_id: string; position: number; name: string; display_name: string | null }[];
      }
    | undefined;
  candidates: { user_id: string; display_name: string }[];
  rerun?: { seed: string; ok: boolean; members: string[]; matches: boolean; seedMatches: boolean; error?: string };
  values: { seed?: string; candidates?: string; size?: string };
}) {
  const { t, locale } = useCtx();
  const { call, panel } = props;
  const nameOf = (id: string) =>
    props.candidates.find((c) => c.user_id === id)?.display_name ??
    panel?.members.find((m) => m.user_id === id)?.display_name ??
    id;
  return (
    <FundingLayout
      title={t('funding.panel.title', { number: call.number })}
      crumbs={[
        [t('funding.calls.title'), '/funding/calls'],
        [call.title, `/funding/calls/${call.id}`],
      ]}
    >
      <h1>{t('funding.panel.title', { number: call.number })}</h1>
      {!panel ? (
        <p>{t('funding.panel.notYet')}</p>
      ) : (
        <>
          <SummaryList
            rows={[
              [t('funding.panel.drawnAt'), <When at={panel.drawn_at} time />],
              [t('funding.panel.algorithm'), <code>{panel.algorithm}</code>],
              [t('funding.panel.seed'), <code class="break">{panel.seed}</code>],
              [t('funding.panel.size'), String(panel.inputs.size)],
              [t('funding.panel.candidates'), String(panel.inputs.candidates.length)],
            ]}
          />
          <Table
            caption={t('funding.panel.members')}
            rows={panel.members}
            rowKey={(m) => m.user_id}
            columns={[
              { header: '№', cell: (m) => String(m.position), numeric: true },
              { header: t('funding.panel.expert'), cell: (m) => m.display_name ?? m.name },
            ]}
          />
          <h2>{t('funding.panel.howTitle')}</h2>
          <ol>
            <li>{t('funding.panel.how1')}</li>
            <li>{t('funding.panel.how2')}</li>
            <li>{t('funding.panel.how3')}</li>
          </ol>
          <h3>{t('funding.panel.inputsTitle')}</h3>
          <pre
            class="code"
            tabIndex={0}
            aria-label={t('funding.panel.inputsTitle')}
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {canonicalJson(panel.inputs)}
          </pre>
          <p>
            <a href={`/api/v1/funding/calls/${call.id}/panel`}>{t('funding.panel.json')}</a>
          </p>

          <h2 id="rerun">{t('funding.panel.rerunTitle')}</h2>
          <p>{t('funding.panel.rerunHint')}</p>
          <Form action={localHref(locale, `/funding/calls/${call.id}/panel`)} method="get">
            <TextField
              name="seed"
              label={t('funding.panel.seed')}
              value={props.values.seed ?? panel.seed}
              spellcheck={false}
            />
            <TextArea
              name="candidates"
              label={t('funding.panel.candidateIds')}
              hint={t('funding.panel.candidateIdsHint')}
              rows={6}
              value={props.values.candidates ?? panel.inputs.candidates.join('\n')}
            />
            <TextField
              name="size"
              label={t('funding.panel.size')}
              width="short"
              inputmode="numeric"
              value={props.values.size ?? String(panel.inputs.size)}
            />
            <Button>{t('funding.panel.rerun')}</Button>
          </Form>
          {props.rerun ? (
            <section class="panel-box" aria-labelledby="rerun-result" id="rerun-result-box">
              <h3 id="rerun-result">{t('funding.panel.rerunResult')}</h3>
              {props.rerun.error ? (
                <p>{t(props.rerun.error)}</p>
              ) : (
                <>
                  <ol>
                    {props.rerun.members.map((id) => (
                      <li key={id}>
                        {nameOf(id)} <code>{id}</code>
                      </li>
                    ))}
                  </ol>
                  <p>
                    <strong>{props.rerun.matches ? t('funding.panel.matches') : t('funding.panel.differs')}</strong>
                  </p>
                  <p>{props.rerun.seedMatches ? t('funding.panel.seedMatches') : t('funding.panel.seedDiffers')}</p>
                </>
              )}
            </section>
          ) : null}
        </>
      )}
    </FundingLayout>
  );
}

export const conflictOptions = (t: (k: string) => string) =>
  CONFLICT_KINDS.map((k) => ({ value: k, label: t(`funding.coi.kind.${k}`) }));
