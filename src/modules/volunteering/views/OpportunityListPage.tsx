import { areas, regions } from '../../../reference/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
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
import { OPPORTUNITY_STATUSES } from '../domain.ts';
import { orgNameOf } from '../presenters.ts';
import type { OpportunityWithOrganizer } from '../lookups.ts';
import { areaName, OpportunityTag, placeText } from './components.tsx';

export interface OpportunityListProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  items: OpportunityWithOrganizer[];
  taken: Map<string, number>;
  total: number;
  page: number;
  pageSize: number;
  canPost: boolean;
}

/** Volunteer opportunities: a GET form of filters (works without JavaScript) and a page of results. */
export function OpportunityListPage(p: OpportunityListProps) {
  const { t, locale, actor } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('volunteering.list.title')}
      description={t('volunteering.list.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <h1>{t('volunteering.list.title')}</h1>
      <p class="lead">{t('volunteering.list.lead')}</p>
      <ul class="actions">
        {actor ? (
          <li>
            <a href={localHref(locale, '/volunteering/me')}>{t('volunteering.me.title')}</a>
          </li>
        ) : null}
        {actor ? (
          <li>
            <a href={localHref(locale, '/volunteering/profile')}>{t('volunteering.profile.title')}</a>
          </li>
        ) : null}
        {p.canPost ? (
          <li>
            <a href={localHref(locale, '/volunteering/new')}>{t('volunteering.list.post')}</a>
          </li>
        ) : null}
        {p.canPost ? (
          <li>
            <a href={localHref(locale, '/volunteering/organiser')}>{t('volunteering.organiser.title')}</a>
          </li>
        ) : null}
        <li>
          <a href={localHref(locale, '/charity')}>{t('volunteering.charity.title')}</a>
        </li>
      </ul>
      <ErrorSummary errors={p.errors} />
      <div class="search-layout">
        <div role="search" aria-label={t('volunteering.list.filters')}>
          <Form action={localHref(locale, '/volunteering')} method="get" class="filters">
            <TextField name="q" label={t('volunteering.list.q')} value={p.values.q} error={p.errors.q} />
            <SelectField
              name="region"
              label={t('volunteering.field.region')}
              value={v('region')}
              error={p.errors.region}
              emptyOption={t('volunteering.list.allRegions')}
              options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
            />
            <SelectField
              name="area"
              label={t('volunteering.field.area')}
              value={v('area')}
              error={p.errors.area}
              emptyOption={t('volunteering.list.allAreas')}
              options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
            />
            <SelectField
              name="online"
              label={t('volunteering.list.format')}
              value={v('online')}
              error={p.errors.online}
              emptyOption={t('volunteering.list.any')}
              options={[
                { value: 'true', label: t('volunteering.online') },
                { value: 'false', label: t('volunteering.list.inPerson') },
              ]}
            />
            <SelectField
              name="status"
              label={t('volunteering.field.status')}
              value={v('status')}
              error={p.errors.status}
              emptyOption={t('volunteering.list.any')}
              options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`volunteering.status.${s}`) }))}
            />
            <Button>{t('common.search')}</Button>
          </Form>
        </div>
        <div>
          <h2 id="results">{t('volunteering.list.results', { count: p.total })}</h2>
          {p.items.length ? (
            <ul class="result-list">
              {p.items.map((o) => (
                <li class="result" key={o.id}>
                  <h3>
                    <a href={localHref(locale, `/volunteering/${o.id}`)}>{o.title}</a>
                  </h3>
                  <p class="meta">
                    <OpportunityTag status={o.status} /> {orgNameOf(o, locale)} · {placeText(o, locale, t)} ·{' '}
                    {formatDate(o.starts_on, locale)}
                    {o.ends_on !== o.starts_on ? ` — ${formatDate(o.ends_on, locale)}` : ''}
                  </p>
                  <p class="meta">
                    {areaName(o.area, locale)} ·{' '}
                    {t('volunteering.list.places', { taken: p.taken.get(o.id) ?? 0, places: o.places })}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('volunteering.list.none')}</p>
          )}
          <Pagination
            page={p.page}
            pageSize={p.pageSize}
            total={p.total}
            basePath="/volunteering"
            query={p.linkQuery}
          />
          <p>
            <a href="/open-data/opportunities.csv">{t('volunteering.list.downloadCsv')}</a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
