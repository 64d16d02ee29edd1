import { regions } from '../../../reference/index.ts';
import { formatMoney, formatNumber } from '../../../platform/i18n/index.ts';
import { FormPage, ListPage, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import type { FieldErrors } from '../../../platform/views/forms.tsx';
import { CYCLE_STATUSES } from '../domain.ts';
import { cycleBody, cycleTitle, districtsOf, territory, type CycleListItem } from '../presenters.ts';
import { CycleStatusTag } from './components.tsx';

export const CYCLE_FILTERS = ['q', 'region', 'status', 'year'] as const;

/** Participatory budgets of akimats: filters (a GET form), a page of cycles, and the way to the assessments. */
export function CyclesPage(p: {
  values: Record<string, string>;
  errors: FieldErrors;
  rows: CycleListItem[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
}) {
  const { t, locale } = useCtx();
  const values = Object.fromEntries(
    Object.entries(p.values).filter(([k]) => !p.errors[k] || k === 'q' || k === 'year'),
  );
  const linkQuery = Object.fromEntries(
    CYCLE_FILTERS.filter((k) => p.values[k] && !p.errors[k]).map((k) => [k, p.values[k]]),
  );
  const filters: FieldSpec[] = [
    { kind: 'text', name: 'q', label: t('local.cycles.q') },
    {
      kind: 'select',
      name: 'region',
      label: t('local.field.region'),
      emptyOption: t('local.cycles.allRegions'),
      options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
    },
    {
      kind: 'select',
      name: 'status',
      label: t('local.field.status'),
      emptyOption: t('local.cycles.anyStatus'),
      options: CYCLE_STATUSES.map((s) => ({ value: s, label: t(`local.cycleStatus.${s}`) })),
    },
    { kind: 'number', name: 'year', label: t('local.field.year') },
  ];
  return (
    <ListPage
      title={t('local.title')}
      intro={
        <>
          <p class="lead">{t('local.lead')}</p>
          <ul>
            <li>
              <a href={localHref(locale, '/local/assessments')}>{t('local.assess.title')}</a>
            </li>
            {p.canCreate ? (
              <li>
                <a href={localHref(locale, '/local/budgets/new')}>{t('local.cycleForm.title')}</a>
              </li>
            ) : null}
          </ul>
          <h2 id="budgets-h">{t('local.cycles.title')}</h2>
          <p>{t('local.cycles.explain')}</p>
        </>
      }
      filters={{ action: '/local', fields: filters, values, errors: p.errors, submit: t('common.search') }}
      count={t('local.cycles.found', { count: p.total })}
      pagination={{ page: p.page, pageSize: p.pageSize, total: p.total, basePath: '/local', query: linkQuery }}
      footer={
        <ul>
          <li>
            <a href="/open-data/budget-cycles.csv">{t('local.cycles.csv')}</a>
          </li>
          <li>
            <a href="/open-data/budget-proposals.csv">{t('local.cycles.proposalsCsv')}</a>
          </li>
          <li>
            <a href="/api/v1/budget-cycles">{t('local.cycles.api')}</a>
          </li>
        </ul>
      }
    >
      {p.rows.length ? (
        <Table
          caption={t('local.cycles.caption')}
          rows={p.rows}
          rowKey={(r) => r.id}
          columns={[
            {
              header: t('local.field.title'),
              cell: (r) => <a href={localHref(locale, `/local/budgets/${r.id}`)}>{cycleTitle(r, locale)}</a>,
            },
            {
              header: t('local.field.akimat'),
              cell: (r) => (
                <>
                  {cycleBody(r, locale)}
                  <br />
                  <span class="hint">{territory(r, locale)}</span>
                </>
              ),
            },
            { header: t('local.field.year'), cell: (r) => String(r.year), numeric: true },
            { header: t('local.field.budget'), cell: (r) => formatMoney(r.budget, locale), numeric: true },
            { header: t('local.cycles.proposals'), cell: (r) => formatNumber(r.proposals, locale), numeric: true },
            { header: t('local.cycles.ballots'), cell: (r) => formatNumber(r.ballots, locale), numeric: true },
            { header: t('local.field.status'), cell: (r) => <CycleStatusTag status={r.status} /> },
          ]}
        />
      ) : (
        <p>{t('local.cycles.none')}</p>
      )}
    </ListPage>
  );
}

/** An akimat's official opens a participatory budget. */
export function CycleFormPage(p: { bodies: { id: string; name: string; region: string }[] } & FormState) {
  const { t, locale } = useCtx();
  const districts = [
    ...new Map(p.bodies.flatMap((b) => districtsOf(b.region).map((d) => [d.kk, d[locale]] as const))).entries(),
  ];
  const fields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'stateBodyId',
      label: t('local.field.akimat'),
      required: true,
      options: p.bodies.map((b) => ({ value: b.id, label: b.name })),
    },
    {
      kind: 'select',
      name: 'district',
      label: t('local.field.district'),
      hint: t('local.cycleForm.districtHint'),
      emptyOption: t('local.cycleForm.wholeTerritory'),
      options: districts.map(([value, label]) => ({ value, label })),
    },
    { kind: 'number', name: 'year', label: t('local.field.year'), required: true },
    { kind: 'text', name: 'titleKk', label: t('local.field.titleKk'), required: true },
    { kind: 'text', name: 'titleRu', label: t('local.field.titleRu'), required: true },
    { kind: 'text', name: 'titleEn', label: t('local.field.titleEn') },
    { kind: 'textarea', name: 'description', label: t('local.field.description') },
    {
      kind: 'number',
      name: 'budget',
      label: t('local.field.budgetTenge'),
      hint: t('local.field.amountHint'),
      width: 'medium',
      required: true,
    },
    {
      kind: 'number',
      name: 'maxChoices',
      label: t('local.field.maxChoices'),
      hint: t('local.field.maxChoicesHint'),
      required: true,
    },
  ];
  return (
    <FormPage
      title={t('local.cycleForm.title')}
      crumbs={[[t('local.title'), '/local']]}
      intro={<p class="lead">{t('local.cycleForm.lead')}</p>}
      action="/local/budgets/new"
      fields={fields}
      values={{ ...p.values, maxChoices: p.values.maxChoices || '3' }}
      errors={p.errors}
      submit={t('local.cycleForm.submit')}
    />
  );
}
