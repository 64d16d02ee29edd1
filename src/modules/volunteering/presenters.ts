/**
 * Rows → API JSON and view models. Pages are given these (whitelisted fields, the organiser's
 * names), never repository rows: what a volunteer or a donor may not see does not reach a view.
 */
import type { Locale } from '../../platform/i18n/index.ts';
import { campaignPhase, progressPercent, reportDueOn, reportOverdue } from './domain.ts';
import type { CampaignWithOrg, CertificateFacts, OpportunityWithOrganizer, OrgNames } from './lookups.ts';
import type {
  applicationsOf,
  applicationsOfUser,
  ApplicationRow,
  donationsOf,
  PaymentRow,
  ProfileRow,
  reportFilesOf,
  volunteersOf,
} from './repository/index.ts';

export function nameIn(n: { kk: string; ru: string; en: string | null }, locale: Locale): string {
  return (locale === 'en' ? n.en : locale === 'ru' ? n.ru : n.kk) || n.kk || n.ru;
}

export const orgNameOf = (r: OrgNames, locale: Locale) =>
  nameIn({ kk: r.org_name_kk, ru: r.org_name_ru, en: r.org_name_en }, locale);

const only = <T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;

// ------------------------------------------------------------ view models

const OPPORTUNITY_VIEW = [
  'id',
  'title',
  'description',
  'organizer_type',
  'organizer_id',
  'org_name_kk',
  'org_name_ru',
  'org_name_en',
  'area',
  'online',
  'region',
  'settlement',
  'starts_on',
  'ends_on',
  'places',
  'skills',
  'min_age',
  'max_age',
  'status',
  'version',
] as const;
/** An opportunity as pages show it (who created it and when it changed stay out). */
export type OpportunityView = Pick<OpportunityWithOrganizer, (typeof OPPORTUNITY_VIEW)[number]>;
export const presentOpportunity = (o: OpportunityWithOrganizer): OpportunityView => only(o, OPPORTUNITY_VIEW);

/** An opportunity in a list, with the places its sign-ups hold. */
export type OpportunityListItem = OpportunityView & { taken: number };
export const presentOpportunityItem = (o: OpportunityWithOrganizer, taken: number): OpportunityListItem => ({
  ...presentOpportunity(o),
  taken,
});

/** A sign-up as its organiser sees it: the volunteer's name, contact and profile. */
export type ApplicationView = Awaited<ReturnType<typeof applicationsOf>>[number];
export const presentApplication = (a: ApplicationView): ApplicationView => ({ ...a });

/** One's own sign-up on an opportunity's page. */
export type MineView = Pick<ApplicationRow, 'id' | 'status'>;
export const presentMine = (a: ApplicationRow): MineView => ({ id: a.id, status: a.status });

/** One's own sign-ups, with the opportunity and the certificate. */
export type MyApplicationView = Awaited<ReturnType<typeof applicationsOfUser>>[number];
export const presentMyApplication = (a: MyApplicationView): MyApplicationView => ({ ...a });

export type ProfileView = Pick<ProfileRow, 'region' | 'birth_year' | 'languages' | 'skills'>;
export const presentProfile = (p: ProfileRow): ProfileView => only(p, ['region', 'birth_year', 'languages', 'skills']);

const CERTIFICATE_VIEW = [
  'code',
  'revoked_at',
  'revoke_reason',
  'volunteer_name',
  'title',
  'area',
  'online',
  'region',
  'settlement',
  'starts_on',
  'ends_on',
  'hours_tenths',
  'confirmed_at',
  'issued_at',
  'org_name_kk',
  'org_name_ru',
  'org_name_en',
] as const;
/** What the public check of a certificate shows (not whose account it is). */
export type CertificateView = Pick<CertificateFacts, (typeof CERTIFICATE_VIEW)[number]>;
export const presentCertificate = (c: CertificateFacts): CertificateView => only(c, CERTIFICATE_VIEW);

/** A volunteer of an organiser with their participations and hours (no contact details). */
export type VolunteerSummary = Omit<Awaited<ReturnType<typeof volunteersOf>>[number], 'email'>;
export const presentVolunteer = (v: Awaited<ReturnType<typeof volunteersOf>>[number]): VolunteerSummary => ({
  id: v.id,
  name: v.name,
  tenths: Number(v.tenths),
  completed: Number(v.completed),
  pending: Number(v.pending),
});

export interface OrganiserBlock {
  key: string;
  name: string;
  opportunities: Pick<OpportunityView, 'id' | 'title' | 'status'>[];
  volunteers: VolunteerSummary[];
}

const CAMPAIGN_VIEW = [
  'id',
  'bin',
  'org_name_kk',
  'org_name_ru',
  'org_name_en',
  'title',
  'purpose',
  'area',
  'region',
  'goal_tiyn',
  'raised_tiyn',
  'donors',
  'starts_on',
  'ends_on',
  'account_iban',
  'bank',
  'status',
  'closed_at',
  'report_text',
  'report_spent_tiyn',
  'report_published_at',
  'version',
] as const;
export type CampaignView = Pick<CampaignWithOrg, (typeof CAMPAIGN_VIEW)[number]>;
export const presentCampaign = (c: CampaignWithOrg): CampaignView => {
  const v = only(c, CAMPAIGN_VIEW);
  return { ...v, goal_tiyn: Number(v.goal_tiyn), raised_tiyn: Number(v.raised_tiyn), donors: Number(v.donors) };
};

/** A donation as the public sees it: an anonymous donor has no name here. */
export interface DonationView {
  id: string;
  amountTiyn: number;
  donorName: string | null;
  confirmedAt: Date;
}
export const presentDonation = (d: Awaited<ReturnType<typeof donationsOf>>[number]): DonationView => ({
  id: d.id,
  amountTiyn: Number(d.amount_tiyn),
  donorName: d.anonymous ? null : d.donor_name || null,
  confirmedAt: d.confirmed_at,
});

export type ReportFileView = Pick<
  Awaited<ReturnType<typeof reportFilesOf>>[number],
  'id' | 'original_name' | 'size_bytes'
>;
export const presentReportFile = (f: Awaited<ReturnType<typeof reportFilesOf>>[number]): ReportFileView =>
  only(f, ['id', 'original_name', 'size_bytes']);

export type PaymentView = Pick<PaymentRow, 'provider_payment_id' | 'amount_tiyn' | 'status'>;
export const presentPayment = (p: PaymentRow): PaymentView => ({
  provider_payment_id: p.provider_payment_id,
  amount_tiyn: Number(p.amount_tiyn),
  status: p.status,
});

// -------------------------------------------------------------------- API

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
