import { areas, regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { Chart } from '../../../platform/views/Chart.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { ITEM_STATUSES, itemState, type Progress } from '../domain.ts';
import { bodyName, itemTitle, regionName, topicName } from '../presenters.ts';
import type { ItemRow } from '../repository/index.ts';
import { ItemStateTag, Section } from './components.tsx';

export const PLAN_FILTERS = ['q', 'forum', 'body', 'topic', 'region', 'status', 'overdue', 'view'] as const;
export type PlanView = 'body' | 'topic' | 'region';

export interface PlanPageProps {
  values: Record<string, string>;
  errors: FieldErrors;
  rows: (ItemRow & { evidence: number })[];
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
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  const n = (x: number) => formatNumber(x, locale);
  const linkQuery = Object.fromEntries(
    PLAN_FILTERS.filter((k) => p.values[k] && !p.errors[k]).map((k) => [k, p.values[k]]),
  );
  const viewHref = (view: PlanView) => {
    const q = new URLSearchParams({ ...linkQuery, view });
    return `${localHref(locale, '/forum/action-plan')}?${q}`;
  };
  const groups = p.groups.slice(0, 25);
  return (
    <Layout
      title={t('forum.plan.title')}
      description={t('forum.plan.lead')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[[t('forum.title'), '/forum']]}
    >
      <h1>{t('forum.plan.title')}</h1>
      <p class="lead">{t('forum.plan.lead')}</p>
      <ErrorSummary errors={p.errors} order={[...PLAN_FILTERS]} />
      <div role="search" aria-label={t('forum.plan.filters')}>
        <Form action={localHref(locale, '/forum/action-plan')} method="get" class="filters">
          <TextField name="q" label={t('forum.plan.q')} value={p.values.q} error={p.errors.q} />
          <SelectField
            name="forum"
            label={t('forum.field.forum')}
            value={v('forum')}
            error={p.errors.forum}
            emptyOption={t('forum.list.any')}
            options={p.forums.map((f) => ({ value: f.id, label: f.label }))}
          />
          <SelectField
            name="body"
            label={t('forum.field.responsible')}
            value={v('body')}
            error={p.errors.body}
            emptyOption={t('forum.list.any')}
            options={p.bodies.map((b) => ({ value: b.code, label: b.label }))}
          />
          <SelectField
            name="topic"
            label={t('forum.field.topic')}
            value={v('topic')}
            error={p.errors.topic}
            emptyOption={t('forum.list.any')}
            options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
          />
          <SelectField
            name="region"
            label={t('forum.field.region')}
            value={v('region')}
            error={p.errors.region}
            emptyOption={t('forum.list.any')}
            options={[
              { value: 'national', label: t('forum.plan.national') },
              ...regions.map((r) => ({ value: r.code, label: r.name[locale] })),
            ]}
          />
          <SelectField
            name="status"
            label={t('forum.field.status')}
            value={v('status')}
            error={p.errors.status}
            emptyOption={t('forum.list.any')}
            options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`forum.itemStatus.${s}`) }))}
          />
          <SelectField
            name="overdue"
            label={t('forum.plan.overdueFilter')}
            value={v('overdue')}
            error={p.errors.overdue}
            emptyOption={t('forum.list.any')}
            options={[{ value: 'true', label: t('forum.plan.onlyOverdue') }]}
          />
          {p.values.view ? <input type="hidden" name="view" value={p.view} /> : null}
          <Button>{t('common.search')}</Button>
        </Form>
      </div>

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
        <Pagination
          page={p.page}
          pageSize={p.pageSize}
          total={p.total}
          basePath="/forum/action-plan"
          query={linkQuery}
        />
        <ul>
          <li>
            <a href="/open-data/action-plan.csv">{t('forum.list.planCsv')}</a>
          </li>
          <li>
            <a href="/api/v1/action-plan">{t('forum.plan.api')}</a>
          </li>
        </ul>
      </Section>
    </Layout>
  );
}

/** The organiser adds an item to a concluded forum's plan. */
export function ItemFormPage(p: {
  forums: { id: string; label: string }[];
  bodies: { id: string; label: string }[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : '');
  return (
    <Layout
      title={t('forum.itemForm.title')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('forum.title'), '/forum'],
        [t('forum.plan.title'), '/forum/action-plan'],
      ]}
    >
      <h1>{t('forum.itemForm.title')}</h1>
      <ErrorSummary
        errors={p.errors}
        order={['forumId', 'titleKk', 'titleRu', 'titleEn', 'topic', 'region', 'bodyId', 'deadline', 'recommendations']}
      />
      <Form action={localHref(locale, '/forum/action-plan/new')}>
        <SelectField
          name="forumId"
          label={t('forum.field.forum')}
          value={s('forumId')}
          error={p.errors.forumId}
          required
          options={p.forums.map((f) => ({ value: f.id, label: f.label }))}
        />
        <TextArea2 name="titleKk" label={t('forum.field.itemKk')} value={s('titleKk')} error={p.errors.titleKk} />
        <TextArea2 name="titleRu" label={t('forum.field.itemRu')} value={s('titleRu')} error={p.errors.titleRu} />
        <TextField name="titleEn" label={t('forum.field.itemEn')} value={s('titleEn')} error={p.errors.titleEn} />
        <SelectField
          name="topic"
          label={t('forum.field.topic')}
          value={s('topic')}
          error={p.errors.topic}
          required
          emptyOption={t('forum.choose')}
          options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
        />
        <SelectField
          name="region"
          label={t('forum.field.region')}
          hint={t('forum.itemForm.regionHint')}
          value={s('region')}
          error={p.errors.region}
          emptyOption={t('forum.plan.national')}
          options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
        />
        <SelectField
          name="bodyId"
          label={t('forum.field.responsible')}
          value={s('bodyId')}
          error={p.errors.bodyId}
          required
          emptyOption={t('forum.choose')}
          options={p.bodies.map((b) => ({ value: b.id, label: b.label }))}
        />
        <TextField
          name="deadline"
          label={t('forum.field.deadline')}
          hint={t('forum.field.dateHint')}
          value={s('deadline')}
          error={p.errors.deadline}
          width="medium"
          required
        />
        <TextField
          name="recommendations"
          label={t('forum.itemForm.recommendations')}
          hint={t('forum.itemForm.recommendationsHint')}
          value={s('recommendations')}
          error={p.errors.recommendations}
          width="medium"
          required
        />
        <Button>{t('forum.itemForm.submit')}</Button>
      </Form>
    </Layout>
  );
}

function TextArea2(props: { name: string; label: string; value: string; error?: string }) {
  return <TextField {...props} required />;
}
