import { areas, regions } from '../../../reference/index.ts';
import { formatDate, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, Table } from '../../../platform/views/data.tsx';
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { FORUM_STATUSES } from '../domain.ts';
import { bodyName, forumTitle, regionName } from '../presenters.ts';
import type { searchForums } from '../repository/index.ts';
import { ForumStatusTag, Section } from './components.tsx';

type Row = Awaited<ReturnType<typeof searchForums>>['rows'][number];
export const FORUM_FILTERS = ['q', 'kind', 'region', 'status', 'year'] as const;

/** Forums, national and regional, with filters; the way to the action plan. */
export function ForumsPage(p: {
  values: Record<string, string>;
  errors: FieldErrors;
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
}) {
  const { t, locale } = useCtx();
  const v = (k: string) => (p.errors[k] ? undefined : p.values[k]);
  const linkQuery = Object.fromEntries(
    FORUM_FILTERS.filter((k) => p.values[k] && !p.errors[k]).map((k) => [k, p.values[k]]),
  );
  return (
    <Layout title={t('forum.title')} description={t('forum.lead')} hasErrors={Object.keys(p.errors).length > 0}>
      <h1>{t('forum.title')}</h1>
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
      <Section id="forums" title={t('forum.list.title')}>
        <ErrorSummary errors={p.errors} order={[...FORUM_FILTERS]} />
        <div role="search" aria-label={t('forum.list.filters')}>
          <Form action={localHref(locale, '/forum')} method="get" class="filters">
            <TextField name="q" label={t('forum.list.q')} value={p.values.q} error={p.errors.q} />
            <SelectField
              name="kind"
              label={t('forum.field.kind')}
              value={v('kind')}
              error={p.errors.kind}
              emptyOption={t('forum.list.any')}
              options={(['national', 'regional'] as const).map((k) => ({ value: k, label: t(`forum.kind.${k}`) }))}
            />
            <SelectField
              name="region"
              label={t('forum.field.region')}
              value={v('region')}
              error={p.errors.region}
              emptyOption={t('forum.list.allRegions')}
              options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
            />
            <SelectField
              name="status"
              label={t('forum.field.status')}
              value={v('status')}
              error={p.errors.status}
              emptyOption={t('forum.list.any')}
              options={FORUM_STATUSES.map((s) => ({ value: s, label: t(`forum.status.${s}`) }))}
            />
            <TextField
              name="year"
              label={t('forum.field.year')}
              value={p.values.year}
              error={p.errors.year}
              width="short"
              inputmode="numeric"
            />
            <Button>{t('common.search')}</Button>
          </Form>
        </div>
        <h3>{t('forum.list.found', { count: p.total })}</h3>
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
        <Pagination page={p.page} pageSize={p.pageSize} total={p.total} basePath="/forum" query={linkQuery} />
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
      </Section>
    </Layout>
  );
}

/** An organiser announces a forum and chooses its dialogue platforms. */
export function ForumFormPage(p: { bodies: { id: string; name: string }[]; values: FormValues; errors: FieldErrors }) {
  const { t, locale } = useCtx();
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : '');
  const topics = Array.isArray(p.values.topics) ? p.values.topics : p.values.topics ? [p.values.topics as string] : [];
  return (
    <Layout
      title={t('forum.forumForm.title')}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[[t('forum.title'), '/forum']]}
    >
      <h1>{t('forum.forumForm.title')}</h1>
      <ErrorSummary
        errors={p.errors}
        order={[
          'organiserBodyId',
          'kind',
          'region',
          'year',
          'titleKk',
          'titleRu',
          'titleEn',
          'description',
          'heldOn',
          'topics',
        ]}
      />
      <Form action={localHref(locale, '/forum/new')}>
        <SelectField
          name="organiserBodyId"
          label={t('forum.field.organiser')}
          value={s('organiserBodyId')}
          error={p.errors.organiserBodyId}
          required
          options={p.bodies.map((b) => ({ value: b.id, label: b.name }))}
        />
        <SelectField
          name="kind"
          label={t('forum.field.kind')}
          value={s('kind')}
          error={p.errors.kind}
          required
          emptyOption={t('forum.choose')}
          options={(['national', 'regional'] as const).map((k) => ({ value: k, label: t(`forum.kind.${k}`) }))}
        />
        <SelectField
          name="region"
          label={t('forum.field.region')}
          hint={t('forum.forumForm.regionHint')}
          value={s('region')}
          error={p.errors.region}
          emptyOption={t('forum.choose')}
          options={regions.map((r) => ({ value: r.code, label: r.name[locale] }))}
        />
        <TextField
          name="year"
          label={t('forum.field.year')}
          value={s('year')}
          error={p.errors.year}
          width="short"
          inputmode="numeric"
          required
        />
        <TextField
          name="titleKk"
          label={t('forum.field.titleKk')}
          value={s('titleKk')}
          error={p.errors.titleKk}
          required
        />
        <TextField
          name="titleRu"
          label={t('forum.field.titleRu')}
          value={s('titleRu')}
          error={p.errors.titleRu}
          required
        />
        <TextField name="titleEn" label={t('forum.field.titleEn')} value={s('titleEn')} error={p.errors.titleEn} />
        <TextArea
          name="description"
          label={t('forum.field.description')}
          value={s('description')}
          error={p.errors.description}
        />
        <TextField
          name="heldOn"
          label={t('forum.field.heldOn')}
          hint={t('forum.field.dateHint')}
          value={s('heldOn')}
          error={p.errors.heldOn}
          width="medium"
        />
        <CheckboxGroup
          name="topics"
          label={t('forum.forumForm.topics')}
          values={topics}
          error={p.errors.topics}
          required
          options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
        />
        <Button>{t('forum.forumForm.submit')}</Button>
      </Form>
    </Layout>
  );
}
