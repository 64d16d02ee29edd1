import { formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { hoursFromTenths } from '../domain.ts';
import type { volunteersOf } from '../repository/index.ts';
import type { OpportunityWithOrganizer } from '../lookups.ts';
import { OpportunityTag, Section } from './components.tsx';

export interface OrganiserBlock {
  key: string;
  name: string;
  opportunities: OpportunityWithOrganizer[];
  volunteers: Awaited<ReturnType<typeof volunteersOf>>;
}

/** For NGO representatives and officials: their opportunities, volunteers and confirmed hours. */
export function OrganiserPage({ blocks }: { blocks: OrganiserBlock[] }) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('volunteering.organiser.title')} crumbs={[[t('volunteering.list.title'), '/volunteering']]}>
      <h1>{t('volunteering.organiser.title')}</h1>
      <p>
        <a href={localHref(locale, '/volunteering/new')}>{t('volunteering.list.post')}</a>
      </p>
      {blocks.map((b, i) => {
        const tenths = b.volunteers.reduce((s, v) => s + Number(v.tenths), 0);
        return (
          <Section key={b.key} id={`org-${i}`} title={b.name}>
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
          </Section>
        );
      })}
    </Layout>
  );
}
