import { formatNumber } from '../../../platform/i18n/index.ts';
import { ListPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table, Tag } from '../../../platform/views/data.tsx';
import { Button, Form, TextField } from '../../../platform/views/forms.tsx';
import { roleNames, type UserListItem } from '../presenters.ts';

export const ADMIN_PAGE_SIZE = 25;

/** The administrators' search of people: a search bar, the people found, pages. */
export function AdminUsersPage({
  items,
  total,
  page,
  q,
}: {
  items: UserListItem[];
  total: number;
  page: number;
  q?: string;
}) {
  const { t, locale } = useCtx();
  return (
    <ListPage
      title={t('accounts.admin.title')}
      crumbs={[[t('layout.nav.admin'), '/admin']]}
      intro={
        <Form action={localHref(locale, '/admin/users')} method="get" class="search-bar">
          <TextField
            name="q"
            type="search"
            label={t('accounts.admin.search')}
            hint={t('accounts.admin.searchHint')}
            value={q}
            spellcheck={false}
            required
          />
          <Button>{t('common.search')}</Button>
        </Form>
      }
      count={t('accounts.admin.found', { count: formatNumber(total, locale) })}
      pagination={{ page, pageSize: ADMIN_PAGE_SIZE, total, basePath: '/admin/users', query: { q } }}
    >
      {items.length ? (
        <Table
          caption={t('accounts.admin.title')}
          rows={items}
          rowKey={(u) => u.id}
          columns={[
            {
              header: t('accounts.fields.name'),
              cell: (u) => <a href={localHref(locale, `/admin/users/${u.id}`)}>{u.name}</a>,
            },
            { header: t('accounts.fields.email'), cell: (u) => u.email },
            { header: t('accounts.account.roles'), cell: (u) => roleNames(t, u.roles) },
            {
              header: t('accounts.account.emailStatus'),
              cell: (u) =>
                u.disabled ? (
                  <Tag tone="red">{t('accounts.admin.disabled')}</Tag>
                ) : u.confirmed ? (
                  <Tag tone="green">{t('accounts.account.confirmed')}</Tag>
                ) : (
                  <Tag tone="yellow">{t('accounts.account.notConfirmed')}</Tag>
                ),
            },
            { header: t('accounts.admin.created'), cell: (u) => u.created },
          ]}
        />
      ) : null}
    </ListPage>
  );
}
