import { areas, regions } from '../../../reference/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Tag } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { CAMPAIGN_PHASES, campaignPhase, reportOverdue } from '../domain.ts';
import { orgNameOf } from '../presenters.ts';
import type { CampaignWithOrg } from '../lookups.ts';
import { PhaseTag, Progress, regionName } from './components.tsx';

export interface CampaignListProps {
  values: Record<string, string>;
  linkQuery: Record<string, string>;
  errors: FieldErrors;
  items: CampaignWithOrg[];
  total: number;
  page: number;
  pageSize: number;
  today: string;
  canStart: boolean;
}

/** Charitable campaigns of registered NGOs, with filters. */
export function CampaignListPage(p: CampaignListProps) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  return (
    <Layout
      title={t('volunteering.charity.title')}
      description={t('volunteering.charity.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
    >
      <h1>{t('volunteering.charity.title')}</h1>
      <p class="lead">{t('volunteering.charity.lead')}</p>
      {p.canStart ? (
        <ul class="actions">
          <li>
            <a href={localHref(locale, '/charity/new')}>{t('volunteering.charity.start')}</a>
          </li>
        </ul>
      ) : null}
      <ErrorSummary errors={p.errors} />
      <div class="search-layout">
        <div role="search" aria-label={t('volunteering.list.filters')}>
          <Form action={localHref(locale, '/charity')} method="get" class="filters">
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
              name="phase"
              label={t('volunteering.field.status')}
              value={v('phase')}
              error={p.errors.phase}
              emptyOption={t('volunteering.list.any')}
              options={CAMPAIGN_PHASES.map((s) => ({ value: s, label: t(`volunteering.phase.${s}`) }))}
            />
            <Button>{t('common.search')}</Button>
          </Form>
        </div>
        <div>
          <h2 id="results">{t('volunteering.charity.results', { count: p.total })}</h2>
          {p.items.length ? (
            <ul class="result-list">
              {p.items.map((c) => (
                <li class="result" key={c.id}>
                  <h3>
                    <a href={localHref(locale, `/charity/${c.id}`)}>{c.title}</a>
                  </h3>
                  <p class="meta">
                    <PhaseTag phase={campaignPhase(c, p.today)} />{' '}
                    {reportOverdue(c, p.today) ? (
                      <>
                        <Tag tone="red">{t('volunteering.charity.noReport')}</Tag>{' '}
                      </>
                    ) : null}
                    {orgNameOf(c, locale)} · {regionName(c.region, locale)} · {formatDate(c.starts_on, locale)} —{' '}
                    {formatDate(c.ends_on, locale)}
                  </p>
                  <Progress raised={Number(c.raised_tiyn)} goal={Number(c.goal_tiyn)} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('volunteering.charity.none')}</p>
          )}
          <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/charity" query={p.linkQuery} />
          <p>
            <a href="/open-data/campaigns.csv">{t('volunteering.charity.downloadCsv')}</a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
