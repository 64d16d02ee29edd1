/**
 * Rows -> view models and API JSON. Fields are whitelisted here: registered_by, the evidence
 * file and the users behind changes never leave the server.
 */
import { areas as allAreas, legalForms, regionByCode, regions, type Localized } from '../../reference/index.ts';
import { pick, type Locale } from '../../platform/i18n/index.ts';
import type { TagTone } from '../../platform/views/data.tsx';
import {
  DISCLOSURE_FIELDS,
  fundingEligibility,
  ratingTotal,
  recentReportYears,
  registryRatingInputs,
  reportDueDate,
  reportStatus,
  type DisclosureField,
  type RatingFacts,
  type RatingInput,
  type ReportStatus,
} from './domain.ts';
import type { ExportRow, OrganizationListRow, OrganizationRow } from './repository/index.ts';
import { leadersToText } from './schemas.ts';

const areaByCode = new Map(allAreas.map((a) => [a.code as string, a]));
const formByCode = new Map(legalForms.map((f) => [f.code as string, f]));
/** A code unknown to the reference data (an import, a retired code) shows as itself rather than failing. */
const nameOf = (m: Map<string, { name: Localized }>, code: string, locale: Locale) => m.get(code)?.name[locale] ?? code;

export const regionName = (code: string, locale: Locale) => regionByCode(code)?.name[locale] ?? code;
export const areaName = (code: string, locale: Locale) => nameOf(areaByCode, code, locale);
export const legalFormName = (code: string, locale: Locale) => nameOf(formByCode, code, locale);

type Names = Pick<OrganizationListRow, 'name_kk' | 'name_ru' | 'name_en'>;
/** The name in the reader's language (English falls back to Kazakh, the state language). */
export const orgName = (o: Names, locale: Locale) => pick({ kk: o.name_kk, ru: o.name_ru, en: o.name_en }, locale);
/** The other registered names, each with its language for the lang attribute. */
export const otherNames = (o: Names, locale: Locale) =>
  (['kk', 'ru', 'en'] as const)
    .filter((l) => l !== locale && o[`name_${l}`])
    .map((l) => ({ lang: l, name: o[`name_${l}`] as string }));

export const profilePath = (bin: string) => `/registry/${bin}`;

export const VERIFICATION_TONE: Record<string, TagTone> = { verified: 'green', pending: 'yellow', refused: 'red' };
export const REPORT_TONE: Record<ReportStatus, TagTone> = {
  on_time: 'green',
  late: 'yellow',
  missing: 'red',
  not_due: 'grey',
};
export const SOCIAL_TONE: Record<string, TagTone> = { approved: 'green', applied: 'yellow', refused: 'red' };

export function listItemView(o: OrganizationListRow, locale: Locale, rating: number | null) {
  return {
    bin: o.bin,
    name: orgName(o, locale),
    href: profilePath(o.bin),
    legalForm: legalFormName(o.legal_form, locale),
    region: regionName(o.region, locale),
    settlement: o.settlement,
    foundedYear: Number(o.founded_on.slice(0, 4)),
    status: o.status,
    verification: o.verification,
    rating,
  };
}
export type ListItemView = ReturnType<typeof listItemView>;

/** Whether each disclosure field is filled; SQL mirrors this in repository/search.ts. */
export function disclosureFacts(
  o: Pick<
    OrganizationRow,
    'name_en' | 'website' | 'email' | 'phone' | 'address' | 'description' | 'leaders' | 'founders'
  >,
): Record<DisclosureField, boolean> {
  const has = (s: string | null) => !!s && s !== '';
  return {
    nameEn: has(o.name_en),
    website: has(o.website),
    email: has(o.email),
    phone: has(o.phone),
    address: has(o.address),
    description: has(o.description),
    leaders: o.leaders.length > 0,
    founders: o.founders.length > 0,
  };
}
export { DISCLOSURE_FIELDS };

type RatedRow = Pick<OrganizationRow, 'verification' | 'founded_on'> & Parameters<typeof disclosureFacts>[0];

export function ratingFacts(o: RatedRow, submissions: Map<number, Date> | undefined, now: Date): RatingFacts {
  return {
    verification: o.verification,
    foundedOn: o.founded_on,
    filled: disclosureFacts(o),
    reports: recentReportYears(now).map((year) => ({ year, submittedAt: submissions?.get(year) ?? null })),
  };
}

export function ratingOf(
  o: RatedRow,
  submissions: Map<number, Date> | undefined,
  now: Date,
): { total: number; inputs: RatingInput[] } {
  const inputs = registryRatingInputs(ratingFacts(o, submissions, now), now);
  return { total: ratingTotal(inputs), inputs };
}

/** The last three report years with their status, for the profile and the API. */
export function reportRows(
  o: Pick<OrganizationRow, 'founded_on'>,
  submissions: Map<number, Date> | undefined,
  now: Date,
) {
  const founded = Number(o.founded_on.slice(0, 4));
  return recentReportYears(now)
    .filter((y) => y >= founded)
    .map((year) => {
      const submittedAt = submissions?.get(year) ?? null;
      return { year, dueDate: reportDueDate(year), submittedAt, status: reportStatus(year, submittedAt, now) };
    });
}

export function eligibilityOf(
  o: Pick<OrganizationRow, 'status' | 'verification' | 'founded_on'>,
  submittedYears: Set<number>,
  now: Date,
) {
  return fundingEligibility(
    { status: o.status, verification: o.verification, foundedOn: o.founded_on },
    (y) => submittedYears.has(y),
    now,
  );
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** The public fields every organisation record carries, in the API and in the bulk JSON. */
type CoreRow = Pick<
  OrganizationListRow,
  | 'bin'
  | 'name_kk'
  | 'name_ru'
  | 'name_en'
  | 'short_name'
  | 'legal_form'
  | 'region'
  | 'settlement'
  | 'areas'
  | 'founded_on'
  | 'status'
  | 'verification'
>;
function coreJson(o: CoreRow) {
  return {
    bin: o.bin,
    names: { kk: o.name_kk, ru: o.name_ru, en: o.name_en },
    shortName: o.short_name,
    legalForm: o.legal_form,
    region: o.region,
    settlement: o.settlement,
    areas: o.areas,
    foundedOn: o.founded_on,
    status: o.status,
    verification: o.verification,
  };
}

export function listItemJson(o: OrganizationListRow) {
  return { ...coreJson(o), url: `/api/v1/organizations/${o.bin}` };
}

export function detailJson(
  o: OrganizationRow,
  extra: {
    submissions: Map<number, Date> | undefined;
    submittedYears: Set<number>;
    social: { list_year: number; category: number; status: string } | undefined;
    rating: { total: number; inputs: RatingInput[] };
    now: Date;
  },
) {
  const rating = extra.rating;
  return {
    ...listItemJson(o),
    verificationReason: o.verification === 'refused' ? o.verification_reason : null,
    verifiedAt: iso(o.verified_at),
    website: o.website,
    email: o.email,
    phone: o.phone,
    address: o.address,
    description: o.description,
    leaders: o.leaders.map((l) => ({ name: l.name, position: l.position })),
    founders: o.founders.map((f) => ({ name: f.name })),
    createdAt: iso(o.created_at)!,
    updatedAt: iso(o.updated_at)!,
    reports: reportRows(o, extra.submissions, extra.now).map((r) => ({
      year: r.year,
      status: r.status,
      dueDate: r.dueDate,
      submittedAt: iso(r.submittedAt),
    })),
    rating: {
      total: rating.total,
      inputs: rating.inputs.map((i) => ({
        key: i.key,
        value: Math.round(i.value * 1000) / 1000,
        weight: i.weight,
        source: i.source,
      })),
    },
    eligibleForStateFunding: eligibilityOf(o, extra.submittedYears, extra.now).eligible,
    socialEntrepreneur: extra.social
      ? {
          listYear: extra.social.list_year,
          category: extra.social.category,
          status: extra.social.status as 'applied' | 'approved' | 'refused',
        }
      : null,
  };
}

/** A flat record for the CSV export: lists joined with "; ", instants in ISO 8601 UTC. */
export function csvRecord(o: ExportRow) {
  return {
    ...o,
    areas: o.areas.join('; '),
    verified_at: iso(o.verified_at),
    created_at: iso(o.created_at),
    updated_at: iso(o.updated_at),
  };
}

export function jsonRecord(o: ExportRow) {
  return {
    ...coreJson(o),
    verifiedAt: iso(o.verified_at),
    contacts: { website: o.website, email: o.email, phone: o.phone, address: o.address },
    createdAt: iso(o.created_at),
    updatedAt: iso(o.updated_at),
  };
}

export const regionJson = (counts: Map<string, { active: number }>) =>
  regions.map((r) => ({ code: r.code, kind: r.kind, names: { ...r.name }, ngoCount: counts.get(r.code)?.active ?? 0 }));

/** Fields of a profile as the change history names them (i18n keys registry.field.<name>). */
export const FIELD_COLUMNS: Record<string, keyof OrganizationRow> = {
  nameKk: 'name_kk',
  nameRu: 'name_ru',
  nameEn: 'name_en',
  shortName: 'short_name',
  legalForm: 'legal_form',
  region: 'region',
  settlement: 'settlement',
  areas: 'areas',
  foundedOn: 'founded_on',
  website: 'website',
  email: 'email',
  phone: 'phone',
  address: 'address',
  description: 'description',
  leaders: 'leaders',
  founders: 'founders',
  status: 'status',
};

/** A changed value as text in the reader's language (codes become names, lists become lines). */
export function changeValueText(field: string, v: unknown, locale: Locale): string {
  if (v === null || v === undefined || v === '') return '—';
  if (field === 'legalForm') return legalFormName(String(v), locale);
  if (field === 'region') return regionName(String(v), locale);
  if (field === 'areas' && Array.isArray(v)) return v.map((c) => areaName(String(c), locale)).join(', ');
  if (field === 'leaders' && Array.isArray(v))
    return v.map((l: any) => (l.position ? `${l.name} (${l.position})` : l.name)).join(', ');
  if (field === 'founders' && Array.isArray(v)) return v.map((f: any) => f.name).join(', ');
  return String(v);
}

/** A profile as the edit form's values. */
export function profileValues(o: OrganizationRow): Record<string, string | string[]> {
  return {
    nameKk: o.name_kk,
    nameRu: o.name_ru,
    nameEn: o.name_en ?? '',
    shortName: o.short_name ?? '',
    legalForm: o.legal_form,
    region: o.region,
    settlement: o.settlement,
    areas: o.areas,
    foundedOn: o.founded_on,
    website: o.website ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    address: o.address ?? '',
    description: o.description ?? '',
    leaders: leadersToText(o.leaders),
    founders: o.founders.map((f) => f.name).join('\n'),
    status: o.status,
  };
}

export * from './presenters/views.ts';
