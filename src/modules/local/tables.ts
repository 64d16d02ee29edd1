/** Kysely table types of the local module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type { CycleStatus, ImplementationStatus, ProposalStatus, ResultStep } from './domain.ts';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Money = ColumnType<number, number | bigint | string, number | bigint | string>;

/** migrations/0009_local.sql */
export interface LocalTables {
  budget_cycles: {
    id: Generated<string>;
    state_body_id: string;
    region: string;
    district: string | null;
    year: number;
    title_kk: string;
    title_ru: string;
    title_en: string | null;
    description: string | null;
    budget: Money;
    max_choices: number;
    status: ColumnType<CycleStatus, CycleStatus | undefined, CycleStatus>;
    result_steps: ColumnType<ResultStep[] | null, string | null | undefined, string | null>;
    results_at: NullTs;
    version: ColumnType<number, number | undefined, number>;
    created_by: string | null;
    created_at: Ts;
    updated_at: Ts;
  };
  budget_proposals: {
    id: Generated<string>;
    cycle_id: string;
    author_id: string | null;
    title: string;
    description: string;
    cost: Money;
    location: string;
    status: ColumnType<ProposalStatus, ProposalStatus | undefined, ProposalStatus>;
    review_reason: string | null;
    reviewed_by: string | null;
    reviewed_at: NullTs;
    votes: ColumnType<number, number | undefined, number>;
    implementation: ImplementationStatus | null;
    created_at: Ts;
    updated_at: Ts;
  };
  budget_ballots: {
    id: Generated<string>;
    cycle_id: string;
    voter_id: string;
    residence_region: string;
    residence_district: string | null;
    cast_at: Ts;
  };
  budget_ballot_choices: { ballot_id: string; proposal_id: string };
  budget_progress: {
    id: Generated<string>;
    proposal_id: string;
    implementation: ImplementationStatus;
    note: string;
    photo_file_id: string | null;
    created_by: string | null;
    created_at: Ts;
  };
  local_assessments: {
    id: Generated<string>;
    state_body_id: string;
    user_id: string;
    period: string;
    score: number;
    comment: string | null;
    residence_region: string;
    created_at: Ts;
  };
}
