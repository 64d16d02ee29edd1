import { formatDate, formatMoney, formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form } from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { campaignPhase, reportDueOn, reportOverdue, REPORT_DUE_WORKING_DAYS } from '../domain.ts';
import { orgNameOf } from '../presenters.ts';
import type { donationsOf, reportFilesOf } from '../repository/index.ts';
import type { CampaignWithOrg } from '../lookups.ts';
import { areaName, PhaseTag, Progress, regionName, Section } from './components.tsx';

export interface CampaignPageProps {
  c: CampaignWithOrg;
  today: string;
  donations: Awaited<ReturnType<typeof donationsOf>>;
  files: Awaited<ReturnType<typeof reportFilesOf>>;
  can: { donate: boolean; close: boolean; report: boolean };
}

/** One campaign: purpose, goal and progress, the account, donations (anonymous ones unnamed), the report or its absence. */
export function CampaignPage(p: CampaignPageProps) {
  const { t, locale } = useCtx();
  const c = p.c;
  const phase = campaignPhase(c, p.today);
  const overdue = reportOverdue(c, p.today);
  return (
    <Layout title={c.title} crumbs={[[t('volunteering.charity.title'), '/charity']]}>
      <h1>{c.title}</h1>
      <p class="tags">
        <PhaseTag phase={phase} />
      </p>
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
      <Progress raised={Number(c.raised_tiyn)} goal={Number(c.goal_tiyn)} />
      {p.can.donate ? (
        <p>
          <a class="button" href={localHref(locale, `/charity/${c.id}/donate`)}>
            {t('volunteering.charity.donate')}
          </a>
        </p>
      ) : null}
      <SummaryList
        rows={[
          [
            t('volunteering.field.organization'),
            <a href={localHref(locale, `/registry/${c.bin}`)}>{orgNameOf(c, locale)}</a>,
          ],
          [t('volunteering.field.region'), regionName(c.region, locale)],
          [t('volunteering.field.area'), areaName(c.area, locale)],
          [t('volunteering.field.period'), `${formatDate(c.starts_on, locale)} — ${formatDate(c.ends_on, locale)}`],
          [t('volunteering.field.goal'), formatMoney(Number(c.goal_tiyn), locale)],
          [
            t('volunteering.field.raised'),
            `${formatMoney(Number(c.raised_tiyn), locale)} (${t('volunteering.charity.donors', { count: Number(c.donors) })})`,
          ],
          [
            t('volunteering.field.account'),
            <>
              <span class="nowrap">{c.account_iban}</span>
              {c.bank ? `, ${c.bank}` : ''}
            </>,
          ],
        ]}
      />
      <Section id="purpose" title={t('volunteering.field.purpose')}>
        {c.purpose.split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </Section>

      <Section id="report" title={t('volunteering.charity.report')}>
        {c.status === 'reported' ? (
          <>
            <p>{t('volunteering.charity.reportPublished', { date: formatDate(c.report_published_at, locale) })}</p>
            <SummaryList
              rows={[
                [t('volunteering.field.goal'), formatMoney(Number(c.goal_tiyn), locale)],
                [t('volunteering.field.raised'), formatMoney(Number(c.raised_tiyn), locale)],
                [t('volunteering.field.spent'), formatMoney(Number(c.report_spent_tiyn ?? 0), locale)],
              ]}
            />
            {(c.report_text ?? '').split(/\n{2,}/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
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
          <Form action={localHref(locale, `/charity/${c.id}/close`)}>
            <input type="hidden" name="version" value={String(c.version)} />
            <Button variant="secondary">{t('volunteering.charity.close')}</Button>
          </Form>
        ) : null}
      </Section>

      <Section id="donations" title={t('volunteering.charity.donations')}>
        {p.donations.length ? (
          <Table
            caption={t('volunteering.charity.latestDonations')}
            rows={p.donations}
            rowKey={(d) => d.id}
            columns={[
              {
                header: t('volunteering.col.donor'),
                cell: (d) => (d.anonymous || !d.donor_name ? t('volunteering.charity.anonymous') : d.donor_name),
              },
              { header: t('volunteering.col.date'), cell: (d) => formatDate(d.confirmed_at, locale) },
              {
                header: t('volunteering.col.amount'),
                cell: (d) => formatMoney(Number(d.amount_tiyn), locale),
                numeric: true,
              },
            ]}
          />
        ) : (
          <p>{t('volunteering.charity.noDonations')}</p>
        )}
      </Section>
    </Layout>
  );
}
