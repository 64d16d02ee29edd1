/**
 * The review of applications: the reproducible panel draw, conflict kinds, scoring against a
 * rubric, the ranking and award splits. Pure.
 */
import { createHash } from 'node:crypto';

// ------------------------------------------------------------- panel draw

export const DRAW_ALGORITHM = 'qogam-sha256-rank-v1';

export interface DrawInputs {
  callId: string;
  /** The call's closing instant, ISO (known before the draw, fixed after). */
  closesAt: string;
  /** Every eligible expert's user id, sorted. */
  candidates: string[];
  size: number;
}

/** JSON with keys sorted, so the same inputs always give the same bytes. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** seed = sha256(canonical JSON of the published inputs), hex. */
export function drawSeed(inputs: DrawInputs): string {
  return sha256(canonicalJson({ ...inputs, candidates: [...inputs.candidates].sort() }));
}

/**
 * The draw: each candidate's key is sha256(seed + ":" + id); candidates sorted by key (ties by id)
 * and the first `size` taken. Anyone can recompute it from the seed and the candidate list:
 *   sorted(candidates, key = sha256(seed + ":" + id)) [:size]
 */
export function drawPanel(seed: string, candidates: readonly string[], size: number): string[] {
  return [...new Set(candidates)]
    .map((id) => ({ id, key: sha256(`${seed}:${id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, Math.max(0, size))
    .map((x) => x.id);
}

// ------------------------------------------------------- conflicts, scores

export const CONFLICT_KINDS = ['membership', 'founder', 'board', 'payment', 'family'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface RubricCriterion {
  key: string;
  max: number;
}

export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { key: 'relevance', max: 25 },
  { key: 'design', max: 25 },
  { key: 'budget', max: 20 },
  { key: 'capacity', max: 15 },
  { key: 'sustainability', max: 15 },
];

/** Each criterion scored as an integer 0..max; returns the problems by criterion, or the total. */
export function checkScores(
  rubric: readonly RubricCriterion[],
  input: Record<string, unknown>,
): { ok: true; criteria: Record<string, number>; total: number } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const criteria: Record<string, number> = {};
  for (const c of rubric) {
    const raw = String(input[c.key] ?? '').trim();
    const n = Number(raw);
    if (raw === '') errors[c.key] = 'scoreRequired';
    else if (!Number.isInteger(n) || n < 0 || n > c.max) errors[c.key] = 'scoreRange';
    else criteria[c.key] = n;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, criteria, total: Object.values(criteria).reduce((s, n) => s + n, 0) };
}

/**
 * Ranking within a lot: mean of the experts' totals (2 decimals), highest first; ties keep the
 * earlier submission first. Applications without scores come last, unranked.
 */
export function rankApplications(
  apps: { id: string; submittedAt: Date; totals: number[] }[],
): { id: string; score: number | null; rank: number | null }[] {
  const scored = apps
    .map((a) => ({
      ...a,
      score: a.totals.length ? Math.round((100 * a.totals.reduce((s, n) => s + n, 0)) / a.totals.length) / 100 : null,
    }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.submittedAt.getTime() - b.submittedAt.getTime());
  return scored.map((a, i) => ({ id: a.id, score: a.score, rank: a.score === null ? null : i + 1 }));
}

/** What each winner of an award nomination receives: the whole prize, or the prize split equally (in tiyn, remainder to the first). */
export function awardShares(prizeTiyn: number, winners: number, rule: 'single' | 'equal_split'): number[] {
  if (winners <= 0) return [];
  if (rule === 'single') return [prizeTiyn];
  const base = Math.floor(prizeTiyn / winners);
  return Array.from({ length: winners }, (_, i) => base + (i === 0 ? prizeTiyn - base * winners : 0));
}
