import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { ActionForm, DetailPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { nextForumStatus, type Progress } from '../domain.ts';
import {
  bodyName,
  forumTitle,
  regionName,
  tri,
  type ForumView,
  type HistoryView,
  type PlatformListItem,
} from '../presenters.ts';
import { ForumStatusTag, History, StageList } from './components.tsx';

/** A forum: its stage, its dialogue platforms, and where its recommendations went in the action plan. */
export function ForumPage(p: {
  forum: ForumView;
  platforms: PlatformListItem[];
  progress: Progress;
  can: { advance: boolean; plan: boolean };
  history: HistoryView[];
}) {
  const { t, locale } = useCtx();
  const f = p.forum;
  const title = forumTitle(f, locale);
  const next = nextForumStatus(f.status);
  const n = (v: number) => formatNumber(v, locale);
  const sections = [
    ...(p.can.advance && next
      ? [
          {
            id: 'manage',
            title: t('forum.manage.title'),
            body: (
              <ActionForm
                action={`/forum/${f.id}/advance`}
                hidden={{ version: f.version }}
                label={t('forum.manage.advance', { stage: t(`forum.status.${next}`) })}
              />
            ),
          },
        ]
      : []),
    {
      id: 'platforms',
      title: t('forum.platforms.title'),
      body: (
        <Table
          caption={t('forum.platforms.caption')}
          rows={p.platforms}
          rowKey={(x) => x.id}
          columns={[
            {
              header: t('forum.field.platform'),
              cell: (x) => (
                <a href={localHref(locale, `/forum/platforms/${x.id}`)}>
                  {tri(x.title_kk, x.title_ru, x.title_en, locale)}
                </a>
              ),
            },
            { header: t('forum.list.proposals'), cell: (x) => n(x.proposals), numeric: true },
            { header: t('forum.list.recommendations'), cell: (x) => n(x.recommendations), numeric: true },
          ]}
        />
      ),
    },
    ...(p.progress.total || p.can.plan
      ? [
          {
            id: 'plan',
            title: t('forum.plan.ofForum'),
            body: (
              <>
                <p>
                  {t('forum.plan.summary', {
                    total: n(p.progress.total),
                    done: n(p.progress.done),
                    overdue: n(p.progress.overdue),
                  })}
                </p>
                <ul>
                  <li>
                    <a href={localHref(locale, `/forum/action-plan?forum=${f.id}`)}>{t('forum.plan.readForum')}</a>
                  </li>
                  {p.can.plan ? (
                    <li>
                      <a href={localHref(locale, `/forum/action-plan/new?forum=${f.id}`)}>
                        {t('forum.itemForm.title')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </>
            ),
          },
        ]
      : []),
    ...(p.history.length
      ? [{ id: 'history', title: t('forum.history.title'), body: <History entries={p.history} /> }]
      : []),
  ];
  return (
    <DetailPage
      title={title}
      crumbs={[[t('forum.title'), '/forum']]}
      summary={[
        [
          t('forum.field.kind'),
          f.kind === 'national'
            ? t('forum.kind.national')
            : `${t('forum.kind.regional')}: ${regionName(f.region, locale)}`,
        ],
        [t('forum.field.heldOn'), f.held_on ? formatDate(f.held_on, locale) : String(f.year)],
        [t('forum.field.organiser'), bodyName(f, locale)],
        [t('forum.field.status'), <ForumStatusTag status={f.status} />],
      ]}
      actions={
        <>
          {f.description ? <p>{f.description}</p> : null}
          <StageList status={f.status} />
          <p class="notice">{t(`forum.stageExplain.${f.status}`)}</p>
        </>
      }
      sections={sections}
    />
  );
}
