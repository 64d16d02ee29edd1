/** The registry of public councils: filters, the open calls for members, the results. */
import { regions } from '../../../reference/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  fieldId,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { COUNCIL_LEVELS } from '../domain.ts';
import { bodyName, councilName, regionName } from '../presenters.ts';
import type { CouncilView } from '../presenters/views.ts';

export interface CouncilListProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  rows: CouncilView[];
  total: number;
  page: number;
  pageSize: number;
  bodies: { code: string; name: string }[];
  openCalls: { id: string; title: string; applications_close_on: string; council: string }[];
  canCreate: boolean;
}

export function CouncilListPage(p: CouncilListProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('councils.list.title')}
      description={t('councils.list.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <ErrorSummary errors={p.errors} order={['q', 'level', 'region', 'body', 'page']} />
      <h1>{t('councils.list.title')}</h1>
      <p class="lead">{t('councils.list.lead')}</p>
      {p.openCalls.length ? (
        <section aria-labelledby="calls-title" class="notice">
          <h2 id="calls-title">{t('councils.list.openCalls')}</h2>
          <ul>
            {p.openCalls.map((c) => (
              <li key={c.id}>
                <a href={localHref(locale, `/councils/selections/${c.id}`)}>
                  {c.council}: {c.title}
                </a>{' '}
                — {t('councils.selection.closesOn', { date: formatDate(c.applications_close_on, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div role="search" aria-label={t('councils.list.formLabel')}>
        <Form action={localHref(locale, '/councils')} method="get" class="filters">
          <TextField name="q" label={t('councils.list.q')} value={p.values.q} error={p.errors.q} spellcheck={false} />
          <SelectField
            name="level"
            label={t('councils.field.level')}
            value={v('level')}
            error={p.errors.level}
            emptyOption={t('councils.list.any')}
            options={COUNCIL_LEVELS.map((l) => ({ value: l, label: t(`councils.level.${l}`) }))}
          />
          <SelectField
            name="region"
            label={t('councils.field.region')}
            value={v('region')}
            error={p.errors.region}
            emptyOption={t('councils.list.allRegions')}
            options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
          />
          <SelectField
            name="body"
            label={t('councils.field.stateBody')}
            value={v('body')}
            error={p.errors.body}
            emptyOption={t('councils.list.any')}
            options={p.bodies.map((b) => ({ value: b.code, label: b.name }))}
          />
          <Button>{t('councils.list.search')}</Button>
        </Form>
      </div>
      <h2 id="results">{t('councils.list.results', { count: p.total })}</h2>
      {p.errors.page ? (
        <p class="error-message" id={fieldId('page')}>
          {p.errors.page}
        </p>
      ) : null}
      {p.rows.length ? (
        <Table
          caption={t('councils.list.caption')}
          rows={p.rows}
          rowKey={(c) => c.id}
          columns={[
            {
              header: t('councils.field.name'),
              cell: (c) => <a href={localHref(locale, `/councils/${c.id}`)}>{councilName(c, locale)}</a>,
            },
            { header: t('councils.field.stateBody'), cell: (c) => bodyName(c, locale) },
            { header: t('councils.field.level'), cell: (c) => t(`councils.level.${c.level}`) },
            { header: t('councils.field.region'), cell: (c) => regionName(c.region, locale) || '—' },
            {
              header: t('councils.field.term'),
              cell: (c) => (
                <span class="nowrap">
                  {c.term_start.slice(0, 4)}–{c.term_end.slice(0, 4)}
                </span>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('councils.list.none')}</p>
      )}
      <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/councils" query={p.linkQuery} />
      <h2>{t('councils.list.more')}</h2>
      <ul>
        {p.canCreate ? (
          <li>
            <a href={localHref(locale, '/councils/new')}>{t('councils.council.create')}</a>
          </li>
        ) : null}
        <li>
          <a href={localHref(locale, '/hearings')}>{t('councils.hearings.title')}</a>
        </li>
        <li>
          <a href="/open-data/councils.csv">{t('councils.list.csv')}</a>
        </li>
        <li>
          <a href="/open-data/council-meetings.csv">{t('councils.list.meetingsCsv')}</a>
        </li>
        <li>
          <a href="/api/v1/councils">{t('councils.list.api')}</a>
        </li>
      </ul>
    </Layout>
  );
}
