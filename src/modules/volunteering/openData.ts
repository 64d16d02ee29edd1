/**
 * What volunteering and charity publish as open data: datasets (no personal data: volunteers only
 * in aggregates, anonymous donors never named), indicators for the monitoring dashboard, and the
 * items that contribute to the SDGs.
 */
import { almatyDate, type RegionCode } from '../../reference/index.ts';
import type {
  DatasetSpec,
  IndicatorSpec,
  IndicatorValue,
  OpenRow,
  SdgContributor,
} from '../../platform/opendata/catalogue.ts';
import { keysetBatches } from '../../platform/opendata/stream.ts';
import type { Db } from '../../platform/db/schema.ts';
import { campaignPhase, reportOverdue } from './domain.ts';
import { organizerNames, withOrganizations } from './lookups.ts';
import {
  campaignsInAreas,
  confirmedHoursByMonth,
  datasetStats,
  donatedByRegionYear,
  donationsByDay,
  lastConfirmationAt,
  lastDonationAt,
  openCampaigns,
  openOpportunities,
  opportunitiesInAreas,
  tenthsByRegionYear,
  volunteersByRegionYear,
} from './repository/index.ts';

async function* chunks<T>(rows: T[], size = 1000): AsyncIterable<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

// ------------------------------------------------------------------ datasets

export const OPPORTUNITY_COLUMNS = [
  'id',
  'title',
  'organizer_type',
  'organizer_id',
  'organizer_name_kk',
  'organizer_name_ru',
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
  'created_at',
] as const;

export async function opportunityRows(db: Db, after: string, limit: number): Promise<OpenRow[]> {
  const rows = await openOpportunities(db, after, limit);
  const names = await organizerNames(db, rows);
  return rows.map((r) => {
    const n = names.get(`${r.organizer_type}:${r.organizer_id}`);
    return {
      ...r,
      organizer_name_kk: n?.org_name_kk ?? '',
      organizer_name_ru: n?.org_name_ru ?? '',
      created_at: new Date(r.created_at).toISOString(),
    };
  });
}

export const HOURS_COLUMNS = [
  'organizer_type',
  'organizer_id',
  'organizer_name_kk',
  'organizer_name_ru',
  'month',
  'volunteers',
  'participations',
  'hours',
] as const;

/** Confirmed hours per organiser and Almaty month: counts only, no volunteer is named. */
export async function volunteerHoursRows(db: Db): Promise<OpenRow[]> {
  const rows = await confirmedHoursByMonth(db);
  const names = await organizerNames(db, rows);
  return rows.map(({ tenths, ...r }) => {
    const n = names.get(`${r.organizer_type}:${r.organizer_id}`);
    return {
      organizer_type: r.organizer_type,
      organizer_id: r.organizer_id,
      organizer_name_kk: n?.org_name_kk ?? '',
      organizer_name_ru: n?.org_name_ru ?? '',
      month: r.month,
      volunteers: Number(r.volunteers),
      participations: Number(r.participations),
      hours: Number(tenths) / 10,
    };
  });
}

export const CAMPAIGN_COLUMNS = [
  'id',
  'bin',
  'organization_name_kk',
  'organization_name_ru',
  'title',
  'area',
  'region',
  'goal_tiyn',
  'raised_tiyn',
  'donors',
  'starts_on',
  'ends_on',
  'phase',
  'report_overdue',
  'report_spent_tiyn',
  'report_published_at',
] as const;

export async function campaignRows(db: Db, after: string, limit: number, today: string): Promise<OpenRow[]> {
  const rows = await withOrganizations(db, await openCampaigns(db, after, limit));
  return rows.map(({ status, closed_at, org_name_kk, org_name_ru, org_name_en: _en, ...r }) => ({
    ...r,
    organization_name_kk: org_name_kk,
    organization_name_ru: org_name_ru,
    goal_tiyn: Number(r.goal_tiyn),
    raised_tiyn: Number(r.raised_tiyn),
    donors: Number(r.donors),
    report_spent_tiyn: r.report_spent_tiyn === null ? null : Number(r.report_spent_tiyn),
    phase: campaignPhase({ status, starts_on: r.starts_on, ends_on: r.ends_on }, today),
    report_overdue: reportOverdue({ status, starts_on: r.starts_on, ends_on: r.ends_on, closed_at }, today),
    report_published_at: r.report_published_at ? new Date(r.report_published_at).toISOString() : null,
  }));
}

export const DONATION_COLUMNS = ['campaign_id', 'bin', 'date', 'donations', 'amount_tiyn'] as const;

/** Confirmed donations per campaign and Almaty day: sums only, so no donor (anonymous or not) is named. */
export async function donationRows(db: Db): Promise<OpenRow[]> {
  const rows = await donationsByDay(db);
  return rows.map((r) => ({ ...r, donations: Number(r.donations), amount_tiyn: Number(r.amount_tiyn) }));
}

export function datasets(): DatasetSpec[] {
  return [
    {
      id: 'opportunities',
      module: 'volunteering',
      titleKey: 'volunteering.openData.opportunities.title',
      descriptionKey: 'volunteering.openData.opportunities.description',
      columns: OPPORTUNITY_COLUMNS,
      batches: (db) =>
        keysetBatches(
          (after: string, n) => opportunityRows(db, after, n),
          (r) => String(r.id),
          '',
        ),
      stats: (db) => datasetStats(db, 'volunteer_opportunities'),
    },
    {
      id: 'volunteer-hours',
      module: 'volunteering',
      titleKey: 'volunteering.openData.hours.title',
      descriptionKey: 'volunteering.openData.hours.description',
      columns: HOURS_COLUMNS,
      batches: (db) =>
        (async function* () {
          yield* chunks(await volunteerHoursRows(db));
        })(),
      stats: async (db) => ({
        records: (await volunteerHoursRows(db)).length,
        updatedAt: await lastConfirmationAt(db),
      }),
    },
    {
      id: 'campaigns',
      module: 'volunteering',
      titleKey: 'volunteering.openData.campaigns.title',
      descriptionKey: 'volunteering.openData.campaigns.description',
      columns: CAMPAIGN_COLUMNS,
      batches: (db) => {
        const today = almatyDate(new Date());
        return keysetBatches(
          (after: string, n) => campaignRows(db, after, n, today),
          (r) => String(r.id),
          '',
        );
      },
      stats: (db) => datasetStats(db, 'charity_campaigns'),
    },
    {
      id: 'donations',
      module: 'volunteering',
      titleKey: 'volunteering.openData.donations.title',
      descriptionKey: 'volunteering.openData.donations.description',
      columns: DONATION_COLUMNS,
      batches: (db) =>
        (async function* () {
          yield* chunks(await donationRows(db));
        })(),
      stats: async (db) => ({ records: (await donationRows(db)).length, updatedAt: await lastDonationAt(db) }),
    },
  ];
}

// ---------------------------------------------------------------- indicators

/** Rows of (region, year, value) plus the national rows (region null). */
function values(
  byRegion: { region: string | null; year: number; v: number }[],
  national: { year: number; v: number }[],
  scale = 1,
): IndicatorValue[] {
  return [
    ...byRegion
      .filter((r) => r.region)
      .map((r) => ({ region: r.region as RegionCode, year: Number(r.year), value: Number(r.v) / scale })),
    ...national.map((r) => ({ region: null, year: Number(r.year), value: Number(r.v) / scale })),
  ];
}

/** Distinct volunteers with confirmed hours, by the volunteer's region (else the activity's) and the Almaty year of confirmation. */
export async function volunteersIndicator(db: Db): Promise<IndicatorValue[]> {
  return values(...(await volunteersByRegionYear(db)));
}

/** Confirmed hours, by the activity's region (online: the volunteer's) and the Almaty year of confirmation. */
export async function hoursIndicator(db: Db): Promise<IndicatorValue[]> {
  return values(...(await tenthsByRegionYear(db)), 10);
}

/** Tenge donated (confirmed donations), by the campaign's region and the Almaty year of confirmation. */
export async function donationsIndicator(db: Db): Promise<IndicatorValue[]> {
  return values(...(await donatedByRegionYear(db)), 100);
}

export function indicators(): IndicatorSpec[] {
  return [
    {
      id: 'volunteering.volunteers',
      module: 'volunteering',
      titleKey: 'volunteering.indicator.volunteers.title',
      definitionKey: 'volunteering.indicator.volunteers.definition',
      unit: 'count',
      compute: (db) => volunteersIndicator(db),
    },
    {
      id: 'volunteering.confirmedHours',
      module: 'volunteering',
      titleKey: 'volunteering.indicator.hours.title',
      definitionKey: 'volunteering.indicator.hours.definition',
      unit: 'hours',
      compute: (db) => hoursIndicator(db),
    },
    {
      id: 'charity.donations',
      module: 'volunteering',
      titleKey: 'volunteering.indicator.donations.title',
      definitionKey: 'volunteering.indicator.donations.definition',
      unit: 'tenge',
      compute: (db) => donationsIndicator(db),
    },
  ];
}

// ----------------------------------------------------------------------- SDGs

export function sdgContributors(): SdgContributor[] {
  return [
    {
      kind: 'opportunities',
      module: 'volunteering',
      labelKey: 'volunteering.sdg.opportunities',
      async list(db, q) {
        const rows = await opportunitiesInAreas(db, q.areas, q.limit);
        return rows.map((r) => ({ title: r.title, href: `/${q.locale}/volunteering/${r.id}` }));
      },
    },
    {
      kind: 'campaigns',
      module: 'volunteering',
      labelKey: 'volunteering.sdg.campaigns',
      async list(db, q) {
        const rows = await campaignsInAreas(db, q.areas, q.limit);
        return rows.map((r) => ({ title: r.title, href: `/${q.locale}/charity/${r.id}` }));
      },
    },
  ];
}
