import { formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/Layout.tsx';

/** The reception's front page: what it is, the deadlines, and where to go. */
export function HomePage(p: {
  answerDays: number;
  redirectDays: number;
  year: number;
  totals: { received: number; answeredOnTime: number; overdue: number };
  isOfficial: boolean;
}) {
  const { t, locale, actor } = useCtx();
  const link = (path: string, label: string) => <a href={localHref(locale, path)}>{label}</a>;
  return (
    <Layout title={t('appeals.home.title')} description={t('appeals.home.lead')}>
      <h1>{t('appeals.home.title')}</h1>
      <p class="lead">{t('appeals.home.lead')}</p>
      <p>{t('appeals.home.deadlines', { answer: p.answerDays, redirect: p.redirectDays })}</p>
      <p>
        <a class="button" href={localHref(locale, '/appeals/new')}>
          {t('appeals.home.write')}
        </a>
      </p>
      <ul class="cards">
        {actor ? (
          <li class="card">
            <h2>{link('/appeals/mine', t('appeals.mine.title'))}</h2>
            <p>{t('appeals.home.mineText')}</p>
          </li>
        ) : null}
        {p.isOfficial ? (
          <li class="card">
            <h2>{link('/appeals/queue', t('appeals.queue.title'))}</h2>
            <p>{t('appeals.home.queueText')}</p>
          </li>
        ) : null}
        <li class="card">
          <h2>{link('/appeals/bodies', t('appeals.bodies.title'))}</h2>
          <p>
            {t('appeals.home.bodiesText', {
              year: p.year,
              received: formatNumber(p.totals.received, locale),
              onTime: formatNumber(p.totals.answeredOnTime, locale),
              overdue: formatNumber(p.totals.overdue, locale),
            })}
          </p>
        </li>
        <li class="card">
          <h2>{link('/appeals/published', t('appeals.published.title'))}</h2>
          <p>{t('appeals.home.publishedText')}</p>
        </li>
      </ul>
    </Layout>
  );
}
