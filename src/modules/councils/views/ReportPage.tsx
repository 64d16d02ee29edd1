/** A monitoring report and the body's answer. */
import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList } from '../../../platform/views/data.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { councilName } from '../presenters.ts';
import type { CouncilView, DocumentView, ReportView } from '../presenters/views.ts';
import { CouncilsTag, Documents } from './components.tsx';

export function ReportPage(p: {
  council: CouncilView;
  report: ReportView;
  documents: DocumentView[];
  canAnswer: boolean;
}) {
  const { t, locale } = useCtx();
  const r = p.report;
  return (
    <Layout
      title={r.title}
      crumbs={[
        [t('councils.list.title'), '/councils'],
        [councilName(p.council, locale), `/councils/${p.council.id}`],
      ]}
    >
      <h1>{r.title}</h1>
      <p class="tags">
        <CouncilsTag status={r.status} />
      </p>
      <SummaryList
        rows={[
          [t('councils.report.author'), `${r.author_name} (${t(`councils.report.kind.${r.author_kind}`)})`],
          [t('councils.report.publishedAt'), formatDate(r.published_at, locale)],
          [
            t('councils.selection.council'),
            <a href={localHref(locale, `/councils/${p.council.id}`)}>{councilName(p.council, locale)}</a>,
          ],
        ]}
      />
      <section aria-labelledby="findings-title">
        <h2 id="findings-title">{t('councils.report.findings')}</h2>
        <p style="white-space: pre-line">{r.findings}</p>
        <Documents docs={p.documents} label={t('councils.documents')} />
      </section>
      <section aria-labelledby="answer-title">
        <h2 id="answer-title">{t('councils.report.answer')}</h2>
        {r.body_answer ? (
          <p style="white-space: pre-line">
            {r.body_answer} <span class="hint">({formatDate(r.answered_at, locale)})</span>
          </p>
        ) : (
          <p>{t('councils.report.awaiting')}</p>
        )}
        {p.canAnswer ? (
          <p>
            <a href={localHref(locale, `/councils/reports/${r.id}/answer`)}>{t('councils.report.answerLink')}</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
