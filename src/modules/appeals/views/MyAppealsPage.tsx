import { formatDate } from '../../../platform/i18n/index.ts';
import { ListPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { deadline, prefixedBodyName, type MineItem } from '../presenters.ts';
import { crumbsRoot, DeadlineTag, AppealStatusTag } from './components.tsx';

/** The citizen's appeals, newest first, with their status and deadline (the kit's list page). */
export function MyAppealsPage(p: { rows: MineItem[]; total: number; page: number; pageSize: number; today: string }) {
  const { t, locale } = useCtx();
  return (
    <ListPage
      title={t('appeals.mine.title')}
      crumbs={crumbsRoot(t)}
      intro={
        <p>
          <a class="button" href={localHref(locale, '/appeals/new')}>
            {t('appeals.home.write')}
          </a>
        </p>
      }
      pagination={{ page: p.page, pageSize: p.pageSize, total: p.total, basePath: '/appeals/mine', query: {} }}
    >
      {p.rows.length === 0 ? (
        <p>{t('appeals.mine.empty')}</p>
      ) : (
        <Table
          caption={t('appeals.mine.caption', { count: p.total })}
          rows={p.rows}
          rowKey={(r) => r.number}
          columns={[
            {
              header: t('appeals.field.number'),
              cell: (r) => <a href={localHref(locale, `/appeals/${r.number}`)}>{r.number}</a>,
            },
            { header: t('appeals.field.subject'), cell: (r) => r.subject },
            { header: t('appeals.field.body'), cell: (r) => prefixedBodyName(r, locale) },
            { header: t('appeals.field.registered'), cell: (r) => formatDate(r.registered_at, locale) },
            { header: t('appeals.field.status'), cell: (r) => <AppealStatusTag status={r.status} /> },
            { header: t('appeals.field.due'), cell: (r) => <DeadlineTag dueOn={r.due_on} {...deadline(r, p.today)} /> },
          ]}
        />
      )}
    </ListPage>
  );
}
