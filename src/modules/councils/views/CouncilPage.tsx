/** A council's page: members, calls, meetings, decisions and the body's responses, reports, hearings. */
import { regions } from '../../../reference/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { memberCurrent } from '../domain.ts';
import { bodyName, councilName, regionName } from '../presenters.ts';
import type {
  CouncilDecisionView,
  CouncilHearingView,
  CouncilView,
  MeetingView,
  MemberView,
  ReportView,
  SelectionView,
} from '../presenters/views.ts';
import { CouncilsTag, when } from './components.tsx';

export interface CouncilPageProps {
  council: CouncilView;
  members: MemberView[];
  selections: SelectionView[];
  meetings: MeetingView[];
  decisions: CouncilDecisionView[];
  reports: ReportView[];
  hearings: CouncilHearingView[];
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
        <CouncilsTag status={c.status} /> {t(`councils.level.${c.level}`)}
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
                <CouncilsTag status={s.status} />{' '}
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
              {
                header: t('councils.decision.response'),
                cell: (d) => <CouncilsTag status={d.response_status} />,
              },
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
                {formatDate(r.published_at, locale)} <CouncilsTag status={r.status} />
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
                <CouncilsTag status={h.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

function MeetingTable({ rows, caption }: { rows: MeetingView[]; caption: string }) {
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
        { header: t('councils.field.status'), cell: (m) => <CouncilsTag status={m.status} /> },
      ]}
    />
  );
}
