/**
 * How funding rows are read: bigint and numeric columns arrive as strings on PostgreSQL (read
 * through `num()`), JSON columns as text on some drivers (read through `json()`).
 */
import type { BudgetLine } from '../domain.ts';
import type { Indicator, TeamMember } from '../tables.ts';

export const num = (v: string | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);
export const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export const lotOut = <
  R extends { indicators: unknown; budget_tiyn: string | number; prize_tiyn: string | number | null },
>(
  r: R,
) => ({
  ...r,
  indicators: json<Indicator[]>(r.indicators),
  budget_tiyn: num(r.budget_tiyn),
  prize_tiyn: numOrNull(r.prize_tiyn),
});

export const appOut = <R extends Record<string, any>>(r: R) => ({
  ...r,
  activities: json<{ title: string; period: string }[]>(r.activities),
  budget_lines: json<BudgetLine[]>(r.budget_lines),
  indicators: json<Indicator[]>(r.indicators),
  team: json<TeamMember[]>(r.team),
  requested_tiyn: num(r.requested_tiyn),
  score: numOrNull(r.score),
});

export const projectOut = <R extends { amount_tiyn: string | number }>(r: R) => ({
  ...r,
  amount_tiyn: num(r.amount_tiyn),
});
