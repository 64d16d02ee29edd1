import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { InitiativeView } from '../presenters.ts';
import { OverdueTag, StatusTag } from './components.tsx';

/** A table of initiatives for one audience: the moderators' queue, an addressee's queue, the author's own. */
export function QueuePage(p: { kind: 'moderation' | 'addressee' | 'mine'; items: InitiativeView[] }) {
  const { t, locale } = useCtx();
  const title = t(`petitions.${p.kind}.title`);
  const date = (d: string | null) => (d ? formatDate(d, locale) : '—');
  return (
    <Layout title={title} crumbs={[[t('petitions.list.title'), '/initiatives']]}>
      <h1>{title}</h1>
      <p class="lead">{t(`petitions.${p.kind}.lead`)}</p>
      {p.items.length ? (
        <Table
          caption={title}
          rows={p.items}
          rowKey={(i) => i.initiative.id}
          columns={[
            {
              header: t('petitions.field.title'),
              cell: (i) => <a href={localHref(locale, `/initiatives/${i.initiative.id}`)}>{i.initiative.title}</a>,
            },
            { header: t('petitions.field.addressee'), cell: (i) => i.addressee },
            {
              header: t('petitions.field.status'),
              cell: (i) => (
                <>
                  <StatusTag status={i.status} /> {i.answerOverdue || i.moderationOverdue ? <OverdueTag /> : null}
                </>
              ),
            },
            {
              header: t('petitions.field.deadline'),
              cell: (i) =>
                i.initiative.status === 'moderation'
                  ? date(i.initiative.moderation_due)
                  : i.initiative.status === 'collecting'
                    ? date(i.initiative.collection_ends)
                    : date(i.initiative.answer_due),
            },
            {
              header: t('petitions.field.signatures'),
              cell: (i) => formatNumber(i.initiative.signature_count, locale),
              numeric: true,
            },
          ]}
        />
      ) : (
        <p>{t(`petitions.${p.kind}.empty`)}</p>
      )}
      {p.kind === 'mine' ? (
        <p>
          <a class="button" href={localHref(locale, '/initiatives/new')}>
            {t('petitions.list.start')}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
