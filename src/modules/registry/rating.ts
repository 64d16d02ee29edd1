/**
 * The rating of organisations: the registry's own inputs (domain.registryRatingInputs) plus the
 * inputs other modules contribute through index.ts (completed projects, evaluations, beneficiary
 * satisfaction). A module adds its inputs by registering a provider; the total stays the weighted
 * mean of every input (domain.ratingTotal), so nothing here changes when one is added.
 */
import type { Kysely } from 'kysely';
import { ratingTotal, recentReportYears, registryRatingInputs, type RatingInput } from './domain.ts';
import { ratingFacts } from './presenters.ts';
import { reportSubmissions, type OrganizationRow } from './repository/index.ts';
import type { Db } from '../../platform/db/schema.ts';

/** Inputs for a batch of organisations (one query per provider per page, not per organisation). */
export type RatingInputProvider = (db: Db, bins: string[], at: Date) => Promise<Map<string, RatingInput[]>>;

const providers: RatingInputProvider[] = [];

/** Registers another module's rating inputs; registering the same provider twice has no effect. */
export function addRatingInputProvider(provider: RatingInputProvider): void {
  if (!providers.includes(provider)) providers.push(provider);
}

type Rated = Pick<
  OrganizationRow,
  | 'bin'
  | 'verification'
  | 'founded_on'
  | 'name_en'
  | 'website'
  | 'email'
  | 'phone'
  | 'address'
  | 'description'
  | 'leaders'
  | 'founders'
>;

/** The full rating (every input, and the total) of each organisation given. */
export async function ratingsFor(
  db: Db,
  orgs: Rated[],
  at: Date,
): Promise<Map<string, { total: number; inputs: RatingInput[] }>> {
  const bins = orgs.map((o) => o.bin);
  const [subs, ...contributed] = await Promise.all([
    reportSubmissions(db, bins, recentReportYears(at)),
    ...providers.map((p) => p(db, bins, at)),
  ]);
  return new Map(
    orgs.map((o) => {
      const inputs = [
        ...registryRatingInputs(ratingFacts(o, subs.get(o.bin), at), at),
        ...contributed.flatMap((m) => m.get(o.bin) ?? []),
      ];
      return [o.bin, { total: ratingTotal(inputs), inputs }];
    }),
  );
}
