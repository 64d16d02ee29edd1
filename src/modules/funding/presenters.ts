/**
 * Rows to what the pages are given (view models: the fields a page shows, named here so views never
 * see repository rows), to names in the reader's language, and to the API's JSON.
 */
import type { Locale } from '../../platform/i18n/index.ts';
import { pick } from '../../platform/i18n/index.ts';
import type { FormValues } from '../../platform/views/forms.tsx';
import { drawPanel, drawSeed, tiynToInput } from './domain.ts';
import type { ApplicationRow, CallRow, LotRow, ProjectRow } from './repository/index.ts';

/** A state body as pages name it and link to it. */
export type BodyView = { id: string; code: string; name_kk: string; name_ru: string; name_en: string };
/** An organisation as pages name it. */
export type OrgView = { bin: string; name_kk: string; name_ru: string; name_en: string | null };
/** A public audit entry (who did what, when). */
export type HistoryEntry = { id: number | string; at: Date; actor_name: string | null; action: string };

/** A call as its pages show it. */
export type CallView = Pick<
  CallRow,
  | 'id'
  | 'number'
  | 'title'
  | 'description'
  | 'instrument'
  | 'status'
  | 'state_body_id'
  | 'plan_id'
  | 'opens_at'
  | 'closes_at'
  | 'announced_at'
  | 'required_documents'
  | 'panel_size'
  | 'rubric'
>;
/** A call in a list. */
export type CallListItem = Pick<
  CallView,
  'id' | 'number' | 'title' | 'instrument' | 'state_body_id' | 'closes_at' | 'status'
>;
export type LotView = Pick<
  LotRow,
  | 'id'
  | 'number'
  | 'title'
  | 'description'
  | 'area'
  | 'region'
  | 'budget_tiyn'
  | 'duration_months'
  | 'expected_results'
  | 'indicators'
  | 'grant_type'
  | 'prize_tiyn'
  | 'split_rule'
>;
export type ApplicationView = Pick<
  ApplicationRow,
  | 'id'
  | 'call_id'
  | 'lot_id'
  | 'bin'
  | 'status'
  | 'language'
  | 'title'
  | 'summary'
  | 'description'
  | 'activities'
  | 'budget_lines'
  | 'indicators'
  | 'team'
  | 'requested_tiyn'
  | 'score'
  | 'rank'
  | 'submitted_at'
  | 'compliance_note'
  | 'version'
>;
export type ProjectView = Pick<
  ProjectRow,
  | 'id'
  | 'number'
  | 'title'
  | 'bin'
  | 'instrument'
  | 'area'
  | 'region'
  | 'amount_tiyn'
  | 'signed_at'
  | 'starts_on'
  | 'ends_on'
  | 'status'
  | 'application_id'
  | 'survey_token'
>;
/** A project in a list. */
export type ProjectListItem = Pick<
  ProjectView,
  'id' | 'number' | 'title' | 'bin' | 'region' | 'amount_tiyn' | 'status'
>;

/** A plan as its page shows it. */
export interface PlanView {
  id: string;
  title: string;
  year: number;
  status: string;
  instrument: string;
  discussion_starts_at: Date | null;
  discussion_ends_at: Date | null;
  approved_at: Date | null;
}
export interface TopicView {
  id: string;
  title: string;
  description: string;
  area: string;
  region: string | null;
  evidence: string;
  evidence_links: string[];
}
export interface CommentView {
  id: string;
  topic_id: string | null;
  author_name: string;
  body: string;
  answer: string | null;
  answered_at: Date | null;
  created_at: Date;
}

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

/**
 * A visitor's re-run of a panel draw from the published seed and inputs: the members it gives,
 * whether they are the published ones, and whether the seed follows from the inputs typed.
 */
export function rerunDraw(
  panel: { members: { user_id: string }[]; inputs: Parameters<typeof drawSeed>[0] },
  q: { seed?: string; candidates?: string; size?: string },
) {
  const seed = (q.seed ?? '').trim().toLowerCase();
  const candidates = (q.candidates ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const size = Number(q.size);
  const none = { seed, ok: false, members: [] as string[], matches: false, seedMatches: false };
  if (!/^[0-9a-f]{64}$/.test(seed)) return { ...none, error: 'funding.panel.badSeed' };
  if (!Number.isInteger(size) || size < 1 || size > 50 || candidates.length === 0)
    return { ...none, error: 'funding.panel.badInputs' };
  const members = drawPanel(seed, candidates, size);
  const published = panel.members.map((m) => m.user_id);
  return {
    seed,
    ok: true,
    members,
    matches: members.length === published.length && members.every((m, i) => m === published[i]),
    seedMatches: drawSeed({ ...panel.inputs, candidates, size }) === seed,
  };
}

/** A saved application as its form's values. */
export function applicationValues(a: ApplicationRow): FormValues {
  const v: FormValues = {
    language: a.language,
    title: a.title,
    summary: a.summary,
    description: a.description,
    activities: a.activities.map((x) => `${x.title}; ${x.period}`).join('\n'),
    indicators: a.indicators.map((x) => `${x.name}; ${x.unit}; ${x.target}`).join('\n'),
    team: a.team.map((x) => `${x.name}; ${x.role}`).join('\n'),
    beneficiariesPlanned: a.beneficiaries_planned ? String(a.beneficiaries_planned) : '',
    requested: a.requested_tiyn ? tiynToInput(a.requested_tiyn) : '',
  };
  a.budget_lines.forEach((b, i) => {
    v[`budget.${i}.item`] = b.item;
    v[`budget.${i}.amount`] = b.amountTiyn ? tiynToInput(b.amountTiyn) : '';
    if (b.ownDevelopment) v[`budget.${i}.own`] = 'on';
  });
  return v;
}

/** An expert as the public sees them: the name they chose for the register, else their name. */
export const expertName = (names: { id: string; display_name: string | null; name: string }[], id: string) => {
  const n = names.find((x) => x.id === id);
  return n?.display_name ?? n?.name ?? '';
};
