import { formatDate, formatMoney, formatNumber } from '../../../platform/i18n/index.ts';
import { ActionForm, DetailPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { campaignPhase, reportDueOn, reportOverdue, REPORT_DUE_WORKING_DAYS } from '../domain.ts';
import { orgNameOf, type CampaignView, type DonationView, type ReportFileView } from '../presenters.ts';
import { areaName, PhaseTag, Progress, regionName } from './components.tsx';

export interface CampaignPageProps {
  c: CampaignView;
  today: string;
  donations: DonationView[];
  files: ReportFileView[];
  can: { donate: boolean; close: boolean; report: boolean };
}

const paragraphs = (text: string) => text.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>);

/** One campaign: purpose, goal and progress, the account, donations (anonymous ones unnamed), the report or its absence. */
export function CampaignPage(p: CampaignPageProps) {
  const { t, locale } = useCtx();
  const c = p.c;
  const phase = campaignPhase(c, p.today);
  const overdue = reportOverdue(c, p.today);
  return (
    <DetailPage
      title={c.title}
      crumbs={[[t('volunteering.charity.title'), '/charity']]}
      tags={<PhaseTag phase={phase} />}
      summary={[
        [
          t('volunteering.field.organization'),
          <a href={localHref(locale, `/registry/${c.bin}`)}>{orgNameOf(c, locale)}</a>,
        ],
        [t('volunteering.field.region'), regionName(c.region, locale)],
        [t('volunteering.field.area'), areaName(c.area, locale)],
        [t('volunteering.field.period'), `${formatDate(c.starts_on, locale)} — ${formatDate(c.ends_on, locale)}`],
        [t('volunteering.field.goal'), formatMoney(c.goal_tiyn, locale)],
        [
          t('volunteering.field.raised'),
          `${formatMoney(c.raised_tiyn, locale)} (${t('volunteering.charity.donors', { count: c.donors })})`,
        ],
        [
          t('volunteering.field.account'),
          <>
            <span class="nowrap">{c.account_iban}</span>
            {c.bank ? `, ${c.bank}` : ''}
          </>,
        ],
      ]}
      actions={
        <>
          {overdue ? (
            <p class="warning" id="no-report">
              <strong>
                {t('volunteering.charity.noReportFlag', {
                  date: formatDate(reportDueOn(c), locale),
                  days: REPORT_DUE_WORKING_DAYS,
                })}
              </strong>
            </p>
          ) : null}
          <Progress raised={c.raised_tiyn} goal={c.goal_tiyn} />
          {p.can.donate ? (
            <p>
              <a class="button" href={localHref(locale, `/charity/${c.id}/donate`)}>
                {t('volunteering.charity.donate')}
              </a>
            </p>
          ) : null}
        </>
      }
      sections={[
        { id: 'purpose', title: t('volunteering.field.purpose'), body: paragraphs(c.purpose) },
        {
          id: 'report',
          title: t('volunteering.charity.report'),
          body: (
            <>
              {c.status === 'reported' ? (
                <>
                  <p>
                    {t('volunteering.charity.reportPublished', { date: formatDate(c.report_published_at, locale) })}
                  </p>
                  <SummaryList
                    rows={[
                      [t('volunteering.field.goal'), formatMoney(c.goal_tiyn, locale)],
                      [t('volunteering.field.raised'), formatMoney(c.raised_tiyn, locale)],
                      [t('volunteering.field.spent'), formatMoney(Number(c.report_spent_tiyn ?? 0), locale)],
                    ]}
                  />
                  {paragraphs(c.report_text ?? '')}
                  {p.files.length ? (
                    <ul>
                      {p.files.map((f) => (
                        <li key={f.id}>
                          <a href={localHref(locale, `/charity/${c.id}/documents/${f.id}`)}>{f.original_name}</a> (
                          {formatNumber(Math.ceil(f.size_bytes / 1024), locale)} KB)
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </>
              ) : (
                <p>
                  {phase === 'ended'
                    ? t('volunteering.charity.reportDue', { date: formatDate(reportDueOn(c), locale) })
                    : t('volunteering.charity.reportAfter', { days: REPORT_DUE_WORKING_DAYS })}
                </p>
              )}
              {p.can.report ? (
                <p>
                  <a href={localHref(locale, `/charity/${c.id}/report`)}>{t('volunteering.charity.publishReport')}</a>
                </p>
              ) : null}
              {p.can.close ? (
                <ActionForm
                  action={`/charity/${c.id}/close`}
                  label={t('volunteering.charity.close')}
                  hidden={{ version: c.version }}
                  variant="secondary"
                />
              ) : null}
            </>
          ),
        },
        {
          id: 'donations',
          title: t('volunteering.charity.donations'),
          body: p.donations.length ? (
            <Table
              caption={t('volunteering.charity.latestDonations')}
              rows={p.donations}
              rowKey={(d) => d.id}
              columns={[
                {
                  header: t('volunteering.col.donor'),
                  cell: (d) => d.donorName ?? t('volunteering.charity.anonymous'),
                },
                { header: t('volunteering.col.date'), cell: (d) => formatDate(d.confirmedAt, locale) },
                { header: t('volunteering.col.amount'), cell: (d) => formatMoney(d.amountTiyn, locale), numeric: true },
              ]}
            />
          ) : (
            <p>{t('volunteering.charity.noDonations')}</p>
          ),
        },
      ]}
    />
  );
}
