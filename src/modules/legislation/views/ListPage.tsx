import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  fieldId,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { DRAFT_STATES } from '../domain.ts';
import type { DraftListItemView } from '../presenters.ts';
import { LIST_FIELDS } from '../schemas.ts';
import { StateTag } from './components.tsx';

export interface ListPageProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  items: DraftListItemView[];
  total: number;
  page: number;
  pageSize: number;
  bodies: { code: string; name: string }[];
  canCreate: boolean;
}

/** Drafts under public discussion: a GET form of filters (works without JavaScript) and a page of results. */
export function ListPage(p: ListPageProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('legislation.list.title')}
      description={t('legislation.list.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <ErrorSummary errors={p.errors} order={[...LIST_FIELDS]} />
      <h1>{t('legislation.list.title')}</h1>
      <p class="lead">{t('legislation.list.lead')}</p>
      {p.canCreate ? (
        <p>
          <a class="button" href={localHref(locale, '/legislation/new')}>
            {t('legislation.list.newDraft')}
          </a>
        </p>
      ) : null}
      <div role="search" aria-label={t('legislation.list.formLabel')}>
        <Form action={localHref(locale, '/legislation')} method="get" class="filters">
          <TextField
            name="q"
            label={t('legislation.list.q')}
            hint={t('legislation.list.qHint')}
            value={p.values.q}
            error={p.errors.q}
            spellcheck={false}
          />
          <SelectField
            name="status"
            label={t('legislation.list.status')}
            value={v('status')}
            error={p.errors.status}
            emptyOption={t('legislation.list.anyStatus')}
            options={DRAFT_STATES.map((s) => ({ value: s, label: t(`legislation.state.${s}`) }))}
          />
          <SelectField
            name="body"
            label={t('legislation.list.body')}
            value={v('body')}
            error={p.errors.body}
            emptyOption={t('legislation.list.anyBody')}
            options={p.bodies.map((b) => ({ value: b.code, label: b.name }))}
          />
          <CheckboxGroup
            name="open"
            label={t('legislation.list.openLegend')}
            values={v('open') ? [v('open')!] : []}
            error={p.errors.open}
            options={[{ value: '1', label: t('legislation.list.openNow') }]}
          />
          <Button>{t('common.search')}</Button>
        </Form>
      </div>

      <h2 id="results">{t('legislation.list.results', { count: p.total })}</h2>
      {p.errors.page ? (
        <p class="error-message" id={fieldId('page')}>
          <span class="visually-hidden">{t('common.errorPrefix')} </span>
          {p.errors.page}
        </p>
      ) : null}
      {p.items.length ? (
        <Table
          caption={t('legislation.list.caption', { page: p.page, pages: Math.max(1, Math.ceil(p.total / p.pageSize)) })}
          rows={p.items}
          rowKey={(d) => d.id}
          columns={[
            {
              header: t('legislation.list.col.title'),
              cell: (d) => (
                <>
                  <a href={localHref(locale, d.href)}>{d.title}</a>
                  <br />
                  <span class="hint">{t(`legislation.kind.${d.kind}`)}</span>
                </>
              ),
            },
            { header: t('legislation.list.col.body'), cell: (d) => d.body },
            {
              header: t('legislation.list.col.state'),
              cell: (d) => (
                <>
                  <StateTag state={d.state} />
                  {d.version > 1 ? (
                    <>
                      <br />
                      <span class="hint">{t('legislation.draft.versionN', { n: d.version })}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              header: t('legislation.list.col.lastDay'),
              cell: (d) => (d.lastDay ? <span class="nowrap">{formatDate(d.lastDay, locale)}</span> : '—'),
            },
            { header: t('legislation.list.col.comments'), cell: (d) => String(d.comments), numeric: true },
          ]}
        />
      ) : (
        <p>{t('legislation.list.none')}</p>
      )}
      <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/legislation" query={p.linkQuery} />

      <h2>{t('legislation.list.more')}</h2>
      <ul>
        <li>
          <a href="/open-data/drafts.csv">{t('legislation.list.downloadCsv')}</a>
        </li>
        <li>
          <a href="/open-data/draft-comments.csv">{t('legislation.list.downloadCommentsCsv')}</a>
        </li>
        <li>
          <a href="/api/v1/drafts">{t('legislation.list.api')}</a>
        </li>
      </ul>
    </Layout>
  );
}
