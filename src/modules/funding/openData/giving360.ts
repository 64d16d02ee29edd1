/**
 * Grants and awards as 360Giving Data Standard grants (pure functions of a project). Recipients
 * are identified by BIN (`KZ-BIN-<bin>`), funders by the state body's code; amounts in KZT.
 */
import { regionByCode, type RegionCode } from '../../../reference/index.ts';
import type { CallBundle, ProjectRow } from './bundles.ts';
import { bodyPartyId, orgPartyId } from './ocds.ts';

/** 360Giving identifiers start with the publisher's registered prefix; set QOGAM_360G_PREFIX in production. */
export const GRANT_PREFIX = process.env.QOGAM_360G_PREFIX || '360G-qogam';

export function grantOf(p: ProjectRow, b: CallBundle, base: string): Record<string, unknown> {
  const lot = b.lots.find((l) => l.id === p.lot_id);
  const region = p.region ? regionByCode(p.region as RegionCode) : undefined;
  return {
    id: `${GRANT_PREFIX}-${p.number}`,
    title: p.title,
    description: lot?.description || b.call.description || p.title,
    currency: 'KZT',
    amountAwarded: p.amount_tiyn / 100,
    awardDate: (p.decision_at ?? p.signed_at).toISOString(),
    plannedDates: [{ startDate: p.starts_on, endDate: p.ends_on, duration: lot?.duration_months }],
    recipientOrganization: [
      {
        id: orgPartyId(p.bin),
        name: p.org_name_ru,
        addressRegion: regionByCode(p.org_region as RegionCode)?.name.en,
        addressCountry: 'KZ',
      },
    ],
    fundingOrganization: [{ id: bodyPartyId(p.body.code), name: p.body.name_ru }],
    grantProgramme: [{ code: b.call.number, title: b.call.title, url: `${base}/ru/funding/calls/${b.call.id}` }],
    beneficiaryLocation: region
      ? [{ name: region.name.en, countryCode: 'KZ' }]
      : [{ name: 'Kazakhstan', countryCode: 'KZ' }],
    classifications: [{ vocabulary: 'qogam-area', code: p.area }],
    url: `${base}/ru/funding/projects/${p.id}`,
    fromOpenCall: 'Yes',
    dataSource: `${base}/open-data/360giving.json`,
    dateModified: p.updated_at.toISOString(),
  };
}
