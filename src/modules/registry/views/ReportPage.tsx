import { formatDate, formatMoney, formatNumber } from '../../../platform/i18n/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { ReportStatus } from '../domain.ts';
import { INCOME_SOURCES, SPENDING_CATEGORIES, type ReportData } from '../schemas.ts';
import { ReportTag } from './components.tsx';

export interface ReportPageProps {
  bin: string;
  name: string;
  year: number;
  submittedAt: Date;
  status: ReportStatus;
  data: ReportData;
}

/** A filed annual report, as published in the NGO database. */
export function ReportPage(p: ReportPageProps) {
  const { t, locale } = useCtx();
  const title = t('registry.reportForm.title', { year: p.year });
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const moneyRows = (keys: readonly string[], o: Record<string, number>, prefix: string) => [
    ...keys.map((k) => ({ key: k, label: t(`registry.${prefix}.${k}`), value: o[k] ?? 0 })),
    { key: 'total', label: t('registry.reportView.total'), value: sum(o) },
  ];
  return (
    <Layout
      title={`${title}: ${p.name}`}
      crumbs={[
        [t('registry.search.title'), '/registry'],
        [p.name, `/registry/${p.bin}`],
      ]}
    >
      <h1>{title}</h1>
      <p class="lead">{p.name}</p>
      <p>
        {t('registry.reportView.submitted', { date: formatDate(p.submittedAt, locale, true) })}{' '}
        <ReportTag status={p.status} />
      </p>
      <h2>{t('registry.reportForm.activities')}</h2>
      <p class="description">{p.data.activities}</p>
      <SummaryList
        rows={[
          [t('registry.reportForm.membersCount'), formatNumber(p.data.membersCount, locale)],
          [t('registry.reportForm.foundersCount'), formatNumber(p.data.foundersCount, locale)],
          [t('registry.reportForm.property'), p.data.property || '—'],
          [t('registry.reportForm.beneficiaries'), formatNumber(p.data.beneficiaries, locale)],
          [t('registry.reportForm.staff'), formatNumber(p.data.staff, locale)],
          [t('registry.reportForm.volunteers'), formatNumber(p.data.volunteers, locale)],
        ]}
      />
      <h2>{t('registry.reportView.money')}</h2>
      <Table
        caption={t('registry.reportForm.incomeLegend', { year: p.year })}
        rows={moneyRows(INCOME_SOURCES, p.data.income, 'income')}
        rowKey={(r) => r.key}
        columns={[
          { header: t('registry.reportView.source'), cell: (r) => r.label },
          { header: t('registry.reportView.amount'), cell: (r) => formatMoney(r.value, locale), numeric: true },
        ]}
      />
      <Table
        caption={t('registry.reportForm.spendingLegend', { year: p.year })}
        rows={moneyRows(SPENDING_CATEGORIES, p.data.spending, 'spending')}
        rowKey={(r) => r.key}
        columns={[
          { header: t('registry.reportView.category'), cell: (r) => r.label },
          { header: t('registry.reportView.amount'), cell: (r) => formatMoney(r.value, locale), numeric: true },
        ]}
      />
    </Layout>
  );
}
