import { formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { DetailPage } from '../../../platform/kit/index.ts';
import { Table } from '../../../platform/views/data.tsx';
import { hoursFromTenths } from '../domain.ts';
import type { OrganiserBlock } from '../presenters.ts';
import { OpportunityTag } from './components.tsx';

/** For NGO representatives and officials: their opportunities, volunteers and confirmed hours. */
export function OrganiserPage({ blocks }: { blocks: OrganiserBlock[] }) {
  const { t, locale } = useCtx();
  return (
    <DetailPage
      title={t('volunteering.organiser.title')}
      crumbs={[[t('volunteering.list.title'), '/volunteering']]}
      actions={<a href={localHref(locale, '/volunteering/new')}>{t('volunteering.list.post')}</a>}
      sections={blocks.map((b, i) => {
        const tenths = b.volunteers.reduce((s, v) => s + v.tenths, 0);
        return {
          id: `org-${i}`,
          title: b.name,
          body: (
            <>
              <p>
                {t('volunteering.organiser.summary', {
                  volunteers: b.volunteers.filter((v) => Number(v.completed) > 0).length,
                  hours: formatNumber(hoursFromTenths(tenths), locale),
                })}
              </p>
              {b.opportunities.length ? (
                <Table
                  caption={t('volunteering.organiser.opportunities', { name: b.name })}
                  rows={b.opportunities}
                  rowKey={(o) => o.id}
                  columns={[
                    {
                      header: t('volunteering.col.opportunity'),
                      cell: (o) => <a href={localHref(locale, `/volunteering/${o.id}`)}>{o.title}</a>,
                    },
                    { header: t('volunteering.col.status'), cell: (o) => <OpportunityTag status={o.status} /> },
                  ]}
                />
              ) : (
                <p>{t('volunteering.organiser.noOpportunities')}</p>
              )}
              {b.volunteers.length ? (
                <Table
                  caption={t('volunteering.organiser.volunteers', { name: b.name })}
                  rows={b.volunteers}
                  rowKey={(v) => v.id}
                  columns={[
                    { header: t('volunteering.col.volunteer'), cell: (v) => v.name },
                    {
                      header: t('volunteering.col.participations'),
                      cell: (v) => formatNumber(Number(v.completed), locale),
                      numeric: true,
                    },
                    {
                      header: t('volunteering.col.pending'),
                      cell: (v) => formatNumber(Number(v.pending), locale),
                      numeric: true,
                    },
                    {
                      header: t('volunteering.col.hours'),
                      cell: (v) => formatNumber(hoursFromTenths(Number(v.tenths)), locale),
                      numeric: true,
                    },
                  ]}
                />
              ) : null}
            </>
          ),
        };
      })}
    />
  );
}
