import { areas, regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { FormPage, ListPage, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import type { FieldErrors } from '../../../platform/views/forms.tsx';
import { FORUM_STATUSES } from '../domain.ts';
import { bodyName, forumTitle, regionName, type ForumListItem } from '../presenters.ts';
import { ForumStatusTag } from './components.tsx';

export const FORUM_FILTERS = ['q', 'kind', 'region', 'status', 'year'] as const;

/** Forums, national and regional, with filters; the way to the action plan. */
export function ForumsPage(p: {
  values: Record<string, string>;
  errors: FieldErrors;
  rows: ForumListItem[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
}) {
  const { t, locale } = useCtx();
  // A choice that did not parse is shown unselected; typed text is shown as typed.
  const values = Object.fromEntries(
    Object.entries(p.values).filter(([k]) => !p.errors[k] || k === 'q' || k === 'year'),
  );
  const linkQuery = Object.fromEntries(
    FORUM_FILTERS.filter((k) => p.values[k] && !p.errors[k]).map((k) => [k, p.values[k]]),
  );
  const filters: FieldSpec[] = [
    { kind: 'text', name: 'q', label: t('forum.list.q') },
    {
      kind: 'select',
      name: 'kind',
      label: t('forum.field.kind'),
      emptyOption: t('forum.list.any'),
      options: (['national', 'regional'] as const).map((k) => ({ value: k, label: t(`forum.kind.${k}`) })),
    },
    {
      kind: 'select',
      name: 'region',
      label: t('forum.field.region'),
      emptyOption: t('forum.list.allRegions'),
      options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
    },
    {
      kind: 'select',
      name: 'status',
      label: t('forum.field.status'),
      emptyOption: t('forum.list.any'),
      options: FORUM_STATUSES.map((s) => ({ value: s, label: t(`forum.status.${s}`) })),
    },
    { kind: 'number', name: 'year', label: t('forum.field.year') },
  ];
  return (
    <ListPage
      title={t('forum.title')}
      description={t('forum.lead')}
      intro={
        <>
          <p class="lead">{t('forum.lead')}</p>
          <ul>
            <li>
              <a href={localHref(locale, '/forum/action-plan')}>{t('forum.plan.title')}</a>
            </li>
            <li>
              <a href={localHref(locale, '/forum/action-plan?overdue=true')}>{t('forum.plan.overdueLink')}</a>
            </li>
            {p.canCreate ? (
              <li>
                <a href={localHref(locale, '/forum/new')}>{t('forum.forumForm.title')}</a>
              </li>
            ) : null}
          </ul>
          <h2 id="forums-h">{t('forum.list.title')}</h2>
        </>
      }
      filters={{ action: '/forum', fields: filters, values, errors: p.errors, submit: t('common.search') }}
      count={t('forum.list.found', { count: p.total })}
      pagination={{ page: p.page, pageSize: p.pageSize, total: p.total, basePath: '/forum', query: linkQuery }}
      footer={
        <ul>
          <li>
            <a href="/open-data/forum-recommendations.csv">{t('forum.list.recCsv')}</a>
          </li>
          <li>
            <a href="/open-data/action-plan.csv">{t('forum.list.planCsv')}</a>
          </li>
          <li>
            <a href="/api/v1/forums">{t('forum.list.api')}</a>
          </li>
        </ul>
      }
    >
      {p.rows.length ? (
        <Table
          caption={t('forum.list.caption')}
          rows={p.rows}
          rowKey={(r) => r.id}
          columns={[
            {
              header: t('forum.field.title'),
              cell: (r) => (
                <>
                  <a href={localHref(locale, `/forum/${r.id}`)}>{forumTitle(r, locale)}</a>
                  <br />
                  <span class="hint">
                    {r.kind === 'national' ? t('forum.kind.national') : regionName(r.region, locale)}
                  </span>
                </>
              ),
            },
            {
              header: t('forum.field.heldOn'),
              cell: (r) => (r.held_on ? formatDate(r.held_on, locale) : String(r.year)),
            },
            { header: t('forum.field.organiser'), cell: (r) => bodyName(r, locale) },
            { header: t('forum.list.platforms'), cell: (r) => formatNumber(r.platforms, locale), numeric: true },
            {
              header: t('forum.list.recommendations'),
              cell: (r) => formatNumber(r.recommendations, locale),
              numeric: true,
            },
            { header: t('forum.list.items'), cell: (r) => formatNumber(r.items, locale), numeric: true },
            { header: t('forum.field.status'), cell: (r) => <ForumStatusTag status={r.status} /> },
          ]}
        />
      ) : (
        <p>{t('forum.list.none')}</p>
      )}
    </ListPage>
  );
}

/** An organiser announces a forum and chooses its dialogue platforms. */
export function ForumFormPage(p: { bodies: { id: string; name: string }[] } & FormState) {
  const { t, locale } = useCtx();
  const fields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'organiserBodyId',
      label: t('forum.field.organiser'),
      required: true,
      options: p.bodies.map((b) => ({ value: b.id, label: b.name })),
    },
    {
      kind: 'select',
      name: 'kind',
      label: t('forum.field.kind'),
      required: true,
      emptyOption: t('forum.choose'),
      options: (['national', 'regional'] as const).map((k) => ({ value: k, label: t(`forum.kind.${k}`) })),
    },
    {
      kind: 'select',
      name: 'region',
      label: t('forum.field.region'),
      hint: t('forum.forumForm.regionHint'),
      emptyOption: t('forum.choose'),
      options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
    },
    { kind: 'number', name: 'year', label: t('forum.field.year'), required: true },
    { kind: 'text', name: 'titleKk', label: t('forum.field.titleKk'), required: true },
    { kind: 'text', name: 'titleRu', label: t('forum.field.titleRu'), required: true },
    { kind: 'text', name: 'titleEn', label: t('forum.field.titleEn') },
    { kind: 'textarea', name: 'description', label: t('forum.field.description') },
    { kind: 'text', name: 'heldOn', label: t('forum.field.heldOn'), hint: t('forum.field.dateHint'), width: 'medium' },
    {
      kind: 'checkboxes',
      name: 'topics',
      label: t('forum.forumForm.topics'),
      required: true,
      options: areas.map((a) => ({ value: a.code, label: a.name[locale] })),
    },
  ];
  return (
    <FormPage
      title={t('forum.forumForm.title')}
      crumbs={[[t('forum.title'), '/forum']]}
      action="/forum/new"
      fields={fields}
      values={p.values}
      errors={p.errors}
      submit={t('forum.forumForm.submit')}
    />
  );
}
