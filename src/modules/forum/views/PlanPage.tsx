import { areas, regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { FormPage, ListPage, Section, type FieldSpec, type FormState } from '../../../platform/kit/index.ts';
import { Chart } from '../../../platform/views/Chart.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import type { FieldErrors } from '../../../platform/views/forms.tsx';
import { ITEM_STATUSES, itemState, type Progress } from '../domain.ts';
import { bodyName, itemTitle, regionName, topicName, type ItemListItem } from '../presenters.ts';
import { ItemStateTag } from './components.tsx';

export const PLAN_FILTERS = ['q', 'forum', 'body', 'topic', 'region', 'status', 'overdue', 'view'] as const;
export type PlanView = 'body' | 'topic' | 'region';

export interface PlanPageProps {
  values: Record<string, string>;
  errors: FieldErrors;
  rows: ItemListItem[];
  total: number;
  page: number;
  pageSize: number;
  progress: Progress;
  view: PlanView;
  groups: { key: string; label: string; progress: Progress }[];
  forums: { id: string; label: string }[];
  bodies: { code: string; label: string }[];
  canCreate: boolean;
  now: Date;
}

/** The action plan, readable by body, by topic and by region, with progress charts; overdue items flagged. */
export function PlanPage(p: PlanPageProps) {
  const { t, locale } = useCtx();
  const n = (x: number) => formatNumber(x, locale);
  // A choice that did not parse is shown unselected; typed text is shown as typed.
  const values = Object.fromEntries(Object.entries(p.values).filter(([k]) => !p.errors[k] || k === 'q'));
  const linkQuery = Object.fromEntries(
    PLAN_FILTERS.filter((k) => p.values[k] && !p.errors[k]).map((k) => [k, p.values[k]]),
  );
  const viewHref = (view: PlanView) => {
    const q = new URLSearchParams({ ...linkQuery, view });
    return `${localHref(locale, '/forum/action-plan')}?${q}`;
  };
  const groups = p.groups.slice(0, 25);
  const any = t('forum.list.any');
  const filters: FieldSpec[] = [
    { kind: 'text', name: 'q', label: t('forum.plan.q') },
    {
      kind: 'select',
      name: 'forum',
      label: t('forum.field.forum'),
      emptyOption: any,
      options: p.forums.map((f) => ({ value: f.id, label: f.label })),
    },
    {
      kind: 'select',
      name: 'body',
      label: t('forum.field.responsible'),
      emptyOption: any,
      options: p.bodies.map((b) => ({ value: b.code, label: b.label })),
    },
    {
      kind: 'select',
      name: 'topic',
      label: t('forum.field.topic'),
      emptyOption: any,
      options: areas.map((a) => ({ value: a.code, label: a.name[locale] })),
    },
    {
      kind: 'select',
      name: 'region',
      label: t('forum.field.region'),
      emptyOption: any,
      options: [
        { value: 'national', label: t('forum.plan.national') },
        ...regions.map((r) => ({ value: r.code, label: r.name[locale] })),
      ],
    },
    {
      kind: 'select',
      name: 'status',
      label: t('forum.field.status'),
      emptyOption: any,
      options: ITEM_STATUSES.map((s) => ({ value: s, label: t(`forum.itemStatus.${s}`) })),
    },
    {
      kind: 'select',
      name: 'overdue',
      label: t('forum.plan.overdueFilter'),
      emptyOption: any,
      options: [{ value: 'true', label: t('forum.plan.onlyOverdue') }],
    },
  ];
  return (
    <ListPage
      title={t('forum.plan.title')}
      description={t('forum.plan.lead')}
      crumbs={[[t('forum.title'), '/forum']]}
      intro={<p class="lead">{t('forum.plan.lead')}</p>}
      filters={{
        action: '/forum/action-plan',
        fields: filters,
        values,
        errors: p.errors,
        submit: t('common.search'),
        hidden: p.values.view ? { view: p.view } : {},
      }}
      pagination={{
        page: p.page,
        pageSize: p.pageSize,
        total: p.total,
        basePath: '/forum/action-plan',
        query: linkQuery,
      }}
      footer={
        <ul>
          <li>
            <a href="/open-data/action-plan.csv">{t('forum.list.planCsv')}</a>
          </li>
          <li>
            <a href="/api/v1/action-plan">{t('forum.plan.api')}</a>
          </li>
        </ul>
      }
    >
      <Section id="progress" title={t('forum.plan.progress')}>
        <p>
          {t('forum.plan.summary', {
            total: n(p.progress.total),
            done: n(p.progress.done),
            overdue: n(p.progress.overdue),
          })}
        </p>
        <nav aria-label={t('forum.plan.views')}>
          <ul class="button-row">
            {(['body', 'topic', 'region'] as const).map((view) => (
              <li key={view}>
                {view === p.view ? (
                  <strong aria-current="true">{t(`forum.plan.by.${view}`)}</strong>
                ) : (
                  <a href={viewHref(view)}>{t(`forum.plan.by.${view}`)}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
        {groups.length ? (
          <>
            <Chart
              label={t('forum.plan.chart', { by: t(`forum.plan.by.${p.view}`) })}
              categories={groups.map((g) => g.label)}
              series={[
                { name: t('forum.itemState.done'), values: groups.map((g) => g.progress.done) },
                {
                  name: t('forum.itemStatus.in_progress'),
                  values: groups.map((g) => g.progress.inProgress + g.progress.planned),
                },
                { name: t('forum.itemState.overdue'), values: groups.map((g) => g.progress.overdue) },
              ]}
              horizontal
            />
            <Table
              caption={t('forum.plan.progressCaption', { by: t(`forum.plan.by.${p.view}`) })}
              rows={groups}
              rowKey={(g) => g.key}
              columns={[
                { header: t(`forum.plan.col.${p.view}`), cell: (g) => g.label },
                { header: t('forum.plan.col.total'), cell: (g) => n(g.progress.total), numeric: true },
                { header: t('forum.itemState.done'), cell: (g) => n(g.progress.done), numeric: true },
                { header: t('forum.itemStatus.in_progress'), cell: (g) => n(g.progress.inProgress), numeric: true },
                { header: t('forum.itemStatus.planned'), cell: (g) => n(g.progress.planned), numeric: true },
                { header: t('forum.itemState.overdue'), cell: (g) => n(g.progress.overdue), numeric: true },
                { header: t('forum.itemStatus.cancelled'), cell: (g) => n(g.progress.cancelled), numeric: true },
              ]}
            />
          </>
        ) : null}
      </Section>

      <Section id="items" title={t('forum.plan.found', { count: p.total })}>
        {p.canCreate ? (
          <p>
            <a href={localHref(locale, '/forum/action-plan/new')}>{t('forum.itemForm.title')}</a>
          </p>
        ) : null}
        {p.rows.length ? (
          <Table
            caption={t('forum.plan.caption')}
            rows={p.rows}
            rowKey={(i) => i.id}
            columns={[
              { header: t('forum.field.number'), cell: (i) => String(i.number), numeric: true },
              {
                header: t('forum.field.item'),
                cell: (i) => (
                  <>
                    <a href={localHref(locale, `/forum/action-plan/${i.id}`)}>{itemTitle(i, locale)}</a>
                    <br />
                    <span class="hint">
                      {topicName(i.topic, locale)}
                      {i.region ? ` · ${regionName(i.region, locale)}` : ''}
                    </span>
                  </>
                ),
              },
              { header: t('forum.field.responsible'), cell: (i) => bodyName(i, locale) },
              { header: t('forum.field.deadline'), cell: (i) => formatDate(i.deadline, locale) },
              { header: t('forum.field.status'), cell: (i) => <ItemStateTag state={itemState(i, p.now)} /> },
              { header: t('forum.field.evidence'), cell: (i) => n(i.evidence), numeric: true },
            ]}
          />
        ) : (
          <p>{t('forum.plan.none')}</p>
        )}
      </Section>
    </ListPage>
  );
}

/** The organiser adds an item to a concluded forum's plan. */
export function ItemFormPage(
  p: { forums: { id: string; label: string }[]; bodies: { id: string; label: string }[] } & FormState,
) {
  const { t, locale } = useCtx();
  const fields: FieldSpec[] = [
    {
      kind: 'select',
      name: 'forumId',
      label: t('forum.field.forum'),
      required: true,
      options: p.forums.map((f) => ({ value: f.id, label: f.label })),
    },
    { kind: 'text', name: 'titleKk', label: t('forum.field.itemKk'), required: true },
    { kind: 'text', name: 'titleRu', label: t('forum.field.itemRu'), required: true },
    { kind: 'text', name: 'titleEn', label: t('forum.field.itemEn') },
    {
      kind: 'select',
      name: 'topic',
      label: t('forum.field.topic'),
      required: true,
      emptyOption: t('forum.choose'),
      options: areas.map((a) => ({ value: a.code, label: a.name[locale] })),
    },
    {
      kind: 'select',
      name: 'region',
      label: t('forum.field.region'),
      hint: t('forum.itemForm.regionHint'),
      emptyOption: t('forum.plan.national'),
      options: regions.map((r) => ({ value: r.code, label: r.name[locale] })),
    },
    {
      kind: 'select',
      name: 'bodyId',
      label: t('forum.field.responsible'),
      required: true,
      emptyOption: t('forum.choose'),
      options: p.bodies.map((b) => ({ value: b.id, label: b.label })),
    },
    {
      kind: 'text',
      name: 'deadline',
      label: t('forum.field.deadline'),
      hint: t('forum.field.dateHint'),
      width: 'medium',
      required: true,
    },
    {
      kind: 'text',
      name: 'recommendations',
      label: t('forum.itemForm.recommendations'),
      hint: t('forum.itemForm.recommendationsHint'),
      width: 'medium',
      required: true,
    },
  ];
  return (
    <FormPage
      title={t('forum.itemForm.title')}
      crumbs={[
        [t('forum.title'), '/forum'],
        [t('forum.plan.title'), '/forum/action-plan'],
      ]}
      action="/forum/action-plan/new"
      fields={fields}
      values={p.values}
      errors={p.errors}
      submit={t('forum.itemForm.submit')}
    />
  );
}
