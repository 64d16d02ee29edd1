import { regions } from '../../../reference/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { ADDRESSEE_CODES } from '../domain.ts';
import type { InitiativeView } from '../presenters.ts';
import { addresseeName } from '../presenters.ts';
import { OverdueTag, Progress, StatusTag } from './components.tsx';

export const LIST_STATUSES = ['collecting', 'threshold_reached', 'under_review', 'answered', 'expired'] as const;

export interface ListPageProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  items: InitiativeView[];
  total: number;
  page: number;
  pageSize: number;
  listingMin: number;
  links: { mine: boolean; moderation: boolean; addressee: boolean };
}

/** Public list: a GET form of filters (works without JavaScript) and a page of results. */
export function ListPage(p: ListPageProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('petitions.list.title')}
      description={t('petitions.list.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <ErrorSummary errors={p.errors} order={['q', 'status', 'addressee', 'region', 'page']} />
      <h1>{t('petitions.list.title')}</h1>
      <p class="lead">{t('petitions.list.lead')}</p>
      <p>
        <a class="button" href={localHref(locale, '/initiatives/new')}>
          {t('petitions.list.start')}
        </a>
      </p>
      <div role="search" aria-label={t('petitions.list.formLabel')}>
        <Form action={localHref(locale, '/initiatives')} method="get" class="filters">
          <TextField name="q" label={t('petitions.list.q')} value={p.values.q} error={p.errors.q} />
          <SelectField
            name="status"
            label={t('petitions.field.status')}
            value={v('status')}
            error={p.errors.status}
            emptyOption={t('petitions.list.anyStatus')}
            options={LIST_STATUSES.map((s) => ({ value: s, label: t(`petitions.status.${s}`) }))}
          />
          <SelectField
            name="addressee"
            label={t('petitions.field.addressee')}
            value={v('addressee')}
            error={p.errors.addressee}
            emptyOption={t('petitions.list.anyAddressee')}
            options={ADDRESSEE_CODES.map((c) => ({ value: c, label: addresseeName(c, locale) }))}
          />
          <SelectField
            name="region"
            label={t('petitions.field.region')}
            value={v('region')}
            error={p.errors.region}
            emptyOption={t('petitions.list.anyRegion')}
            options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
          />
          <Button>{t('common.search')}</Button>
        </Form>
      </div>
      <h2 id="results">{t('petitions.list.results', { count: p.total })}</h2>
      <p class="hint">{t('petitions.list.listingNote', { min: p.listingMin })}</p>
      {p.items.length ? (
        <ul class="result-list">
          {p.items.map((i) => (
            <li class="result" key={i.initiative.id}>
              <h3>
                <a href={localHref(locale, `/initiatives/${i.initiative.id}`)}>{i.initiative.title}</a>
              </h3>
              <p class="meta">
                <StatusTag status={i.status} /> {i.answerOverdue ? <OverdueTag /> : null} {t('petitions.to')}{' '}
                {i.addressee}
              </p>
              <p class="meta">
                <Progress
                  count={i.initiative.signature_count}
                  threshold={i.initiative.threshold}
                  percent={i.progress}
                />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('petitions.list.none')}</p>
      )}
      <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/initiatives" query={p.linkQuery} />
      <h2>{t('petitions.list.more')}</h2>
      <ul>
        {p.links.mine ? (
          <li>
            <a href={localHref(locale, '/initiatives/mine')}>{t('petitions.mine.title')}</a>
          </li>
        ) : null}
        {p.links.moderation ? (
          <li>
            <a href={localHref(locale, '/initiatives/moderation')}>{t('petitions.moderation.title')}</a>
          </li>
        ) : null}
        {p.links.addressee ? (
          <li>
            <a href={localHref(locale, '/initiatives/addressee')}>{t('petitions.addressee.title')}</a>
          </li>
        ) : null}
        <li>
          <a href="/open-data/initiatives.csv">{t('petitions.list.downloadCsv')}</a>
        </li>
        <li>
          <a href="/api/docs">{t('petitions.list.api')}</a>
        </li>
      </ul>
    </Layout>
  );
}
