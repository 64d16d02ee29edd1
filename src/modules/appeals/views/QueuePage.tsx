import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Table, Tag } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { APPEAL_KINDS } from '../domain.ts';
import { deadline, type QueueItem } from '../presenters.ts';
import { QUEUE_STATUSES } from '../schemas.ts';
import { crumbsRoot, DeadlineTag, AppealStatusTag } from './components.tsx';

export interface QueuePageProps {
  bodies: { code: string; name: string }[];
  body: { code: string; name: string };
  filters: Record<string, string | undefined>;
  rows: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
  today: string;
  counts: { open: number; overdue: number };
}

/** An official's queue of one body: filters (GET form), deadlines, overdue highlighted, pages. */
export function QueuePage(p: QueuePageProps) {
  const { t, locale } = useCtx();
  const f = p.filters;
  const opt = (value: string, label: string) => ({ value, label });
  return (
    <Layout title={`${t('appeals.queue.title')}: ${p.body.name}`} crumbs={crumbsRoot(t)}>
      <h1>{t('appeals.queue.title')}</h1>
      <p class="lead">{p.body.name}</p>
      <p>{t('appeals.queue.counts', { open: p.counts.open, overdue: p.counts.overdue })}</p>
      <div role="search" aria-label={t('appeals.queue.filters')}>
        <Form action={localHref(locale, '/appeals/queue')} method="get" class="filters">
          {p.bodies.length > 1 ? (
            <SelectField
              name="body"
              label={t('appeals.field.body')}
              value={p.body.code}
              required
              options={p.bodies.map((b) => opt(b.code, b.name))}
            />
          ) : (
            <input type="hidden" name="body" value={p.body.code} />
          )}
          <SelectField
            name="status"
            label={t('appeals.field.status')}
            value={f.status}
            emptyOption={t('appeals.queue.any')}
            options={QUEUE_STATUSES.map((s) => opt(s, t(s === 'open' ? 'appeals.queue.open' : `appeals.status.${s}`)))}
          />
          <SelectField
            name="kind"
            label={t('appeals.field.kind')}
            value={f.kind}
            emptyOption={t('appeals.queue.any')}
            options={APPEAL_KINDS.map((k) => opt(k, t(`appeals.kind.${k}`)))}
          />
          <SelectField
            name="overdue"
            label={t('appeals.queue.overdue')}
            value={f.overdue}
            emptyOption={t('appeals.queue.any')}
            options={[opt('yes', t('appeals.queue.overdueOnly'))]}
          />
          <SelectField
            name="mine"
            label={t('appeals.queue.assigned')}
            value={f.mine}
            emptyOption={t('appeals.queue.anyone')}
            options={[opt('yes', t('appeals.queue.mine'))]}
          />
          <SelectField
            name="sort"
            label={t('appeals.queue.sort')}
            value={f.sort}
            required
            options={(['due', 'due_desc', 'registered'] as const).map((s) => opt(s, t(`appeals.queue.sortBy.${s}`)))}
          />
          <Button>{t('appeals.queue.apply')}</Button>
        </Form>
      </div>
      {p.rows.length === 0 ? (
        <p>{t('appeals.queue.empty')}</p>
      ) : (
        <Table
          caption={t('appeals.queue.caption', { count: p.total })}
          rows={p.rows}
          rowKey={(r) => r.number}
          columns={[
            {
              header: t('appeals.field.number'),
              cell: (r) => <a href={localHref(locale, `/appeals/${r.number}`)}>{r.number}</a>,
            },
            { header: t('appeals.field.subject'), cell: (r) => r.subject },
            { header: t('appeals.field.kind'), cell: (r) => t(`appeals.kind.${r.kind}`) },
            { header: t('appeals.field.registered'), cell: (r) => formatDate(r.registered_at, locale) },
            {
              header: t('appeals.field.status'),
              cell: (r) => (
                <>
                  <AppealStatusTag status={r.status} />
                  {r.extended_at ? (
                    <>
                      {' '}
                      <Tag tone="grey">{t('appeals.queue.extended')}</Tag>
                    </>
                  ) : null}
                  {r.escalated_at ? (
                    <>
                      {' '}
                      <Tag tone="red">{t('appeals.queue.escalated')}</Tag>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t('appeals.field.due'), cell: (r) => <DeadlineTag dueOn={r.due_on} {...deadline(r, p.today)} /> },
            { header: t('appeals.field.assignee'), cell: (r) => r.assignee_name ?? '—' },
          ]}
        />
      )}
      <Pagination
        page={p.page}
        pageSize={p.pageSize}
        total={p.total}
        basePath="/appeals/queue"
        query={{ ...f, body: p.body.code }}
      />
    </Layout>
  );
}
