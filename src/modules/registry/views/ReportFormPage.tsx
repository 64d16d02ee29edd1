import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  Form,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { incomeField, INCOME_SOURCES, REPORT_ORDER, spendingField, SPENDING_CATEGORIES } from '../schemas.ts';

export interface ReportFormProps {
  bin: string;
  name: string;
  year: number;
  dueDate: string;
  /** Filing now would be late. */
  late: boolean;
  values: FormValues;
  errors: FieldErrors;
}

/** The yearly report to the NGO database: activities, people, property, money by source and use. */
export function ReportFormPage(p: ReportFormProps) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const title = t('registry.reportForm.title', { year: p.year });
  const money = (name: string, label: string) => (
    <TextField
      name={name}
      label={label}
      value={s(name)}
      error={p.errors[name]}
      width="medium"
      inputmode="decimal"
      autocomplete="off"
    />
  );
  const labels: Record<string, string> = {
    activities: t('registry.reportForm.activities'),
    property: t('registry.reportForm.property'),
    ...Object.fromEntries(
      ['membersCount', 'foundersCount', 'beneficiaries', 'staff', 'volunteers'].map((k) => [
        k,
        t(`registry.reportForm.${k}`),
      ]),
    ),
    ...Object.fromEntries(INCOME_SOURCES.map((src) => [incomeField(src), t(`registry.income.${src}`)])),
    ...Object.fromEntries(SPENDING_CATEGORIES.map((c) => [spendingField(c), t(`registry.spending.${c}`)])),
  };
  const count = (name: string) => (
    <TextField
      name={name}
      label={t(`registry.reportForm.${name}`)}
      value={s(name)}
      error={p.errors[name]}
      required
      width="short"
      inputmode="numeric"
    />
  );
  return (
    <Layout
      title={`${title}: ${p.name}`}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('registry.search.title'), '/registry'],
        [p.name, `/registry/${p.bin}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={REPORT_ORDER} labels={labels} />
      <h1>{title}</h1>
      <p class="lead">{p.name}</p>
      <p>
        {t('registry.reportForm.due', { date: formatDate(p.dueDate, locale) })}
        {p.late ? ` ${t('registry.reportForm.lateNow')}` : ''}
      </p>
      <Form action={localHref(locale, `/registry/${p.bin}/reports/new?year=${p.year}`)}>
        <TextArea
          name="activities"
          label={t('registry.reportForm.activities')}
          hint={t('registry.reportForm.activitiesHint')}
          value={s('activities')}
          error={p.errors.activities}
          required
          rows={6}
        />
        {count('membersCount')}
        {count('foundersCount')}
        <TextArea
          name="property"
          label={t('registry.reportForm.property')}
          value={s('property')}
          error={p.errors.property}
          rows={3}
        />
        <fieldset class="fieldset">
          <legend class="label">{t('registry.reportForm.incomeLegend', { year: p.year })}</legend>
          <p class="hint">{t('registry.reportForm.moneyHint')}</p>
          {INCOME_SOURCES.map((src) => money(incomeField(src), t(`registry.income.${src}`)))}
        </fieldset>
        <fieldset class="fieldset">
          <legend class="label">{t('registry.reportForm.spendingLegend', { year: p.year })}</legend>
          <p class="hint">{t('registry.reportForm.moneyHint')}</p>
          {SPENDING_CATEGORIES.map((c) => money(spendingField(c), t(`registry.spending.${c}`)))}
        </fieldset>
        {count('beneficiaries')}
        {count('staff')}
        {count('volunteers')}
        <Button>{t('registry.reportForm.submit')}</Button>
      </Form>
    </Layout>
  );
}
