import { formatNumber } from '../../../platform/i18n/index.ts';
import { useCtx } from '../../../platform/views/context.ts';
import { Chart } from '../../../platform/views/Chart.tsx';
import { Table } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { Section } from '../../../platform/kit/index.ts';

export interface StatisticsProps {
  total: number;
  active: number;
  byRegion: { code: string; name: string; total: number; active: number; verified: number }[];
  byYear: { year: number; total: number }[];
}

/** NGOs by region and by year of registration: SVG charts, each with its data table and a CSV. */
export function StatisticsPage(p: StatisticsProps) {
  const { t, locale } = useCtx();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Layout
      title={t('registry.stats.title')}
      description={t('registry.stats.lead', { total: n(p.total), active: n(p.active) })}
      crumbs={[[t('registry.search.title'), '/registry']]}
    >
      <h1>{t('registry.stats.title')}</h1>
      <p class="lead">{t('registry.stats.lead', { total: n(p.total), active: n(p.active) })}</p>

      <Section id="by-region" title={t('registry.stats.byRegion')}>
        <Chart
          label={t('registry.stats.byRegionChart')}
          categories={p.byRegion.map((r) => r.name)}
          series={[
            { name: t('registry.stats.col.total'), values: p.byRegion.map((r) => r.total) },
            { name: t('registry.stats.col.verified'), values: p.byRegion.map((r) => r.verified) },
          ]}
          horizontal
        />
        <Table
          caption={t('registry.stats.byRegionCaption')}
          rows={p.byRegion}
          rowKey={(r) => r.code}
          columns={[
            { header: t('registry.field.region'), cell: (r) => r.name },
            { header: t('registry.stats.col.total'), cell: (r) => n(r.total), numeric: true },
            { header: t('registry.stats.col.active'), cell: (r) => n(r.active), numeric: true },
            { header: t('registry.stats.col.verified'), cell: (r) => n(r.verified), numeric: true },
          ]}
        />
        <p>
          <a href="/open-data/registry-by-region.csv" download>
            {t('registry.stats.downloadRegion')}
          </a>
        </p>
      </Section>

      <Section id="by-year" title={t('registry.stats.byYear')}>
        <Chart
          label={t('registry.stats.byYearChart')}
          categories={p.byYear.map((y) => String(y.year))}
          series={[{ name: t('registry.stats.col.registered'), values: p.byYear.map((y) => y.total) }]}
        />
        <Table
          caption={t('registry.stats.byYearCaption')}
          rows={p.byYear}
          rowKey={(y) => String(y.year)}
          columns={[
            { header: t('registry.stats.col.year'), cell: (y) => String(y.year) },
            { header: t('registry.stats.col.registered'), cell: (y) => n(y.total), numeric: true },
          ]}
        />
        <p>
          <a href="/open-data/registry-by-year.csv" download>
            {t('registry.stats.downloadYear')}
          </a>
        </p>
      </Section>
    </Layout>
  );
}
