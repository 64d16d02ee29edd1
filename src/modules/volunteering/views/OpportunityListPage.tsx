import { areas, regions } from '../../../reference/index.ts';
import { formatDate } from '../../../platform/i18n/index.ts';
import { ListPage, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { OPPORTUNITY_STATUSES } from '../domain.ts';
import { orgNameOf, type OpportunityListItem } from '../presenters.ts';
import { areaName, OpportunityTag, placeText } from './components.tsx';

export interface OpportunityListProps {
  filters: FormState;
  linkQuery: Record<string, string>;
  items: OpportunityListItem[];
  total: number;
  page: number;
  pageSize: number;
  canPost: boolean;
}

/** Volunteer opportunities: a GET form of filters (works without JavaScript) and a page of results. */
export function OpportunityListPage(p: OpportunityListProps) {
  const { t, locale, actor } = useCtx();
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
      name: 'online',
      label: t('volunteering.list.format'),
      emptyOption: t('volunteering.list.any'),
      options: [
        { value: 'true', label: t('volunteering.online') },
        { value: 'false', label: t('volunteering.list.inPerson') },
      ],
    },
    {
      kind: 'select',
      name: 'status',
      label: t('volunteering.field.status'),
      emptyOption: t('volunteering.list.any'),
      options: OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`volunteering.status.${s}`) })),
    },
  ];
  const links: [string, string][] = [
    ...(actor
      ? ([
          [t('volunteering.me.title'), '/volunteering/me'],
          [t('volunteering.profile.title'), '/volunteering/profile'],
        ] as [string, string][])
      : []),
    ...(p.canPost
      ? ([
          [t('volunteering.list.post'), '/volunteering/new'],
          [t('volunteering.organiser.title'), '/volunteering/organiser'],
        ] as [string, string][])
      : []),
    [t('volunteering.charity.title'), '/charity'],
  ];
  return (
    <ListPage
      title={t('volunteering.list.title')}
      description={t('volunteering.list.lead')}
      intro={
        <>
          <p class="lead">{t('volunteering.list.lead')}</p>
          <ul class="actions">
            {links.map(([label, path]) => (
              <li key={path}>
                <a href={localHref(locale, path)}>{label}</a>
              </li>
            ))}
          </ul>
        </>
      }
      filters={{ action: '/volunteering', fields, ...p.filters, submit: t('common.search') }}
      pagination={{ page: p.page, pageSize: p.pageSize, total: p.total, basePath: '/volunteering', query: p.linkQuery }}
      footer={
        <p>
          <a href="/open-data/opportunities.csv">{t('volunteering.list.downloadCsv')}</a>
        </p>
      }
    >
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
                {areaName(o.area, locale)} · {t('volunteering.list.places', { taken: o.taken, places: o.places })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('volunteering.list.none')}</p>
      )}
    </ListPage>
  );
}
