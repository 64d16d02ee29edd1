import { regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { Chart } from '../../../platform/views/Chart.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { averageScore } from '../domain.ts';
import { Section } from '../../../platform/kit/index.ts';
import { bodyName, regionName, type AggregateView } from '../presenters.ts';

type Aggregate = AggregateView;
const avg = (a: Aggregate) => averageScore(a.sum, a.count) ?? 0;

/** Published aggregates: the average score of each akimat for a period, a chart and its table. */
export function AssessmentsPage(p: {
  rows: Aggregate[];
  periods: string[];
  values: { region: string; period: string };
  currentPeriod: string;
}) {
  const { t, locale } = useCtx();
  const sorted = [...p.rows].sort((a, b) => avg(b) - avg(a));
  return (
    <Layout
      title={t('local.assess.title')}
      description={t('local.assess.lead')}
      crumbs={[[t('local.title'), '/local']]}
    >
      <h1>{t('local.assess.title')}</h1>
      <p class="lead">{t('local.assess.lead')}</p>
      <p>{t('local.assess.how', { period: p.currentPeriod })}</p>
      <div role="search" aria-label={t('local.assess.filters')}>
        <Form action={localHref(locale, '/local/assessments')} method="get" class="filters">
          <SelectField
            name="period"
            label={t('local.field.period')}
            value={p.values.period}
            options={p.periods.map((x) => ({ value: x, label: x }))}
          />
          <SelectField
            name="region"
            label={t('local.field.region')}
            value={p.values.region}
            emptyOption={t('local.cycles.allRegions')}
            options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
          />
          <Button>{t('common.search')}</Button>
        </Form>
      </div>
      <Section id="scores" title={t('local.assess.scoresFor', { period: p.values.period })}>
        {sorted.length ? (
          <>
            <Chart
              label={t('local.assess.chart', { period: p.values.period })}
              categories={sorted.map((r) => bodyName(r, locale))}
              series={[{ name: t('local.assess.average'), values: sorted.map(avg) }]}
              horizontal
            />
            <Table
              caption={t('local.assess.caption', { period: p.values.period })}
              rows={sorted}
              rowKey={(r) => r.state_body_id}
              columns={[
                {
                  header: t('local.field.akimat'),
                  cell: (r) => <a href={localHref(locale, `/local/assessments/${r.code}`)}>{bodyName(r, locale)}</a>,
                },
                { header: t('local.field.region'), cell: (r) => regionName(r.region, locale) },
                { header: t('local.assess.count'), cell: (r) => formatNumber(r.count, locale), numeric: true },
                { header: t('local.assess.average'), cell: (r) => formatNumber(avg(r), locale), numeric: true },
                { header: t('local.assess.distribution'), cell: (r) => r.distribution.join(' / ') },
              ]}
            />
          </>
        ) : (
          <p>{t('local.assess.none')}</p>
        )}
        <p>
          <a href="/open-data/local-assessments.csv">{t('local.assess.csv')}</a>
        </p>
      </Section>
      <Section id="rate" title={t('local.assess.rateTitle')}>
        <p>{t('local.assess.rateLead')}</p>
        <ul>
          {regions.map((r) => (
            <li key={r.code}>
              <a href={localHref(locale, `/local/assessments/akimat-${r.code}`)}>
                {t('local.assess.rateLink', { region: r.name[locale] })}
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </Layout>
  );
}

type DeadlineRecord = { received: number; answered: number; answeredOnTime: number; overdue: number };
export interface BodyRecord {
  appeals: DeadlineRecord | null;
  initiatives: DeadlineRecord | null;
  year: number;
}

/** One akimat: averages by period, the distribution, residents' comments, its deadline record, and the rating form. */
export function BodyAssessmentPage(p: {
  body: { id: string; code: string; name_kk: string; name_ru: string; name_en: string; region: string | null };
  rows: Aggregate[];
  comments: { id: string; period: string; score: number; comment: string | null; created_at: Date }[];
  record: BodyRecord;
  period: string;
  canRate: 'yes' | 'sign_in' | 'already_rated';
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const name = bodyName(p.body, locale);
  const byPeriod = [...p.rows].sort((a, b) => a.period.localeCompare(b.period));
  const str = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : '');
  const recordRows = (['appeals', 'initiatives'] as const).filter((k) => p.record[k]);
  return (
    <Layout
      title={name}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('local.title'), '/local'],
        [t('local.assess.title'), '/local/assessments'],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['score', 'region', 'comment']} />
      <h1>{name}</h1>
      <Section id="by-period" title={t('local.assess.byPeriod')}>
        {byPeriod.length ? (
          <>
            <Chart
              label={t('local.assess.periodChart', { body: name })}
              kind="line"
              categories={byPeriod.map((r) => r.period)}
              series={[{ name: t('local.assess.average'), values: byPeriod.map(avg) }]}
            />
            <Table
              caption={t('local.assess.periodCaption', { body: name })}
              rows={byPeriod}
              rowKey={(r) => r.period}
              columns={[
                { header: t('local.field.period'), cell: (r) => r.period },
                { header: t('local.assess.count'), cell: (r) => formatNumber(r.count, locale), numeric: true },
                { header: t('local.assess.average'), cell: (r) => formatNumber(avg(r), locale), numeric: true },
                ...[1, 2, 3, 4, 5].map((s) => ({
                  header: t('local.assess.scoreN', { n: s }),
                  cell: (r: Aggregate) => formatNumber(r.distribution[s - 1], locale),
                  numeric: true,
                })),
              ]}
            />
          </>
        ) : (
          <p>{t('local.assess.none')}</p>
        )}
      </Section>
      <Section id="record" title={t('local.assess.record', { year: p.record.year })}>
        {recordRows.length ? (
          <Table
            caption={t('local.assess.recordCaption', { year: p.record.year })}
            rows={recordRows}
            rowKey={(k) => k}
            columns={[
              { header: t('local.assess.recordKind'), cell: (k) => t(`local.assess.kind.${k}`) },
              {
                header: t('local.assess.received'),
                cell: (k) => formatNumber(p.record[k]!.received, locale),
                numeric: true,
              },
              {
                header: t('local.assess.answeredOnTime'),
                cell: (k) => formatNumber(p.record[k]!.answeredOnTime, locale),
                numeric: true,
              },
              {
                header: t('local.assess.answered'),
                cell: (k) => formatNumber(p.record[k]!.answered, locale),
                numeric: true,
              },
              {
                header: t('local.assess.overdue'),
                cell: (k) => formatNumber(p.record[k]!.overdue, locale),
                numeric: true,
              },
            ]}
          />
        ) : (
          <p>{t('local.assess.noRecord')}</p>
        )}
      </Section>
      <Section id="rate" title={t('local.assess.rateFor', { period: p.period })}>
        {p.canRate === 'yes' ? (
          <Form action={localHref(locale, `/local/assessments/${p.body.code}`)}>
            <SelectField
              name="score"
              label={t('local.assess.score')}
              hint={t('local.assess.scoreHint')}
              value={str('score')}
              error={p.errors.score}
              emptyOption={t('local.ballot.choose')}
              required
              options={[5, 4, 3, 2, 1].map((s) => ({ value: String(s), label: t(`local.assess.scoreLabel.${s}`) }))}
            />
            <SelectField
              name="region"
              label={t('local.ballot.region')}
              hint={t('local.assess.regionHint', { region: regionName(p.body.region, locale) })}
              value={str('region')}
              error={p.errors.region}
              emptyOption={t('local.ballot.choose')}
              options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
              required
            />
            <TextArea
              name="comment"
              label={t('local.assess.comment')}
              hint={t('local.assess.commentHint')}
              value={str('comment')}
              error={p.errors.comment}
            />
            <Button>{t('local.assess.submit')}</Button>
          </Form>
        ) : p.canRate === 'sign_in' ? (
          <p>
            <a
              href={localHref(
                locale,
                `/login?returnTo=${encodeURIComponent(localHref(locale, `/local/assessments/${p.body.code}`))}`,
              )}
            >
              {t('local.assess.signIn')}
            </a>
          </p>
        ) : (
          <p class="notice">{t('local.deny.already_rated')}</p>
        )}
      </Section>
      <Section id="comments" title={t('local.assess.comments')}>
        {p.comments.length ? (
          <ul class="result-list">
            {p.comments.map((c) => (
              <li class="result" key={c.id}>
                <p class="meta">
                  {formatDate(c.created_at, locale)} — {t('local.assess.scoreOf', { n: c.score })}
                </p>
                <p>{c.comment}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('local.assess.noComments')}</p>
        )}
      </Section>
      <SummaryList
        rows={[[t('local.assess.opendata'), <a href="/open-data/local-assessments.csv">local-assessments.csv</a>]]}
      />
    </Layout>
  );
}
