/**
 * The module's rows with their organisers' names. Names of organisations come from the registry's
 * contract (organizationNames), never from its tables; state bodies' from the platform's reference
 * table. A name that is not found reads as empty, as the joins these replace did.
 */
import { organizationNames } from '../registry/index.ts';
import type { Db } from '../../platform/db/schema.ts';
import {
  campaignBins,
  findCampaign,
  findCertificate,
  findOpportunity,
  searchCampaigns,
  searchOpportunities,
  stateBodyNames,
  type CampaignQuery,
  type CampaignRow,
  type CertificateRow,
  type OpportunityQuery,
  type OpportunityRow,
} from './repository/index.ts';

/** An organiser's names, as the pages and the API show them. */
export interface OrgNames {
  org_name_kk: string;
  org_name_ru: string;
  org_name_en: string | null;
}
export type Organizer = { organizer_type: 'organization' | 'state_body'; organizer_id: string };
export type OpportunityWithOrganizer = OpportunityRow & OrgNames;
export type CampaignWithOrg = CampaignRow & OrgNames;
export type CertificateFacts = CertificateRow & OrgNames;

const NONE: OrgNames = { org_name_kk: '', org_name_ru: '', org_name_en: null };
const names = (n: { kk: string; ru: string; en: string | null } | undefined): OrgNames =>
  n ? { org_name_kk: n.kk, org_name_ru: n.ru, org_name_en: n.en } : NONE;

/** Names of organisers (NGOs by BIN, state bodies by id), keyed "type:id". */
export async function organizerNames(db: Db, list: readonly Organizer[]): Promise<Map<string, OrgNames>> {
  const bins = list.filter((o) => o.organizer_type === 'organization').map((o) => o.organizer_id);
  const bodies = [...new Set(list.filter((o) => o.organizer_type === 'state_body').map((o) => o.organizer_id))];
  const [orgs, sbs] = await Promise.all([organizationNames(db, bins), stateBodyNames(db, bodies)]);
  const out = new Map<string, OrgNames>();
  for (const [bin, n] of orgs) out.set(`organization:${bin}`, names(n));
  for (const s of sbs) out.set(`state_body:${s.id}`, names({ kk: s.name_kk, ru: s.name_ru, en: s.name_en }));
  return out;
}

/** The rows with their organisers' names. */
export async function withOrganizers<T extends Organizer>(db: Db, rows: T[]): Promise<(T & OrgNames)[]> {
  const found = await organizerNames(db, rows);
  return rows.map((r) => ({ ...r, ...(found.get(`${r.organizer_type}:${r.organizer_id}`) ?? NONE) }));
}

/** The rows with their organisations' names (campaigns, by BIN). */
export async function withOrganizations<T extends { bin: string }>(db: Db, rows: T[]): Promise<(T & OrgNames)[]> {
  const found = await organizationNames(
    db,
    rows.map((r) => r.bin),
  );
  return rows.map((r) => ({ ...r, ...names(found.get(r.bin)) }));
}

export async function opportunityWithOrganizer(db: Db, id: string): Promise<OpportunityWithOrganizer | undefined> {
  const o = await findOpportunity(db, id);
  return o ? (await withOrganizers(db, [o]))[0] : undefined;
}

export async function opportunitiesWithOrganizers(db: Db, q: OpportunityQuery) {
  const r = await searchOpportunities(db, q);
  return { rows: await withOrganizers(db, r.rows), total: r.total };
}

export async function certificateFacts(db: Db, code: string): Promise<CertificateFacts | undefined> {
  const c = await findCertificate(db, code);
  return c ? (await withOrganizers(db, [c]))[0] : undefined;
}

export async function campaignWithOrg(db: Db, id: string): Promise<CampaignWithOrg | undefined> {
  const c = await findCampaign(db, id);
  return c ? (await withOrganizations(db, [c]))[0] : undefined;
}

/**
 * Campaigns found by the filters; words also match the organisation's name (in Kazakh or Russian),
 * looked up among the organisations that have campaigns.
 */
export async function campaignsWithOrgs(db: Db, q: Omit<CampaignQuery, 'namedBins'>) {
  let namedBins: string[] = [];
  if (q.q) {
    const words = q.q.toLowerCase();
    const found = await organizationNames(db, await campaignBins(db));
    namedBins = [...found]
      .filter(([, n]) => n.kk.toLowerCase().includes(words) || n.ru.toLowerCase().includes(words))
      .map(([bin]) => bin);
  }
  const r = await searchCampaigns(db, { ...q, namedBins });
  return { rows: await withOrganizations(db, r.rows), total: r.total };
}
