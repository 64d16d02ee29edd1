import { regions } from '../../../reference/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Chart } from '../../../platform/views/Chart.tsx';
import { Table } from '../../../platform/views/data.tsx';
import { DetailPage } from '../../../platform/kit/index.ts';
import type { ComputedIndicator } from '../indicators.ts';
import { valueAt, yearsOf } from '../indicators.ts';
import type { ExpectedResult } from '../results.ts';
import { formatValue } from './format.ts';

/** One indicator: its definition, the national series, and every region by year. */
export function IndicatorPage({ ind, results }: { ind: ComputedIndicator; results: ExpectedResult[] }) {
  const { t, locale } = useCtx();
  const { spec, values } = ind;
  const title = t(spec.titleKey);
  const years = values ? yearsOf(values) : [];
  const last = years[years.length - 1];
  const f = (v: number | null) => formatValue(spec.unit, v, locale, t);
  const rows = regions.map((r) => ({
    code: r.code,
    name: r.name[locale],
    byYear: years.map((y) => valueAt(values ?? [], r.code, y)),
  }));
  return (
    <DetailPage title={title} crumbs={[[t('monitoring.title'), '/monitoring']]}>
      <p class="lead">{t(spec.definitionKey)}</p>
      {results.length ? (
        <p>
          {t('monitoring.measures')}{' '}
          {results.map((r, i) => (
            <span key={r.n}>
              {i ? '; ' : ''}
              <a href={localHref(locale, `/monitoring#result-${r.n}`)}>
                {r.n}. {r.text[locale]}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {values === null ? (
        <p>{t('monitoring.unavailable')}</p>
      ) : years.length === 0 ? (
        <p>{t('monitoring.noData')}</p>
      ) : (
        <>
          <h2>{t('monitoring.nationalByYear')}</h2>
          <Chart
            label={t('monitoring.chartLabel', { title })}
            categories={years.map(String)}
            series={[{ name: title, values: years.map((y) => valueAt(values, null, y) ?? 0) }]}
            height={240}
          />
          <h2>{t('monitoring.regionsIn', { year: last })}</h2>
          <Chart
            label={t('monitoring.regionChartLabel', { title, year: last })}
            categories={rows.map((r) => r.name)}
            series={[{ name: String(last), values: rows.map((r) => r.byYear[years.length - 1] ?? 0) }]}
            horizontal
          />
          <Table
            caption={t('monitoring.regionTableCaption', { title })}
            rows={[
              ...rows,
              { code: 'national', name: t('monitoring.national'), byYear: years.map((y) => valueAt(values, null, y)) },
            ]}
            rowKey={(r) => r.code}
            columns={[
              { header: t('monitoring.regionColumn'), cell: (r) => r.name },
              ...years.map((y, i) => ({
                header: String(y),
                cell: (r: { byYear: (number | null)[] }) => f(r.byYear[i]),
                numeric: true,
              })),
            ]}
          />
        </>
      )}
      <p>
        <a href="/open-data/indicators.csv" download>
          {t('monitoring.downloadAllCsv')}
        </a>
        {' · '}
        <a href={`/api/v1/indicators/${spec.id}`}>{t('monitoring.apiLink')}</a>
      </p>
    </DetailPage>
  );
}
