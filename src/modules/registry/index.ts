/**
 * The NGO registry module: the Fastify plugin and the facts other modules may ask about an
 * organisation. Modules talk to the registry only through this file.
 */
import type { FastifyInstance } from 'fastify';
import {
  fundingEligibility,
  reportStatus as statusOfReport,
  type IneligibilityReason,
  type ReportStatus,
} from './domain.ts';
import {
  findOrganization,
  findReport,
  listReportYears,
  organizationsByBin,
  verifiedActiveOrganizations,
} from './repository/index.ts';
import { registryAdmin } from './routes/admin.tsx';
import { registryApi } from './routes/api.ts';
import { registryForms } from './routes/forms.tsx';
import { registryPages } from './routes/pages.tsx';
import { registerRegistryOpenData } from './catalogue.ts';
import type { Db } from '../../platform/db/schema.ts';

export { seedRegistryDemo } from './demo.ts';
/**
 * Contracts: organisations' names by BIN; up to n registered BINs in order, for synthetic data
 * (other modules never select from the registry's tables).
 */
export { organizationBins, organizationNames } from './repository/index.ts';
export type { RatingInput, ReportStatus, Verification, IneligibilityReason } from './domain.ts';
import type { Verification } from './domain.ts';
export { ratingTotal, registryRatingInputs } from './domain.ts';
export { addRatingInputProvider, ratingsFor, type RatingInputProvider } from './rating.ts';
export { addProfileNoticeProvider, type ProfileNotice, type ProfileNoticeProvider } from './notices.ts';

export async function registryModule(app: FastifyInstance) {
  await app.register(registryPages);
  await app.register(registryForms);
  await app.register(registryAdmin);
  await app.register(registryApi);
  registerRegistryOpenData(app);
}

/**
 * Status of an organisation's annual report for a year at an instant: 'on_time', 'late',
 * 'missing' (deadline passed, nothing filed) or 'not_due'; null for a BIN not in the registry.
 * @example await reportStatus(db, '120640933475', 2025) // 'on_time'
 */
export async function reportStatus(
  db: Db,
  bin: string,
  year: number,
  at: Date = new Date(),
): Promise<ReportStatus | null> {
  if (!(await findOrganization(db, bin))) return null;
  const report = await findReport(db, bin, year);
  return statusOfReport(year, report ? new Date(report.submitted_at) : null, at);
}

/**
 * Whether the registry allows state funding (social order, grants, awards) for an organisation
 * at an instant: active, verified, and the most recent report whose deadline has passed is filed.
 * `reasons` are i18n keys' last segments (registry.eligibility.<reason>).
 * @example const { eligible, reasons } = await isEligibleForStateFunding(db, bin, new Date())
 */
export async function isEligibleForStateFunding(
  db: Db,
  bin: string,
  at: Date = new Date(),
): Promise<{ eligible: boolean; reasons: (IneligibilityReason | 'not_registered')[]; reportYear: number | null }> {
  const org = await findOrganization(db, bin);
  if (!org) return { eligible: false, reasons: ['not_registered'], reportYear: null };
  // Judged as of `at`: a report filed later did not count then.
  const filed = new Set(
    (await listReportYears(db, bin)).filter((r) => new Date(r.submitted_at) <= at).map((r) => r.year),
  );
  return fundingEligibility(
    { status: org.status, verification: org.verification, foundedOn: org.founded_on },
    (y) => filed.has(y),
    at,
  );
}

/** What another module may know of an organisation: its names (for `pick`), region, legal status and badge. */
export interface OrganizationFacts {
  bin: string;
  name: { kk: string; ru: string; en: string | null };
  region: string;
  status: 'active' | 'liquidated';
  verification: Verification;
}

/**
 * The registry's facts about the organisations with these BINs (BINs not in the registry are
 * absent from the map). Other modules read organisations only through this and the functions below.
 * @example const orgs = await organizationFacts(db, apps.map((a) => a.organization_bin)); pick(orgs.get(bin)?.name, locale)
 */
export async function organizationFacts(db: Db, bins: readonly string[]): Promise<Map<string, OrganizationFacts>> {
  const rows = await organizationsByBin(db, bins);
  return new Map(
    rows.map((r) => [
      r.bin,
      {
        bin: r.bin,
        name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
        region: r.region,
        status: r.status,
        verification: r.verification,
      },
    ]),
  );
}

/** The registry's facts about one organisation, or null when the BIN is not in the registry. */
export async function organizationFact(db: Db, bin: string): Promise<OrganizationFacts | null> {
  return (await organizationFacts(db, [bin])).get(bin) ?? null;
}

/**
 * Active, verified organisations (BIN and region) in BIN order, at most `limit`: for other
 * modules' demo data, which pick organisers and applicants among them.
 */
export async function verifiedOrganizations(db: Db, limit: number): Promise<{ bin: string; region: string }[]> {
  return verifiedActiveOrganizations(db, limit);
}
