import { regions } from '../../../reference/index.ts';
import { formatMoney, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { CYCLE_STATUSES } from '../domain.ts';
import { cycleBody, cycleTitle, districtsOf, territory } from '../presenters.ts';
import type { searchCycles } from '../repository.ts';
import { CycleStatusTag, Section } from './components.tsx';

type CycleListRow = Awaited<ReturnType<typeof searchCycles>>['rows'][number];

export const CYCLE_FILTERS = ['q', 'region', 'status', 'year'] as const;

/** Participatory budgets of akimats: filters (a GET form), a page of cycles, and the way to the assessments. */
export function CyclesPage(p: {
  values: Record<string, string>;
  errors: FieldErrors;
  rows: CycleListRow[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  const linkQuery = Object.fromEntries(
    CYCLE_FILTERS.filter((k) => p.values[k] && !p.errors[k]).map((k) => [k, p.values[k]]),
  );
  return (
    <Layout title={t('local.title')} description={t('local.lead')} hasErrors={Object.keys(p.errors).length > 0}>
      <h1>{t('local.title')}</h1>
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
      <Section id="budgets" title={t('local.cycles.title')}>
        <p>{t('local.cycles.explain')}</p>
        <ErrorSummary errors={p.errors} order={[...CYCLE_FILTERS]} />
        <div role="search" aria-label={t('local.cycles.filters')}>
          <Form action={localHref(locale, '/local')} method="get" class="filters">
            <TextField name="q" label={t('local.cycles.q')} value={p.values.q} error={p.errors.q} />
            <SelectField
              name="region"
              label={t('local.field.region')}
              value={v('region')}
              error={p.errors.region}
              emptyOption={t('local.cycles.allRegions')}
              options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
            />
            <SelectField
              name="status"
              label={t('local.field.status')}
              value={v('status')}
              error={p.errors.status}
              emptyOption={t('local.cycles.anyStatus')}
              options={CYCLE_STATUSES.map((s) => ({ value: s, label: t(`local.cycleStatus.${s}`) }))}
            />
            <TextField
              name="year"
              label={t('local.field.year')}
              value={p.values.year}
              error={p.errors.year}
              width="short"
              inputmode="numeric"
            />
            <Button>{t('common.search')}</Button>
          </Form>
        </div>
        <h3>{t('local.cycles.found', { count: p.total })}</h3>
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
        <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/local" query={linkQuery} />
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
      </Section>
    </Layout>
  );
}

/** An akimat's official opens a participatory budget. */
export function CycleFormPage(p: {
  bodies: { id: string; name: string; region: string }[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : '');
  const districts = [
    ...new Map(p.bodies.flatMap((b) => districtsOf(b.region).map((d) => [d.kk, d[locale]] as const))).entries(),
  ];
  return (
    <Layout
      title={t('local.cycleForm.title')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[[t('local.title'), '/local']]}
    >
      <h1>{t('local.cycleForm.title')}</h1>
      <p class="lead">{t('local.cycleForm.lead')}</p>
      <ErrorSummary
        errors={p.errors}
        order={[
          'stateBodyId',
          'district',
          'year',
          'titleKk',
          'titleRu',
          'titleEn',
          'description',
          'budget',
          'maxChoices',
        ]}
      />
      <Form action={localHref(locale, '/local/budgets/new')}>
        <SelectField
          name="stateBodyId"
          label={t('local.field.akimat')}
          value={s('stateBodyId')}
          error={p.errors.stateBodyId}
          required
          options={p.bodies.map((b) => ({ value: b.id, label: b.name }))}
        />
        <SelectField
          name="district"
          label={t('local.field.district')}
          hint={t('local.cycleForm.districtHint')}
          value={s('district')}
          error={p.errors.district}
          emptyOption={t('local.cycleForm.wholeTerritory')}
          options={districts.map(([value, label]) => ({ value, label }))}
        />
        <TextField
          name="year"
          label={t('local.field.year')}
          value={s('year')}
          error={p.errors.year}
          width="short"
          inputmode="numeric"
          required
        />
        <TextField
          name="titleKk"
          label={t('local.field.titleKk')}
          value={s('titleKk')}
          error={p.errors.titleKk}
          required
        />
        <TextField
          name="titleRu"
          label={t('local.field.titleRu')}
          value={s('titleRu')}
          error={p.errors.titleRu}
          required
        />
        <TextField name="titleEn" label={t('local.field.titleEn')} value={s('titleEn')} error={p.errors.titleEn} />
        <TextArea
          name="description"
          label={t('local.field.description')}
          value={s('description')}
          error={p.errors.description}
        />
        <TextField
          name="budget"
          label={t('local.field.budgetTenge')}
          hint={t('local.field.amountHint')}
          value={s('budget')}
          error={p.errors.budget}
          width="medium"
          inputmode="numeric"
          required
        />
        <TextField
          name="maxChoices"
          label={t('local.field.maxChoices')}
          hint={t('local.field.maxChoicesHint')}
          value={s('maxChoices') || '3'}
          error={p.errors.maxChoices}
          width="short"
          inputmode="numeric"
          required
        />
        <Button>{t('local.cycleForm.submit')}</Button>
      </Form>
    </Layout>
  );
}
