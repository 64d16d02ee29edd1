/**
 * What volunteering and charity add to an NGO's rating (registered with the registry's
 * addRatingInputProvider): confirmed volunteer hours of the last twelve months, and whether the
 * organisation reports on its finished campaigns. Only organisations that use the module get an input,
 * so the others' ratings do not change.
 */
import { almatyDate } from '../../reference/index.ts';
import type { RatingInput, ProfileNotice } from '../registry/index.ts';
import {
  hoursFromTenths,
  RATING_FULL_HOURS,
  RATING_WEIGHT_CHARITY_REPORTS,
  RATING_WEIGHT_VOLUNTEERING,
  reportDueOn,
  reportOverdue,
} from './domain.ts';
import { confirmedTenthsByBin, endedCampaignsOf, organizationsThatPosted } from './repository/index.ts';
import type { Db } from '../../platform/db/schema.ts';

const YEAR = 365 * 86_400_000;

/**
 * Campaigns of an organisation that ended more than REPORT_DUE_WORKING_DAYS working days ago without a
 * published report (judged at `at`, on the Almaty date).
 * @example await campaignsWithoutReport(db, '120640933475') // [{ id, title, endsOn, reportDueOn }]
 */
export async function campaignsWithoutReport(db: Db, bin: string, at: Date = new Date()) {
  const today = almatyDate(at);
  const rows = await endedCampaignsOf(db, [bin], today);
  return rows
    .filter((c) => reportOverdue(c, today))
    .map((c) => ({ id: c.id, title: c.title, endsOn: c.ends_on, reportDueOn: reportDueOn(c) }));
}

export async function volunteeringRatingInputs(db: Db, bins: string[], at: Date): Promise<Map<string, RatingInput[]>> {
  const out = new Map<string, RatingInput[]>();
  if (!bins.length) return out;
  const today = almatyDate(at);
  const [posted, tenths, ended] = await Promise.all([
    organizationsThatPosted(db, bins),
    confirmedTenthsByBin(db, bins, new Date(at.getTime() - YEAR)),
    endedCampaignsOf(db, bins, today),
  ]);
  const add = (bin: string, i: RatingInput) => out.set(bin, [...(out.get(bin) ?? []), i]);
  for (const bin of posted) {
    const hours = hoursFromTenths(tenths.get(bin) ?? 0);
    add(bin, {
      key: 'volunteering',
      label: 'volunteering.rating.input.hours',
      weight: RATING_WEIGHT_VOLUNTEERING,
      source: 'volunteering.rating.source.hours',
      value: Math.min(1, hours / RATING_FULL_HOURS),
      detail: { key: 'volunteering.rating.detail.hours', params: { hours, full: RATING_FULL_HOURS } },
    });
  }
  const judged = new Map<string, { reported: number; overdue: number }>();
  for (const c of ended) {
    const j = judged.get(c.bin) ?? { reported: 0, overdue: 0 };
    if (c.status === 'reported') j.reported++;
    else if (reportOverdue(c, today)) j.overdue++;
    else continue;
    judged.set(c.bin, j);
  }
  for (const [bin, j] of judged) {
    add(bin, {
      key: 'charityReports',
      label: 'volunteering.rating.input.charity',
      weight: RATING_WEIGHT_CHARITY_REPORTS,
      source: 'volunteering.rating.source.charity',
      value: j.reported / (j.reported + j.overdue),
      detail: {
        key: j.overdue ? 'volunteering.rating.detail.charityOverdue' : 'volunteering.rating.detail.charity',
        params: { reported: j.reported, overdue: j.overdue },
      },
    });
  }
  return out;
}

/** The registry profile's warning: campaigns of the organisation whose spending report is overdue. */
export async function campaignReportNotices(db: Db, bin: string, at: Date): Promise<ProfileNotice[]> {
  const overdue = await campaignsWithoutReport(db, bin, at);
  if (!overdue.length) return [];
  return [
    {
      messageKey: 'volunteering.charity.profileNotice',
      params: { count: overdue.length },
      href: `/charity?bin=${bin}`,
      linkKey: 'volunteering.charity.profileNoticeLink',
    },
  ];
}
