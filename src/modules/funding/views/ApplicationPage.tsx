/** An application: what is public of it, and the compliance check and the contract when allowed. */
import { ActionForm, DetailPage, Section } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField, TextArea, TextField } from '../../../platform/views/forms.tsx';
import {
  orgName,
  type ApplicationView,
  type CallView,
  type HistoryEntry,
  type LotView,
  type OrgView,
} from '../presenters.ts';
import { Money, Status, When, historyItems } from './components.tsx';

export interface ApplicationPageProps {
  app: ApplicationView;
  call: CallView;
  lot: LotView;
  org: OrgView | undefined;
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
  history: HistoryEntry[];
}

export function ApplicationPage(p: ApplicationPageProps) {
  const { t, locale } = useCtx();
  const { app, call, lot } = p;
  return (
    <DetailPage
      history={historyItems(p.history, t)}
      title={app.title || t('funding.app.untitled')}
      crumbs={[
        [t('funding.title'), '/funding'],
        [t('funding.calls.title'), '/funding/calls'],
        [call.title, `/funding/calls/${call.id}`],
      ]}
      summary={[
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
    >
      {p.owner && app.status === 'draft' ? (
        <p>
          <a class="button" href={localHref(locale, `/funding/applications/${app.id}/edit`)}>
            {t('funding.app.edit')}
          </a>
        </p>
      ) : null}
      {p.owner && (app.status === 'draft' || app.status === 'submitted') && call.status === 'published' ? (
        <ActionForm
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
        <Section id="scores" title={t('funding.scores.title')}>
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
        </Section>
      ) : null}
      {p.conflicts.length ? (
        <Section id="coi" title={t('funding.coi.title')}>
          <ul>
            {p.conflicts.map((c) => (
              <li key={c.expert_id}>
                {c.name}:{' '}
                {c.kinds.length ? c.kinds.map((k) => t(`funding.coi.kind.${k}`)).join(', ') : t('funding.coi.none')}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </DetailPage>
  );
}
