/** A meeting's page: agenda, minutes, decisions and responses, and the secretary's inline forms. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import { Button, ErrorSummary, Form, type FieldErrors, type FormValues } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { memberCurrent, responseDueDate } from '../domain.ts';
import { councilName } from '../presenters.ts';
import type { CouncilView, DecisionView, DocumentView, MeetingView, MemberView } from '../presenters/views.ts';
import { Fields, type FieldSpec } from '../../../platform/kit/index.ts';
import { CouncilsTag, Documents, when } from './components.tsx';

export interface MeetingPageProps {
  council: CouncilView;
  meeting: MeetingView;
  members: MemberView[];
  decisions: DecisionView[];
  documents: DocumentView[];
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
        <CouncilsTag status={m.status} />
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
                  <strong>{t('councils.decision.response')}:</strong> <CouncilsTag status={d.response_status} />
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
