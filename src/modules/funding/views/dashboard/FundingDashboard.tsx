import { areaByCode, regionByCode, type RegionCode } from '../../../../reference/index.ts';
import { formatMoney, formatNumber } from '../../../../platform/i18n/index.ts';
import { useCtx } from '../../../../platform/views/context.ts';
import { Chart } from '../../../../platform/views/Chart.tsx';
import { Table } from '../../../../platform/views/data.tsx';
import type { FundingTotals } from '../../openData/dashboard.ts';

const INSTRUMENTS = ['social_order', 'grant', 'award'] as const;
/** Millions of tenge on the charts' axes (the tables keep the exact sums). */
const millions = (tiyn: number) => Math.round((tiyn / 100 / 1e6) * 10) / 10;

/**
 * Where the money goes: contracted amounts by year and instrument, by region, by area of activity,
 * as server-drawn SVG charts, each followed by its table and the open-data downloads.
 */
export function FundingDashboard({ totals }: { totals: FundingTotals }) {
  const { t, locale } = useCtx();
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const years = [...new Set(totals.byYear.map((r) => r.year))];
  const at = (year: number, instrument: string) =>
    totals.byYear.find((r) => r.year === year && r.instrument === instrument)?.tiyn ?? 0;
  const regionName = (code: string | null) =>
    code ? (regionByCode(code as RegionCode)?.name[locale] ?? code) : t('funding.dashboard.national');
  const areaName = (code: string) => areaByCode(code)?.name[locale] ?? code;
  if (!totals.byInstrument.length) return <p>{t('funding.dashboard.empty')}</p>;
  return (
    <section aria-labelledby="funding-dashboard" class="funding-dashboard">
      <h2 id="funding-dashboard">{t('funding.dashboard.title')}</h2>
      <p>{t('funding.dashboard.lead')}</p>

      <h3>{t('funding.dashboard.byYear')}</h3>
      <Chart
        label={t('funding.dashboard.byYearChart')}
        categories={years.map(String)}
        kind="bar"
        series={INSTRUMENTS.map((i) => ({
          name: t(`funding.instrument.${i}`),
          values: years.map((y) => millions(at(y, i))),
        }))}
      />
      <Table
        caption={t('funding.dashboard.byYearCaption')}
        rows={years}
        rowKey={(y) => String(y)}
        columns={[
          { header: t('funding.dashboard.year'), cell: (y) => String(y) },
          ...INSTRUMENTS.map((i) => ({
            header: t(`funding.instrument.${i}`),
            cell: (y: number) => money(at(y, i)),
            numeric: true,
          })),
        ]}
      />

      <h3>{t('funding.dashboard.byRegion')}</h3>
      <Chart
        label={t('funding.dashboard.byRegionChart')}
        categories={totals.byRegion.map((r) => regionName(r.region))}
        horizontal
        series={[{ name: t('funding.dashboard.millions'), values: totals.byRegion.map((r) => millions(r.tiyn)) }]}
      />
      <Table
        caption={t('funding.dashboard.byRegionCaption')}
        rows={totals.byRegion}
        rowKey={(r) => r.region ?? 'national'}
        columns={[
          { header: t('funding.dashboard.region'), cell: (r) => regionName(r.region) },
          { header: t('funding.dashboard.projects'), cell: (r) => formatNumber(r.projects, locale), numeric: true },
          { header: t('funding.dashboard.amount'), cell: (r) => money(r.tiyn), numeric: true },
        ]}
      />

      <h3>{t('funding.dashboard.byArea')}</h3>
      <Chart
        label={t('funding.dashboard.byAreaChart')}
        categories={totals.byArea.map((r) => areaName(r.area))}
        horizontal
        series={[{ name: t('funding.dashboard.millions'), values: totals.byArea.map((r) => millions(r.tiyn)) }]}
      />
      <Table
        caption={t('funding.dashboard.byAreaCaption')}
        rows={totals.byArea}
        rowKey={(r) => r.area}
        columns={[
          { header: t('funding.dashboard.area'), cell: (r) => areaName(r.area) },
          { header: t('funding.dashboard.projects'), cell: (r) => formatNumber(r.projects, locale), numeric: true },
          { header: t('funding.dashboard.amount'), cell: (r) => money(r.tiyn), numeric: true },
        ]}
      />

      <h3>{t('funding.dashboard.byInstrument')}</h3>
      <Table
        caption={t('funding.dashboard.byInstrumentCaption')}
        rows={totals.byInstrument}
        rowKey={(r) => r.instrument}
        columns={[
          { header: t('funding.dashboard.instrument'), cell: (r) => t(`funding.instrument.${r.instrument}`) },
          { header: t('funding.dashboard.projects'), cell: (r) => formatNumber(r.projects, locale), numeric: true },
          { header: t('funding.dashboard.amount'), cell: (r) => money(r.tiyn), numeric: true },
        ]}
      />
      <p>
        {t('funding.dashboard.downloads')}{' '}
        <a href="/open-data/funding-projects.csv" download>
          CSV
        </a>
        {' · '}
        <a href="/open-data/ocds/release-package.json" download>
          OCDS
        </a>
        {' · '}
        <a href="/open-data/360giving.json" download>
          360Giving
        </a>
      </p>
    </section>
  );
}
