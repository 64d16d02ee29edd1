import { regions, type RegionCode } from '../../../reference/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Chart } from '../../../platform/views/Chart.tsx';
import { Table } from '../../../platform/views/data.tsx';
import { ListPage } from '../../../platform/kit/index.ts';
import type { ComputedIndicator } from '../indicators.ts';
import { valueAt, yearsOf } from '../indicators.ts';
import type { ExpectedResult } from '../results.ts';
import { formatValue } from './format.ts';

export interface DashboardProps {
  results: readonly ExpectedResult[];
  indicators: Map<string, ComputedIndicator>;
  region: RegionCode | null;
}

/**
 * The Concept's expected results, each with the indicators that measure it: a chart by year (SVG,
 * no JavaScript, prints), the numbers as a table, and the definition beside them.
 */
export function DashboardPage({ results, indicators, region }: DashboardProps) {
  const { t, locale } = useCtx();
  const regionName = region ? regions.find((r) => r.code === region)?.name[locale] : t('monitoring.national');
  return (
    <ListPage
      title={t('monitoring.title')}
      intro={<p class="lead">{t('monitoring.lead')}</p>}
      filters={{
        action: '/monitoring',
        fields: [
          {
            kind: 'select',
            name: 'region',
            label: t('monitoring.region'),
            emptyOption: t('monitoring.national'),
            options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
          },
        ],
        values: { region: region ?? '' },
        errors: {},
        submit: t('monitoring.show'),
      }}
    >
      <p>{t('monitoring.showing', { region: regionName ?? '' })}</p>
      <nav aria-label={t('monitoring.contents')} class="no-print">
        <ol>
          {results.map((r) => (
            <li key={r.n}>
              <a href={`#result-${r.n}`}>{r.text[locale]}</a>
            </li>
          ))}
        </ol>
      </nav>
      {results.map((r) => (
        <section key={r.n} id={`result-${r.n}`} class="concept-result" aria-labelledby={`result-${r.n}-h`}>
          <h2 id={`result-${r.n}-h`}>
            {r.n}. {r.text[locale]}
          </h2>
          {r.measuredBy ? <p>{t(`monitoring.measuredBy.${r.measuredBy}`)}</p> : null}
          {r.indicators
            .map((id) => indicators.get(id))
            .filter((x): x is ComputedIndicator => !!x)
            .map((ind) => (
              <IndicatorBlock key={ind.spec.id} ind={ind} region={region} resultN={r.n} />
            ))}
          {!r.measuredBy && !r.indicators.some((id) => indicators.has(id)) ? (
            <p>{t('monitoring.notYetMeasured')}</p>
          ) : null}
        </section>
      ))}
    </ListPage>
  );
}

function IndicatorBlock({
  ind,
  region,
  resultN,
}: {
  ind: ComputedIndicator;
  region: RegionCode | null;
  resultN: number;
}) {
  const { t, locale } = useCtx();
  const { spec, values } = ind;
  const title = t(spec.titleKey);
  const years = values ? yearsOf(values) : [];
  const series = years.map((y) => ({ year: y, value: valueAt(values ?? [], region, y) }));
  return (
    <article class="indicator" aria-labelledby={`ind-${resultN}-${spec.id.replace('.', '-')}`}>
      <h3 id={`ind-${resultN}-${spec.id.replace('.', '-')}`}>{title}</h3>
      <p class="hint">
        {t('monitoring.definition')}: {t(spec.definitionKey)}
      </p>
      {values === null ? (
        <p>{t('monitoring.unavailable')}</p>
      ) : series.length === 0 ? (
        <p>{t('monitoring.noData')}</p>
      ) : (
        <>
          <Chart
            label={t('monitoring.chartLabel', { title })}
            categories={series.map((s) => String(s.year))}
            series={[{ name: title, values: series.map((s) => s.value ?? 0) }]}
            height={220}
          />
          <Table
            caption={t('monitoring.tableCaption', { title, n: resultN })}
            rows={series}
            rowKey={(s) => String(s.year)}
            columns={[
              { header: t('monitoring.year'), cell: (s) => String(s.year) },
              { header: t('monitoring.value'), cell: (s) => formatValue(spec.unit, s.value, locale, t), numeric: true },
            ]}
          />
        </>
      )}
      <p class="no-print">
        <a href={localHref(locale, `/monitoring/indicators/${spec.id}`)}>{t('monitoring.byRegionLink', { title })}</a>
      </p>
    </article>
  );
}
