/** The evaluation of a finished project and its social-impact figures, and the NGO rating input from it. Pure. */

export interface IndicatorResult {
  name: string;
  target: number;
  actual: number;
}

/**
 * The evaluation figures: achievement = mean of min(actual/target, 1) over indicators with a
 * positive target; cost per beneficiary = amount / beneficiaries; SROI = social value / amount
 * when a social value is claimed; score 0..100 = 70 % achievement + 30 % satisfaction (mean of
 * 1..5 mapped to 0..1; without survey answers achievement alone).
 */
export function evaluationFigures(input: {
  indicators: IndicatorResult[];
  amountTiyn: number;
  beneficiaries: number;
  socialValueTiyn: number | null;
  satisfaction: number | null;
}) {
  const judged = input.indicators.filter((i) => i.target > 0);
  const achievement = judged.length
    ? judged.reduce((s, i) => s + Math.min(1, Math.max(0, i.actual) / i.target), 0) / judged.length
    : 0;
  const costPerBeneficiaryTiyn = input.beneficiaries > 0 ? Math.round(input.amountTiyn / input.beneficiaries) : null;
  const sroi =
    input.socialValueTiyn !== null && input.amountTiyn > 0
      ? Math.round((100 * input.socialValueTiyn) / input.amountTiyn) / 100
      : null;
  const sat = input.satisfaction === null ? null : (input.satisfaction - 1) / 4;
  const score = Math.round(100 * (sat === null ? achievement : 0.7 * achievement + 0.3 * sat));
  return { achievement: Math.round(achievement * 10000) / 10000, costPerBeneficiaryTiyn, sroi, score };
}

/** The rating input of an organisation from its evaluated projects (mean score), weighted like a registry input. */
export const RATING_WEIGHT = 30;
export function ratingInputFrom(scores: number[]): { value: number; count: number } | null {
  if (!scores.length) return null;
  return { value: scores.reduce((s, n) => s + n, 0) / scores.length / 100, count: scores.length };
}
