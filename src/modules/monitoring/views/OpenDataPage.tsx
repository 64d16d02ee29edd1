import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { ListPage } from '../../../platform/kit/index.ts';
import type { CatalogueEntry, FeedLink } from '../portal.ts';

/** The open-data portal: every dataset with its formats, licence, update time and size, the feeds and the API. */
export function OpenDataPage({ datasets, feeds }: { datasets: CatalogueEntry[]; feeds: FeedLink[] }) {
  const { t, locale } = useCtx();
  return (
    <ListPage title={t('monitoring.openData.title')} intro={<p class="lead">{t('monitoring.openData.lead')}</p>}>
      <h2>{t('monitoring.openData.datasets')}</h2>
      <Table
        caption={t('monitoring.openData.datasetsCaption')}
        rows={datasets}
        rowKey={(d) => d.id}
        columns={[
          {
            header: t('monitoring.openData.col.dataset'),
            cell: (d) => (
              <>
                <strong>{t(d.titleKey)}</strong>
                <br />
                <span class="hint">{t(d.descriptionKey)}</span>
              </>
            ),
          },
          {
            header: t('monitoring.openData.col.download'),
            cell: (d) => (
              <ul class="inline-list">
                {d.downloads.map((x) => (
                  <li key={x.href}>
                    <a href={x.href} download>
                      {x.labelKey ? `${x.format}: ${t(x.labelKey)}` : x.format}
                    </a>
                  </li>
                ))}
              </ul>
            ),
          },
          {
            header: t('monitoring.openData.col.records'),
            cell: (d) => (d.records === null ? '—' : formatNumber(d.records, locale)),
            numeric: true,
          },
          {
            header: t('monitoring.openData.col.updated'),
            cell: (d) => (d.updatedAt ? formatDate(d.updatedAt, locale, true) : '—'),
          },
          { header: t('monitoring.openData.col.licence'), cell: (d) => <a href={d.licenceUrl}>{d.licence}</a> },
        ]}
      />
      <h2>{t('monitoring.openData.feeds')}</h2>
      {feeds.length ? (
        <ul>
          {feeds.map((f) => (
            <li key={f.href}>
              <a href={f.href} type="application/atom+xml">
                {t(f.titleKey)}
              </a>{' '}
              (Atom)
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('monitoring.openData.noFeeds')}</p>
      )}
      <h2>{t('monitoring.openData.api')}</h2>
      <ul>
        <li>
          <a href="/api/docs">{t('monitoring.openData.apiDocs')}</a>
        </li>
        <li>
          <a href="/api/openapi.json">{t('monitoring.openData.openapi')}</a>
        </li>
        <li>
          <a href="/open-data/index.json">{t('monitoring.openData.indexJson')}</a>
        </li>
        <li>
          <a href={localHref(locale, '/monitoring')}>{t('monitoring.title')}</a>
        </li>
      </ul>
      <p>{t('monitoring.openData.licenceNote')}</p>
    </ListPage>
  );
}
