/** A call for members and the commission's vote on it. */
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, ErrorSummary, Form, type FieldErrors, type FormValues } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { councilName } from '../presenters.ts';
import type { ApplicationView, CouncilView, DocumentView, SelectionView } from '../presenters/views.ts';
import { ActionForm, Fields } from '../../../platform/kit/index.ts';
import { CouncilsTag, Documents } from './components.tsx';

export interface SelectionPageProps {
  council: CouncilView;
  selection: SelectionView;
  applications: ApplicationView[];
  orgNames: Record<string, string>;
  documents: DocumentView[];
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
        <CouncilsTag status={s.status} />
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
                      cell: (a: ApplicationView) => String(a.votes_for ?? 0),
                      numeric: true,
                    },
                    {
                      header: t('councils.vote.against'),
                      cell: (a: ApplicationView) => String(a.votes_against ?? 0),
                      numeric: true,
                    },
                    {
                      header: t('councils.vote.abstain'),
                      cell: (a: ApplicationView) => String(a.votes_abstain ?? 0),
                      numeric: true,
                    },
                  ]
                : []),
              { header: t('councils.field.status'), cell: (a) => <CouncilsTag status={a.status} /> },
              ...(p.can.seeDocuments
                ? [
                    {
                      header: t('councils.application.document'),
                      cell: (a: ApplicationView) =>
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
  council: CouncilView;
  selection: SelectionView;
  applications: ApplicationView[];
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
