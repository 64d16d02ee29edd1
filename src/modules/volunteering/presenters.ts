/** Rows → API JSON and view models. */
import type { Locale } from '../../platform/i18n/index.ts';
import { campaignPhase, progressPercent, reportDueOn, reportOverdue } from './domain.ts';
import type { CampaignWithOrg, OpportunityWithOrganizer } from './lookups.ts';

export function nameIn(n: { kk: string; ru: string; en: string | null }, locale: Locale): string {
  return (locale === 'en' ? n.en : locale === 'ru' ? n.ru : n.kk) || n.kk || n.ru;
}

export const orgNameOf = (
  r: { org_name_kk: string; org_name_ru: string; org_name_en: string | null },
  locale: Locale,
) => nameIn({ kk: r.org_name_kk, ru: r.org_name_ru, en: r.org_name_en }, locale);

export function opportunityJson(o: OpportunityWithOrganizer, taken: number) {
  return {
    id: o.id,
    title: o.title,
    description: o.description,
    organizer: {
      type: o.organizer_type,
      id: o.organizer_id,
      name: { kk: o.org_name_kk, ru: o.org_name_ru, en: o.org_name_en },
    },
    area: o.area,
    online: o.online,
    region: o.region,
    settlement: o.settlement,
    startsOn: o.starts_on,
    endsOn: o.ends_on,
    places: o.places,
    placesTaken: taken,
    skills: o.skills,
    minAge: o.min_age,
    maxAge: o.max_age,
    status: o.status,
    url: `/kk/volunteering/${o.id}`,
  };
}

export function campaignJson(c: CampaignWithOrg, today: string) {
  return {
    id: c.id,
    title: c.title,
    purpose: c.purpose,
    organization: { bin: c.bin, name: { kk: c.org_name_kk, ru: c.org_name_ru, en: c.org_name_en } },
    area: c.area,
    region: c.region,
    goalTiyn: Number(c.goal_tiyn),
    raisedTiyn: Number(c.raised_tiyn),
    donors: Number(c.donors),
    progressPercent: progressPercent(Number(c.raised_tiyn), Number(c.goal_tiyn)),
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    account: { iban: c.account_iban, bank: c.bank },
    phase: campaignPhase(c, today),
    reportDueOn: reportDueOn(c),
    reportOverdue: reportOverdue(c, today),
    report:
      c.status === 'reported' && c.report_published_at
        ? {
            text: c.report_text ?? '',
            spentTiyn: Number(c.report_spent_tiyn ?? 0),
            publishedAt: new Date(c.report_published_at).toISOString(),
          }
        : null,
    url: `/kk/charity/${c.id}`,
  };
}
