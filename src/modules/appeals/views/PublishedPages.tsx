import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Pagination, SummaryList, Tag } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { answeredOnTime } from '../domain.ts';
import { prefixedBodyName, type PublishedView } from '../presenters.ts';
import { crumbsRoot } from './components.tsx';

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p, i) => <p key={i}>{p}</p>);

/** Published appeals and answers (personal data removed), newest first. */
export function PublishedListPage(p: {
  rows: PublishedView[];
  total: number;
  page: number;
  pageSize: number;
  body?: { code: string; name: string };
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={t('appeals.published.title')} crumbs={crumbsRoot(t)}>
      <h1>{t('appeals.published.title')}</h1>
      <p class="lead">{p.body ? p.body.name : t('appeals.published.lead')}</p>
      <h2>{t('appeals.published.count', { count: p.total })}</h2>
      <ul class="result-list">
        {p.rows.map((r) => (
          <li class="result" key={r.number}>
            <h3>
              <a href={localHref(locale, `/appeals/published/${r.number}`)} lang={r.lang}>
                {r.public_subject}
              </a>
            </h3>
            <p>
              {r.number} · {t(`appeals.kind.${r.kind}`)} · {prefixedBodyName(r, locale)} ·{' '}
              {formatDate(r.answered_on, locale)}
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={p.page}
        pageSize={p.pageSize}
        total={p.total}
        basePath="/appeals/published"
        query={{ body: p.body?.code }}
      />
    </Layout>
  );
}

export function PublishedPage({ r }: { r: PublishedView }) {
  const { t, locale } = useCtx();
  const onTime = answeredOnTime(r);
  return (
    <Layout
      title={r.public_subject ?? r.number}
      crumbs={[...crumbsRoot(t), [t('appeals.published.title'), '/appeals/published']]}
    >
      <h1 lang={r.lang}>{r.public_subject}</h1>
      <SummaryList
        rows={[
          [t('appeals.field.number'), r.number],
          [t('appeals.field.kind'), t(`appeals.kind.${r.kind}`)],
          [
            t('appeals.field.body'),
            <a href={localHref(locale, `/appeals/bodies/${r.body_code}`)}>{prefixedBodyName(r, locale)}</a>,
          ],
          [t('appeals.field.registered'), formatDate(r.registered_on, locale)],
          [t('appeals.field.due'), formatDate(r.due_on, locale)],
          [
            t('appeals.field.answered'),
            <>
              {formatDate(r.answered_on, locale)}{' '}
              <Tag tone={onTime ? 'green' : 'red'}>
                {t(onTime ? 'appeals.deadline.onTime' : 'appeals.deadline.late')}
              </Tag>
            </>,
          ],
          [t('appeals.appeal.rating'), r.rating === null ? '—' : t('appeals.appeal.ratingValue', { rating: r.rating })],
        ]}
      />
      <h2>{t('appeals.published.appeal')}</h2>
      <div lang={r.lang}>{paragraphs(r.public_body ?? '')}</div>
      <h2>{t('appeals.appeal.answer')}</h2>
      <div>{paragraphs(r.public_answer ?? '')}</div>
    </Layout>
  );
}
