import { areas, legalForms, regions } from '../../../reference/index.ts';
import { formatNumber } from '../../../platform/i18n/index.ts';
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
import type { ListItemView } from '../presenters.ts';
import { REPORT_FILTERS, SEARCH_FIELDS, SORTS } from '../schemas.ts';
import { VerificationTag } from './components.tsx';

export interface SearchPageProps {
  /** What the reader typed (echoed back, also the invalid values). */
  values: Record<string, string>;
  /** Valid parameters only, for pagination links. */
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  items: ListItemView[];
  total: number;
  page: number;
  pageSize: number;
  reportYear: number;
}

/** The public registry: a GET form of filters (works without JavaScript) and a page of results. */
export function SearchPage(p: SearchPageProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  const option = (value: string, label: string) => ({ value, label });
  return (
    <Layout
      title={t('registry.search.title')}
      description={t('registry.search.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <ErrorSummary errors={p.errors} order={SEARCH_FIELDS} />
      <h1>{t('registry.search.title')}</h1>
      <p class="lead">{t('registry.search.lead')}</p>
      <div role="search" aria-label={t('registry.search.formLabel')}>
        <Form action={localHref(locale, '/registry')} method="get" class="filters">
          <TextField
            name="q"
            label={t('registry.search.q')}
            hint={t('registry.search.qHint')}
            value={p.values.q}
            error={p.errors.q}
            spellcheck={false}
          />
          <SelectField
            name="region"
            label={t('registry.field.region')}
            value={v('region')}
            error={p.errors.region}
            emptyOption={t('registry.search.allRegions')}
            options={regions.map((r) => option(r.code, r.name[locale]))}
          />
          <SelectField
            name="area"
            label={t('registry.field.areas')}
            value={v('area')}
            error={p.errors.area}
            emptyOption={t('registry.search.allAreas')}
            options={areas.map((a) => option(a.code, a.name[locale]))}
          />
          <SelectField
            name="legalForm"
            label={t('registry.field.legalForm')}
            value={v('legalForm')}
            error={p.errors.legalForm}
            emptyOption={t('registry.search.allLegalForms')}
            options={legalForms.map((f) => option(f.code, f.name[locale]))}
          />
          <SelectField
            name="verified"
            label={t('registry.search.verified')}
            value={v('verified')}
            error={p.errors.verified}
            emptyOption={t('registry.search.any')}
            options={[option('yes', t('registry.search.verifiedYes')), option('no', t('registry.search.verifiedNo'))]}
          />
          <SelectField
            name="reportStatus"
            label={t('registry.search.reportStatus', { year: p.reportYear })}
            value={v('reportStatus')}
            error={p.errors.reportStatus}
            emptyOption={t('registry.search.any')}
            options={REPORT_FILTERS.map((s) => option(s, t(`registry.search.report.${s}`)))}
          />
          <SelectField
            name="sort"
            label={t('registry.search.sort')}
            value={v('sort')}
            error={p.errors.sort}
            options={SORTS.map((s) => option(s, t(`registry.search.sortBy.${s}`)))}
          />
          <Button>{t('common.search')}</Button>
        </Form>
      </div>

      <h2 id="results">{t('registry.search.results', { count: p.total })}</h2>
      {p.errors.page ? (
        <p class="error-message" id={fieldId('page')}>
          <span class="visually-hidden">{t('common.errorPrefix')} </span>
          {p.errors.page}
        </p>
      ) : null}
      {p.items.length ? (
        <Table
          caption={t('registry.search.caption', { page: p.page, pages: Math.max(1, Math.ceil(p.total / p.pageSize)) })}
          rows={p.items}
          rowKey={(o) => o.bin}
          columns={[
            {
              header: t('registry.search.col.name'),
              cell: (o) => (
                <>
                  <a href={localHref(locale, o.href)}>{o.name}</a>
                  <br />
                  <span class="hint">{o.legalForm}</span>
                </>
              ),
            },
            { header: t('registry.field.bin'), cell: (o) => <span class="nowrap">{o.bin}</span> },
            { header: t('registry.field.region'), cell: (o) => o.region },
            { header: t('registry.search.col.founded'), cell: (o) => String(o.foundedYear), numeric: true },
            {
              header: t('registry.search.col.status'),
              cell: (o) => (
                <>
                  {o.status === 'liquidated' ? (
                    t('registry.status.liquidated')
                  ) : (
                    <VerificationTag state={o.verification} />
                  )}
                </>
              ),
            },
            {
              header: t('registry.search.col.rating'),
              cell: (o) => (o.rating === null ? '—' : formatNumber(o.rating, locale)),
              numeric: true,
            },
          ]}
        />
      ) : (
        <p>{t('registry.search.none')}</p>
      )}
      <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/registry" query={p.linkQuery} />

      <h2>{t('registry.search.more')}</h2>
      <ul>
        <li>
          <a href={localHref(locale, '/registry/new')}>{t('registry.search.registerLink')}</a>
        </li>
        <li>
          <a href={localHref(locale, '/registry/statistics')}>{t('registry.stats.title')}</a>
        </li>
        <li>
          <a href={localHref(locale, '/registry/social-entrepreneurs')}>{t('registry.social.listTitleShort')}</a>
        </li>
        <li>
          <a href="/open-data/organizations.csv">{t('registry.search.downloadCsv')}</a>
        </li>
      </ul>
    </Layout>
  );
}
