/** Public pages of councils: the registry, a council, a call for members, a meeting, a report. */
import { regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, SummaryList, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  fieldId,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { COUNCIL_LEVELS, memberCurrent, responseDueDate } from '../domain.ts';
import { bodyName, councilName, regionName } from '../presenters.ts';
import type {
  ApplicationRow,
  CouncilRow,
  DecisionRow,
  DocumentRow,
  MeetingRow,
  MemberRow,
  ReportRow,
  SelectionRow,
} from '../repository/index.ts';
import { ActionForm, Documents, Fields, StatusTag, when, type FieldSpec } from './components.tsx';

// ------------------------------------------------------------------- list

export interface CouncilListProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  rows: CouncilRow[];
  total: number;
  page: number;
  pageSize: number;
  bodies: { code: string; name: string }[];
  openCalls: { id: string; title: string; applications_close_on: string; council: string }[];
  canCreate: boolean;
}

export function CouncilListPage(p: CouncilListProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('councils.list.title')}
      description={t('councils.list.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <ErrorSummary errors={p.errors} order={['q', 'level', 'region', 'body', 'page']} />
      <h1>{t('councils.list.title')}</h1>
      <p class="lead">{t('councils.list.lead')}</p>
      {p.openCalls.length ? (
        <section aria-labelledby="calls-title" class="notice">
          <h2 id="calls-title">{t('councils.list.openCalls')}</h2>
          <ul>
            {p.openCalls.map((c) => (
              <li key={c.id}>
                <a href={localHref(locale, `/councils/selections/${c.id}`)}>
                  {c.council}: {c.title}
                </a>{' '}
                — {t('councils.selection.closesOn', { date: formatDate(c.applications_close_on, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div role="search" aria-label={t('councils.list.formLabel')}>
        <Form action={localHref(locale, '/councils')} method="get" class="filters">
          <TextField name="q" label={t('councils.list.q')} value={p.values.q} error={p.errors.q} spellcheck={false} />
          <SelectField
            name="level"
            label={t('councils.field.level')}
            value={v('level')}
            error={p.errors.level}
            emptyOption={t('councils.list.any')}
            options={COUNCIL_LEVELS.map((l) => ({ value: l, label: t(`councils.level.${l}`) }))}
          />
          <SelectField
            name="region"
            label={t('councils.field.region')}
            value={v('region')}
            error={p.errors.region}
            emptyOption={t('councils.list.allRegions')}
            options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
          />
          <SelectField
            name="body"
            label={t('councils.field.stateBody')}
            value={v('body')}
            error={p.errors.body}
            emptyOption={t('councils.list.any')}
            options={p.bodies.map((b) => ({ value: b.code, label: b.name }))}
          />
          <Button>{t('councils.list.search')}</Button>
        </Form>
      </div>
      <h2 id="results">{t('councils.list.results', { count: p.total })}</h2>
      {p.errors.page ? (
        <p class="error-message" id={fieldId('page')}>
          {p.errors.page}
        </p>
      ) : null}
      {p.rows.length ? (
        <Table
          caption={t('councils.list.caption')}
          rows={p.rows}
          rowKey={(c) => c.id}
          columns={[
            {
              header: t('councils.field.name'),
              cell: (c) => <a href={localHref(locale, `/councils/${c.id}`)}>{councilName(c, locale)}</a>,
            },
            { header: t('councils.field.stateBody'), cell: (c) => bodyName(c, locale) },
            { header: t('councils.field.level'), cell: (c) => t(`councils.level.${c.level}`) },
            { header: t('councils.field.region'), cell: (c) => regionName(c.region, locale) || '—' },
            {
              header: t('councils.field.term'),
              cell: (c) => (
                <span class="nowrap">
                  {c.term_start.slice(0, 4)}–{c.term_end.slice(0, 4)}
                </span>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('councils.list.none')}</p>
      )}
      <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/councils" query={p.linkQuery} />
      <h2>{t('councils.list.more')}</h2>
      <ul>
        {p.canCreate ? (
          <li>
            <a href={localHref(locale, '/councils/new')}>{t('councils.council.create')}</a>
          </li>
        ) : null}
        <li>
          <a href={localHref(locale, '/hearings')}>{t('councils.hearings.title')}</a>
        </li>
        <li>
          <a href="/open-data/councils.csv">{t('councils.list.csv')}</a>
        </li>
        <li>
          <a href="/open-data/council-meetings.csv">{t('councils.list.meetingsCsv')}</a>
        </li>
        <li>
          <a href="/api/v1/councils">{t('councils.list.api')}</a>
        </li>
      </ul>
    </Layout>
  );
}

// ---------------------------------------------------------------- council

export interface CouncilPageProps {
  council: CouncilRow;
  members: MemberRow[];
  selections: SelectionRow[];
  meetings: MeetingRow[];
  decisions: (DecisionRow & { meeting_at: Date; meeting_title: string })[];
  reports: ReportRow[];
  hearings: { id: string; title: string; starts_at: Date; status: string }[];
  today: string;
  now: Date;
  can: { manage: boolean; report: boolean };
}

export function CouncilPage(p: CouncilPageProps) {
  const { t, locale } = useCtx();
  const c = p.council;
  const name = councilName(c, locale);
  const upcoming = p.meetings.filter((m) => new Date(m.starts_at) >= p.now).reverse();
  const past = p.meetings.filter((m) => new Date(m.starts_at) < p.now);
  const current = p.members.filter((m) => memberCurrent(m, p.today));
  return (
    <Layout title={name} crumbs={[[t('councils.list.title'), '/councils']]}>
      <h1>{name}</h1>
      <p class="tags">
        <StatusTag status={c.status} /> {t(`councils.level.${c.level}`)}
      </p>
      {c.description ? <p class="lead">{c.description}</p> : null}
      <SummaryList
        rows={[
          [t('councils.field.stateBody'), bodyName(c, locale)],
          [t('councils.field.region'), regionName(c.region, locale) || t('councils.level.national')],
          [t('councils.field.term'), `${formatDate(c.term_start, locale)} — ${formatDate(c.term_end, locale)}`],
          [
            t('councils.council.calendar'),
            <a href={`/api/v1/councils/${c.id}/meetings.ics?lang=${locale}`}>{t('councils.council.icsLink')}</a>,
          ],
        ]}
      />
      {p.can.manage || p.can.report ? (
        <ul class="actions">
          {p.can.manage ? (
            <li>
              <a href={localHref(locale, `/councils/${c.id}/meetings/new`)}>{t('councils.meeting.schedule')}</a>
            </li>
          ) : null}
          {p.can.manage ? (
            <li>
              <a href={localHref(locale, `/councils/${c.id}/selections/new`)}>{t('councils.selection.open')}</a>
            </li>
          ) : null}
          {p.can.manage ? (
            <li>
              <a href={localHref(locale, `/councils/${c.id}/members/new`)}>{t('councils.member.add')}</a>
            </li>
          ) : null}
          {p.can.report ? (
            <li>
              <a href={localHref(locale, `/councils/${c.id}/reports/new`)}>{t('councils.report.publish')}</a>
            </li>
          ) : null}
        </ul>
      ) : null}

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('councils.member.title', { count: current.length })}</h2>
        {current.length ? (
          <Table
            caption={t('councils.member.caption')}
            rows={current}
            rowKey={(m) => m.id}
            columns={[
              { header: t('councils.member.name'), cell: (m) => m.full_name },
              { header: t('councils.member.role'), cell: (m) => t(`councils.role.${m.role}`) },
              { header: t('councils.member.affiliation'), cell: (m) => m.affiliation || '—' },
              {
                header: t('councils.field.term'),
                cell: (m) =>
                  `${formatDate(m.term_start, locale)} — ${m.term_end ? formatDate(m.term_end, locale) : '…'}`,
              },
            ]}
          />
        ) : (
          <p>{t('councils.member.none')}</p>
        )}
      </section>

      <section aria-labelledby="selections-title">
        <h2 id="selections-title">{t('councils.selection.title')}</h2>
        {p.selections.length ? (
          <ul>
            {p.selections.map((s) => (
              <li key={s.id}>
                <a href={localHref(locale, `/councils/selections/${s.id}`)}>{s.title}</a>{' '}
                <StatusTag status={s.status} />{' '}
                <span class="hint">
                  {t('councils.selection.closesOn', { date: formatDate(s.applications_close_on, locale) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.selection.none')}</p>
        )}
      </section>

      {/* Plain sections: the tables inside are the named regions (two landmarks with one name fail axe). */}
      <section>
        <h2 id="upcoming-title">{t('councils.meeting.upcoming')}</h2>
        <MeetingTable rows={upcoming} caption={t('councils.meeting.upcoming')} />
      </section>
      <section>
        <h2 id="past-title">{t('councils.meeting.past')}</h2>
        <MeetingTable rows={past} caption={t('councils.meeting.past')} />
      </section>

      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t('councils.decision.title')}</h2>
        {p.decisions.length ? (
          <Table
            caption={t('councils.decision.caption')}
            rows={p.decisions}
            rowKey={(d) => d.id}
            columns={[
              {
                header: t('councils.decision.meeting'),
                cell: (d) => (
                  <a href={localHref(locale, `/councils/meetings/${d.meeting_id}#decision-${d.number}`)}>
                    {formatDate(d.meeting_at, locale)}, №{d.number}
                  </a>
                ),
              },
              { header: t('councils.decision.text'), cell: (d) => d.text },
              { header: t('councils.decision.response'), cell: (d) => <StatusTag status={d.response_status} /> },
            ]}
          />
        ) : (
          <p>{t('councils.decision.none')}</p>
        )}
      </section>

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t('councils.report.title')}</h2>
        {p.reports.length ? (
          <ul>
            {p.reports.map((r) => (
              <li key={r.id}>
                <a href={localHref(locale, `/councils/reports/${r.id}`)}>{r.title}</a> — {r.author_name},{' '}
                {formatDate(r.published_at, locale)} <StatusTag status={r.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.report.none')}</p>
        )}
      </section>

      {p.hearings.length ? (
        <section aria-labelledby="hearings-title">
          <h2 id="hearings-title">{t('councils.hearings.title')}</h2>
          <ul>
            {p.hearings.map((h) => (
              <li key={h.id}>
                <a href={localHref(locale, `/hearings/${h.id}`)}>{h.title}</a> — {when(h.starts_at, locale)}{' '}
                <StatusTag status={h.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

function MeetingTable({ rows, caption }: { rows: MeetingRow[]; caption: string }) {
  const { t, locale } = useCtx();
  if (!rows.length) return <p>{t('councils.meeting.none')}</p>;
  return (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(m) => m.id}
      columns={[
        { header: t('councils.meeting.when'), cell: (m) => <span class="nowrap">{when(m.starts_at, locale)}</span> },
        {
          header: t('councils.meeting.titleField'),
          cell: (m) => <a href={localHref(locale, `/councils/meetings/${m.id}`)}>{m.title}</a>,
        },
        { header: t('councils.meeting.location'), cell: (m) => m.location },
        { header: t('councils.field.status'), cell: (m) => <StatusTag status={m.status} /> },
      ]}
    />
  );
}

// -------------------------------------------------------------- selection

export interface SelectionPageProps {
  council: CouncilRow;
  selection: SelectionRow;
  applications: ApplicationRow[];
  orgNames: Record<string, string>;
  documents: DocumentRow[];
  can: { apply: boolean; close: boolean; decide: boolean; cancel: boolean; seeDocuments: boolean; applied: boolean };
  earliestClose: boolean;
}

export function SelectionPage(p: SelectionPageProps) {
  const { t, locale } = useCtx();
  const s = p.selection;
  const decided = s.status === 'decided';
  return (
    <Layout
      title={s.title}
      crumbs={[
        [t('councils.list.title'), '/councils'],
        [councilName(p.council, locale), `/councils/${p.council.id}`],
      ]}
    >
      <h1>{s.title}</h1>
      <p class="tags">
        <StatusTag status={s.status} />
      </p>
      <SummaryList
        rows={[
          [
            t('councils.selection.council'),
            <a href={localHref(locale, `/councils/${p.council.id}`)}>{councilName(p.council, locale)}</a>,
          ],
          [t('councils.selection.seats'), formatNumber(s.seats, locale)],
          [t('councils.selection.closes'), formatDate(s.applications_close_on, locale)],
          ...(decided
            ? [[t('councils.selection.commission'), formatNumber(s.commission_size ?? 0, locale)] as [string, string]]
            : []),
          ...(s.decision_note ? [[t('councils.selection.note'), s.decision_note] as [string, string]] : []),
        ]}
      />
      {s.description ? <p>{s.description}</p> : null}
      <Documents docs={p.documents} label={t('councils.documents')} />
      {p.can.apply ? (
        <p>
          <a class="button" href={localHref(locale, `/councils/selections/${s.id}/apply`)}>
            {t('councils.application.apply')}
          </a>
        </p>
      ) : null}
      {p.can.applied ? <p class="notice">{t('councils.application.youApplied')}</p> : null}
      {p.can.close || p.can.decide || p.can.cancel ? (
        <div class="button-row">
          {p.can.close ? (
            <ActionForm
              action={`/councils/selections/${s.id}/close`}
              label={t('councils.selection.close')}
              hidden={{ version: s.version }}
            />
          ) : null}
          {p.can.decide ? (
            <a class="button" href={localHref(locale, `/councils/selections/${s.id}/decide`)}>
              {t('councils.selection.decide')}
            </a>
          ) : null}
          {p.can.cancel ? (
            <a class="button button-warning" href={localHref(locale, `/councils/selections/${s.id}/cancel`)}>
              {t('councils.selection.cancel')}
            </a>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="candidates-title">
        <h2 id="candidates-title">{t('councils.selection.candidates', { count: p.applications.length })}</h2>
        {p.applications.length ? (
          <Table
            caption={t('councils.selection.candidatesCaption')}
            rows={p.applications}
            rowKey={(a) => a.id}
            columns={[
              { header: t('councils.application.name'), cell: (a) => a.full_name },
              {
                header: t('councils.application.kind'),
                cell: (a) =>
                  a.applicant_kind === 'ngo'
                    ? `${t('councils.application.kindNgo')}: ${p.orgNames[a.organization_bin ?? ''] ?? a.organization_bin}`
                    : t('councils.application.kindCitizen'),
              },
              { header: t('councils.application.motivation'), cell: (a) => a.motivation },
              ...(decided
                ? [
                    {
                      header: t('councils.vote.for'),
                      cell: (a: ApplicationRow) => String(a.votes_for ?? 0),
                      numeric: true,
                    },
                    {
                      header: t('councils.vote.against'),
                      cell: (a: ApplicationRow) => String(a.votes_against ?? 0),
                      numeric: true,
                    },
                    {
                      header: t('councils.vote.abstain'),
                      cell: (a: ApplicationRow) => String(a.votes_abstain ?? 0),
                      numeric: true,
                    },
                  ]
                : []),
              { header: t('councils.field.status'), cell: (a) => <StatusTag status={a.status} /> },
              ...(p.can.seeDocuments
                ? [
                    {
                      header: t('councils.application.document'),
                      cell: (a: ApplicationRow) =>
                        a.file_id ? (
                          <a href={localHref(locale, `/councils/applications/${a.id}/document`)}>
                            {t('councils.application.documentLink', { name: a.full_name })}
                          </a>
                        ) : (
                          '—'
                        ),
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <p>{t('councils.selection.noCandidates')}</p>
        )}
      </section>
    </Layout>
  );
}

/** The commission's vote: totals per candidate. */
export function DecidePage(p: {
  council: CouncilRow;
  selection: SelectionRow;
  applications: ApplicationRow[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const s = p.selection;
  const title = t('councils.selection.decideTitle', { title: s.title });
  const labels: Record<string, string> = {
    commissionSize: t('councils.selection.commission'),
    note: t('councils.selection.note'),
  };
  for (const a of p.applications)
    for (const f of ['for', 'against', 'abstain'])
      labels[`${f}_${a.id}`] = `${a.full_name} — ${t(`councils.vote.${f}`)}`;
  const val = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : '');
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('councils.list.title'), '/councils'],
        [s.title, `/councils/selections/${s.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={Object.keys(labels)} labels={labels} />
      <h1>{title}</h1>
      <p>{t('councils.selection.decideHelp', { seats: s.seats })}</p>
      <Form action={localHref(locale, `/councils/selections/${s.id}/decide`)}>
        <input type="hidden" name="version" value={String(s.version)} />
        <Fields
          fields={[
            {
              kind: 'number',
              name: 'commissionSize',
              label: labels.commissionSize,
              hint: t('councils.selection.commissionHint'),
              required: true,
            },
          ]}
          values={p.values}
          errors={p.errors}
        />
        {p.applications.map((a) => (
          <fieldset class="fieldset" key={a.id}>
            <legend class="label">{a.full_name}</legend>
            <Fields
              fields={(['for', 'against', 'abstain'] as const).map((f) => ({
                kind: 'number' as const,
                name: `${f}_${a.id}`,
                label: t(`councils.vote.${f}`),
                required: true,
              }))}
              values={Object.fromEntries(
                ['for', 'against', 'abstain'].map((f) => [`${f}_${a.id}`, val(`${f}_${a.id}`)]),
              )}
              errors={p.errors}
            />
          </fieldset>
        ))}
        <Fields
          fields={[{ kind: 'textarea', name: 'note', label: labels.note, rows: 3 }]}
          values={p.values}
          errors={p.errors}
        />
        <Button>{t('councils.selection.decideSubmit')}</Button>
      </Form>
    </Layout>
  );
}

// ---------------------------------------------------------------- meeting

export interface MeetingPageProps {
  council: CouncilRow;
  meeting: MeetingRow;
  members: MemberRow[];
  decisions: DecisionRow[];
  documents: DocumentRow[];
  today: string;
  can: { record: boolean; cancel: boolean; addDecision: boolean; respond: boolean };
  /** The inline forms of the page (minutes, a decision) with what was typed and the errors. */
  form?: { name: 'minutes' | 'decision'; values: FormValues; errors: FieldErrors };
}

export function MeetingPage(p: MeetingPageProps) {
  const { t, locale } = useCtx();
  const m = p.meeting;
  const present = new Set(m.attendance as string[]);
  const f = (name: 'minutes' | 'decision') => (p.form?.name === name ? p.form : { values: {}, errors: {} });
  const minutesFields: FieldSpec[] = [
    {
      kind: 'checkboxes',
      name: 'present',
      label: t('councils.meeting.present'),
      options: p.members
        .filter((x) => memberCurrent(x, p.today))
        .map((x) => ({ value: x.id, label: `${x.full_name} (${t(`councils.role.${x.role}`)})` })),
    },
    { kind: 'textarea', name: 'minutes', label: t('councils.meeting.minutes'), required: true, rows: 8 },
  ];
  const decisionFields: FieldSpec[] = [
    { kind: 'textarea', name: 'text', label: t('councils.decision.text'), required: true, rows: 4 },
    { kind: 'number', name: 'votesFor', label: t('councils.vote.for'), required: true },
    { kind: 'number', name: 'votesAgainst', label: t('councils.vote.against'), required: true },
    { kind: 'number', name: 'votesAbstain', label: t('councils.vote.abstain'), required: true },
  ];
  const errs = p.form?.errors ?? {};
  const all = p.form?.name === 'minutes' ? minutesFields : decisionFields;
  return (
    <Layout
      title={m.title}
      hasErrors={Object.keys(errs).length > 0}
      crumbs={[
        [t('councils.list.title'), '/councils'],
        [councilName(p.council, locale), `/councils/${p.council.id}`],
      ]}
    >
      <ErrorSummary
        errors={errs}
        order={all.map((x) => x.name)}
        labels={Object.fromEntries(all.map((x) => [x.name, x.label]))}
      />
      <h1>{m.title}</h1>
      <p class="tags">
        <StatusTag status={m.status} />
      </p>
      <SummaryList
        rows={[
          [
            t('councils.selection.council'),
            <a href={localHref(locale, `/councils/${p.council.id}`)}>{councilName(p.council, locale)}</a>,
          ],
          [t('councils.meeting.when'), `${when(m.starts_at, locale)} — ${when(m.ends_at, locale).split(' ').pop()}`],
          [t('councils.meeting.location'), m.location],
          ...(m.status === 'held'
            ? [
                [
                  t('councils.meeting.attendance'),
                  t('councils.meeting.attendanceOf', {
                    present: present.size,
                    total: p.members.filter((x) => memberCurrent(x, p.today)).length,
                  }),
                ] as [string, string],
              ]
            : []),
          ...(m.cancel_reason ? [[t('councils.meeting.cancelReason'), m.cancel_reason] as [string, string]] : []),
        ]}
      />
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t('councils.meeting.agenda')}</h2>
        <ol>
          {(m.agenda as string[]).map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ol>
        <Documents docs={p.documents} label={t('councils.documents')} />
      </section>
      {m.status === 'held' ? (
        <section aria-labelledby="minutes-title">
          <h2 id="minutes-title">{t('councils.meeting.minutes')}</h2>
          <p style="white-space: pre-line">{m.minutes}</p>
          {present.size ? (
            <p>
              <strong>{t('councils.meeting.present')}:</strong>{' '}
              {p.members
                .filter((x) => present.has(x.id))
                .map((x) => x.full_name)
                .join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}
      {m.status === 'held' ? (
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title">{t('councils.decision.title')}</h2>
          {p.decisions.length ? (
            p.decisions.map((d) => (
              <div class="card" id={`decision-${d.number}`} key={d.id}>
                <h3>{t('councils.decision.number', { n: d.number })}</h3>
                <p>{d.text}</p>
                <p class="hint">
                  {t('councils.decision.votes', {
                    for: d.votes_for,
                    against: d.votes_against,
                    abstain: d.votes_abstain,
                  })}
                </p>
                <p>
                  <strong>{t('councils.decision.response')}:</strong> <StatusTag status={d.response_status} />
                </p>
                {d.response_text ? (
                  <p>
                    {d.response_text} <span class="hint">({formatDate(d.responded_at, locale)})</span>
                  </p>
                ) : (
                  <p class="hint">
                    {t('councils.decision.dueOn', { date: formatDate(responseDueDate(new Date(m.starts_at)), locale) })}
                  </p>
                )}
                {p.can.respond && d.response_status === 'awaiting' ? (
                  <p>
                    <a href={localHref(locale, `/councils/decisions/${d.id}/respond`)}>
                      {t('councils.decision.respondLink', { n: d.number })}
                    </a>
                  </p>
                ) : null}
              </div>
            ))
          ) : (
            <p>{t('councils.decision.none')}</p>
          )}
        </section>
      ) : null}
      {p.can.addDecision ? (
        <section aria-labelledby="add-decision-title">
          <h2 id="add-decision-title">{t('councils.decision.add')}</h2>
          <Form action={localHref(locale, `/councils/meetings/${m.id}/decisions`)}>
            <Fields fields={decisionFields} values={f('decision').values} errors={f('decision').errors} />
            <Button>{t('councils.decision.addSubmit')}</Button>
          </Form>
        </section>
      ) : null}
      {p.can.record ? (
        <section aria-labelledby="record-title">
          <h2 id="record-title">{t('councils.meeting.record')}</h2>
          <Form action={localHref(locale, `/councils/meetings/${m.id}/minutes`)}>
            <input type="hidden" name="version" value={String(m.version)} />
            <Fields fields={minutesFields} values={f('minutes').values} errors={f('minutes').errors} />
            <Button>{t('councils.meeting.recordSubmit')}</Button>
          </Form>
        </section>
      ) : null}
      {p.can.cancel ? (
        <p>
          <a href={localHref(locale, `/councils/meetings/${m.id}/cancel`)}>{t('councils.meeting.cancel')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

// ----------------------------------------------------------------- report

export function ReportPage(p: {
  council: CouncilRow;
  report: ReportRow;
  documents: DocumentRow[];
  canAnswer: boolean;
}) {
  const { t, locale } = useCtx();
  const r = p.report;
  return (
    <Layout
      title={r.title}
      crumbs={[
        [t('councils.list.title'), '/councils'],
        [councilName(p.council, locale), `/councils/${p.council.id}`],
      ]}
    >
      <h1>{r.title}</h1>
      <p class="tags">
        <StatusTag status={r.status} />
      </p>
      <SummaryList
        rows={[
          [t('councils.report.author'), `${r.author_name} (${t(`councils.report.kind.${r.author_kind}`)})`],
          [t('councils.report.publishedAt'), formatDate(r.published_at, locale)],
          [
            t('councils.selection.council'),
            <a href={localHref(locale, `/councils/${p.council.id}`)}>{councilName(p.council, locale)}</a>,
          ],
        ]}
      />
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t('councils.report.findings')}</h2>
        <p style="white-space: pre-line">{r.findings}</p>
        <Documents docs={p.documents} label={t('councils.documents')} />
      </section>
      <section aria-labelledby="answer-title">
        <h2 id="answer-title">{t('councils.report.answer')}</h2>
        {r.body_answer ? (
          <p style="white-space: pre-line">
            {r.body_answer} <span class="hint">({formatDate(r.answered_at, locale)})</span>
          </p>
        ) : (
          <p>{t('councils.report.awaiting')}</p>
        )}
        {p.canAnswer ? (
          <p>
            <a href={localHref(locale, `/councils/reports/${r.id}/answer`)}>{t('councils.report.answerLink')}</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
