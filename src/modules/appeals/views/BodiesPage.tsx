import { formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { onTimePercent, type BodyRecord } from '../domain.ts';
import { crumbsRoot } from './components.tsx';

export interface ScoreRow {
  code: string;
  name: string;
  region: string | null;
  record: BodyRecord;
  initiatives: { received: number; answeredOnTime: number } | null;
}

const pct = (n: number | null, locale: 'kk' | 'ru' | 'en') => (n === null ? '—' : `${formatNumber(n, locale)}\u00a0%`);

/** Columns shared by the list of bodies and a body's yearly scorecard. */
export function scoreColumns<R extends { record: BodyRecord; initiatives: ScoreRow['initiatives'] }>(
  t: (k: string, p?: Record<string, string | number>) => string,
  locale: 'kk' | 'ru' | 'en',
  initiativesKnown: boolean,
) {
  return [
    { header: t('appeals.score.received'), numeric: true, cell: (r: R) => formatNumber(r.record.received, locale) },
    { header: t('appeals.score.answered'), numeric: true, cell: (r: R) => formatNumber(r.record.answered, locale) },
    { header: t('appeals.score.onTime'), numeric: true, cell: (r: R) => formatNumber(r.record.answeredOnTime, locale) },
    { header: t('appeals.score.onTimePercent'), numeric: true, cell: (r: R) => pct(onTimePercent(r.record), locale) },
    {
      header: t('appeals.score.overdue'),
      numeric: true,
      cell: (r: R) =>
        r.record.overdue ? <strong class="tag tag-red">{formatNumber(r.record.overdue, locale)}</strong> : '0',
    },
    {
      header: t('appeals.score.rating'),
      numeric: true,
      cell: (r: R) => (r.record.averageRating === null ? '—' : formatNumber(r.record.averageRating, locale)),
    },
    ...(initiativesKnown
      ? [
          {
            header: t('appeals.score.initiativesOnTime'),
            numeric: true,
            cell: (r: R) =>
              r.initiatives
                ? `${formatNumber(r.initiatives.answeredOnTime, locale)} / ${formatNumber(r.initiatives.received, locale)}`
                : '—',
          },
        ]
      : []),
  ];
}

/** Every state body with its figures for a year; a GET form chooses the year. */
export function BodiesPage(p: {
  year: number;
  years: number[];
  rows: ScoreRow[];
  initiativesKnown: boolean;
  regionFilter?: string;
  regions: { value: string; label: string }[];
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('appeals.bodies.title')} description={t('appeals.bodies.lead')} crumbs={crumbsRoot(t)}>
      <h1>{t('appeals.bodies.title')}</h1>
      <p class="lead">{t('appeals.bodies.lead')}</p>
      <p>{t('appeals.bodies.definitions')}</p>
      <Form action={localHref(locale, '/appeals/bodies')} method="get" class="filters">
        <SelectField
          name="year"
          label={t('appeals.bodies.year')}
          value={String(p.year)}
          required
          options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          name="region"
          label={t('appeals.bodies.region')}
          value={p.regionFilter}
          emptyOption={t('appeals.bodies.allRegions')}
          options={p.regions}
        />
        <Button>{t('appeals.queue.apply')}</Button>
      </Form>
      <Table
        caption={t('appeals.bodies.caption', { year: p.year })}
        rows={p.rows}
        rowKey={(r) => r.code}
        columns={[
          {
            header: t('appeals.field.body'),
            cell: (r: ScoreRow) => <a href={localHref(locale, `/appeals/bodies/${r.code}?year=${p.year}`)}>{r.name}</a>,
          },
          ...scoreColumns<ScoreRow>(t, locale, p.initiativesKnown),
        ]}
      />
      {p.initiativesKnown ? null : <p class="hint">{t('appeals.bodies.initiativesPending')}</p>}
    </Layout>
  );
}

/** One body's scorecard: a row per year, and links to its published appeals. */
export function BodyPage(p: {
  code: string;
  name: string;
  region: string | null;
  rows: { year: number; record: BodyRecord; initiatives: ScoreRow['initiatives'] }[];
  initiativesKnown: boolean;
  published: number;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout
      title={t('appeals.body.title', { name: p.name })}
      crumbs={[...crumbsRoot(t), [t('appeals.bodies.title'), '/appeals/bodies']]}
    >
      <h1>{p.name}</h1>
      <p class="lead">{t('appeals.body.lead')}</p>
      {p.region ? <p>{p.region}</p> : null}
      <Table
        caption={t('appeals.body.caption')}
        rows={p.rows}
        rowKey={(r) => String(r.year)}
        columns={[
          { header: t('appeals.bodies.year'), cell: (r) => String(r.year) },
          ...scoreColumns(t, locale, p.initiativesKnown),
        ]}
      />
      <p>
        <a href={localHref(locale, `/appeals/published?body=${p.code}`)}>
          {t('appeals.body.published', { count: p.published })}
        </a>
      </p>
    </Layout>
  );
}
