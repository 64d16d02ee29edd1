import { areas, regions } from '../../../reference/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { ListPage, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Tag } from '../../../platform/views/data.tsx';
import { CAMPAIGN_PHASES, campaignPhase, reportOverdue } from '../domain.ts';
import { orgNameOf, type CampaignView } from '../presenters.ts';
import { PhaseTag, Progress, regionName } from './components.tsx';

export interface CampaignListProps {
  filters: FormState;
  linkQuery: Record<string, string>;
  items: CampaignView[];
  total: number;
  page: number;
  pageSize: number;
  today: string;
  canStart: boolean;
}

/** Charitable campaigns of registered NGOs, with filters. */
export function CampaignListPage(p: CampaignListProps) {
  const { t, locale } = useCtx();
  const fields: FieldSpec[] = [
    { kind: 'text', name: 'q', label: t('volunteering.list.q') },
    {
      kind: 'select',
      name: 'region',
      label: t('volunteering.field.region'),
      emptyOption: t('volunteering.list.allRegions'),
      options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
    },
    {
      kind: 'select',
      name: 'area',
      label: t('volunteering.field.area'),
      emptyOption: t('volunteering.list.allAreas'),
      options: areas.map((a) => ({ value: a.code, label: a.name[locale] })),
    },
    {
      kind: 'select',
      name: 'phase',
      label: t('volunteering.field.status'),
      emptyOption: t('volunteering.list.any'),
      options: CAMPAIGN_PHASES.map((s) => ({ value: s, label: t(`volunteering.phase.${s}`) })),
    },
  ];
  return (
    <ListPage
      title={t('volunteering.charity.title')}
      description={t('volunteering.charity.lead')}
      intro={
        <>
          <p class="lead">{t('volunteering.charity.lead')}</p>
          {p.canStart ? (
            <ul class="actions">
              <li>
                <a href={localHref(locale, '/charity/new')}>{t('volunteering.charity.start')}</a>
              </li>
            </ul>
          ) : null}
        </>
      }
      filters={{ action: '/charity', fields, ...p.filters, submit: t('common.search') }}
      pagination={{ page: p.page, pageSize: p.pageSize, total: p.total, basePath: '/charity', query: p.linkQuery }}
      footer={
        <p>
          <a href="/open-data/campaigns.csv">{t('volunteering.charity.downloadCsv')}</a>
        </p>
      }
    >
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
              <Progress raised={c.raised_tiyn} goal={c.goal_tiyn} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('volunteering.charity.none')}</p>
      )}
    </ListPage>
  );
}
