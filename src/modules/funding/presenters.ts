/** Rows to names in the reader's language, and to the API's JSON. */
import type { Locale } from '../../platform/i18n/index.ts';
import { pick } from '../../platform/i18n/index.ts';
import type { ApplicationRow, CallRow, LotRow, ProjectRow } from './repository/index.ts';

export const bodyName = (b: { name_kk: string; name_ru: string; name_en: string } | undefined, locale: Locale) =>
  b ? pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, locale) : '';
export const orgName = (o: { name_kk: string; name_ru: string; name_en: string | null } | undefined, locale: Locale) =>
  o ? pick({ kk: o.name_kk, ru: o.name_ru, en: o.name_en }, locale) : '';
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export function lotJsonOf(l: LotRow) {
  return {
    id: l.id,
    number: l.number,
    title: l.title,
    area: l.area,
    region: l.region,
    budgetTiyn: l.budget_tiyn,
    durationMonths: l.duration_months,
    expectedResults: l.expected_results,
    indicators: l.indicators,
    grantType: l.grant_type,
    prizeTiyn: l.prize_tiyn,
    splitRule: l.split_rule,
  };
}

export function callJsonOf(
  c: CallRow,
  lots: LotRow[],
  body: { id: string; code: string; name_kk: string; name_ru: string; name_en: string } | undefined,
  locale: Locale,
) {
  return {
    id: c.id,
    number: c.number,
    instrument: c.instrument,
    title: c.title,
    description: c.description,
    status: c.status,
    stateBody: { id: c.state_body_id, code: body?.code ?? '', name: bodyName(body, locale) },
    opensAt: iso(c.opens_at)!,
    closesAt: iso(c.closes_at)!,
    announcedAt: iso(c.announced_at),
    requiredDocuments: c.required_documents,
    rubric: c.rubric,
    lots: lots.map(lotJsonOf),
    url: `/${locale}/funding/calls/${c.id}`,
  };
}

export function applicationJsonOf(a: ApplicationRow, locale: Locale) {
  return {
    id: a.id,
    callId: a.call_id,
    lotId: a.lot_id,
    bin: a.bin,
    status: a.status,
    language: a.language,
    title: a.title,
    summary: a.summary,
    requestedTiyn: a.requested_tiyn,
    score: a.score,
    rank: a.rank,
    submittedAt: iso(a.submitted_at),
    version: a.version,
    url: `/${locale}/funding/applications/${a.id}`,
  };
}

export function projectJsonOf(
  p: ProjectRow,
  locale: Locale,
  evaluation?: {
    score: number;
    achievement: number;
    beneficiaries: number;
    cost_per_beneficiary_tiyn: number | null;
    sroi: number | null;
  } | null,
) {
  return {
    id: p.id,
    number: p.number,
    instrument: p.instrument,
    title: p.title,
    bin: p.bin,
    stateBodyId: p.state_body_id,
    area: p.area,
    region: p.region,
    amountTiyn: p.amount_tiyn,
    startsOn: String(p.starts_on).slice(0, 10),
    endsOn: String(p.ends_on).slice(0, 10),
    signedAt: iso(p.signed_at)!,
    status: p.status,
    callId: p.call_id,
    lotId: p.lot_id,
    url: `/${locale}/funding/projects/${p.id}`,
    evaluation: evaluation
      ? {
          score: evaluation.score,
          achievement: evaluation.achievement,
          beneficiaries: evaluation.beneficiaries,
          costPerBeneficiaryTiyn: evaluation.cost_per_beneficiary_tiyn,
          sroi: evaluation.sroi,
        }
      : null,
  };
}

/** A civil date column (a Date on some drivers, a string on others) as 'YYYY-MM-DD'. */
export function civil(d: string | Date | null | undefined): string {
  if (!d) return '';
  if (d instanceof Date) return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  return String(d).slice(0, 10);
}
