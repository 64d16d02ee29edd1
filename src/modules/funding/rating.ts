/**
 * Funding's contribution to the NGO rating (registry/rating.ts): the mean evaluation score of the
 * organisation's evaluated projects, as one weighted input. Organisations without an evaluated
 * project get no input, so their rating is not lowered for never having been funded.
 */
import type { RatingInput, RatingInputProvider } from '../registry/index.ts';
import { RATING_WEIGHT, ratingInputFrom } from './domain.ts';
import type { Db } from '../../platform/db/schema.ts';
import { evaluationScoresOf } from './repository/index.ts';

export const fundingRatingInputs: RatingInputProvider = async (db: Db, bins: string[], at: Date) => {
  const out = new Map<string, RatingInput[]>();
  if (!bins.length) return out;
  const rows = await evaluationScoresOf(db, bins, at);
  const by = new Map<string, number[]>();
  for (const r of rows) by.set(r.bin, [...(by.get(r.bin) ?? []), r.score]);
  for (const [bin, scores] of by) {
    const v = ratingInputFrom(scores)!;
    out.set(bin, [
      {
        key: 'projects',
        label: 'funding.rating.input.projects',
        value: v.value,
        weight: RATING_WEIGHT,
        source: 'funding.rating.source.projects',
        detail: { key: 'funding.rating.detail', params: { count: v.count, score: Math.round(v.value * 100) } },
      },
    ]);
  }
  return out;
};
