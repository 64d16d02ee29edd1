import { formatDate } from '../../../platform/i18n/index.ts';
import { DetailPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { itemState } from '../domain.ts';
import {
  bodyName,
  forumTitle,
  itemTitle,
  recText,
  tri,
  type ForumView,
  type ItemView,
  type RecommendationView,
} from '../presenters.ts';
import { ItemStateTag } from './components.tsx';

/** A recommendation and the action-plan items that implement it. */
export function RecommendationPage(p: {
  forum: ForumView;
  rec: RecommendationView;
  items: ItemView[];
  proposal: { title: string } | null;
  now: Date;
}) {
  const { t, locale } = useCtx();
  const title = t('forum.recs.number', { n: p.rec.number });
  const platform = tri(p.rec.platform_kk, p.rec.platform_ru, p.rec.platform_en, locale);
  return (
    <DetailPage
      title={title}
      crumbs={[
        [t('forum.title'), '/forum'],
        [forumTitle(p.forum, locale), `/forum/${p.forum.id}`],
        [platform, `/forum/platforms/${p.rec.platform_id}`],
      ]}
      summary={[
        [t('forum.field.forum'), <a href={localHref(locale, `/forum/${p.forum.id}`)}>{forumTitle(p.forum, locale)}</a>],
        [
          t('forum.field.platform'),
          <a href={localHref(locale, `/forum/platforms/${p.rec.platform_id}`)}>{platform}</a>,
        ],
        [t('forum.recs.adoptedOn'), formatDate(p.rec.adopted_at, locale)],
        ...(p.proposal ? [[t('forum.recs.fromProposal'), p.proposal.title] as [string, string]] : []),
      ]}
      actions={
        <blockquote>
          <p>{recText(p.rec, locale)}</p>
        </blockquote>
      }
      sections={[
        {
          id: 'items',
          title: t('forum.recs.items'),
          body: p.items.length ? (
            <Table
              caption={t('forum.recs.itemsCaption', { n: p.rec.number })}
              rows={p.items}
              rowKey={(i) => i.id}
              columns={[
                { header: t('forum.field.number'), cell: (i) => String(i.number), numeric: true },
                {
                  header: t('forum.field.item'),
                  cell: (i) => <a href={localHref(locale, `/forum/action-plan/${i.id}`)}>{itemTitle(i, locale)}</a>,
                },
                { header: t('forum.field.responsible'), cell: (i) => bodyName(i, locale) },
                { header: t('forum.field.deadline'), cell: (i) => formatDate(i.deadline, locale) },
                { header: t('forum.field.status'), cell: (i) => <ItemStateTag state={itemState(i, p.now)} /> },
              ]}
            />
          ) : (
            <p>{t('forum.recs.noItems')}</p>
          ),
        },
      ]}
    />
  );
}
