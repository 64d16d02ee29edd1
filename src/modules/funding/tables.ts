/** Kysely table types of the funding module: type-only, no runtime code (combined in src/platform/db/schema.ts). */
import type { ColumnType, Generated } from 'kysely';
import type {
  ApplicationStatus,
  BudgetLine,
  CallStatus,
  Instrument,
  PlanStatus,
  ProjectStatus,
  ReportStatus,
  RubricCriterion,
} from './domain.ts';

type Json<T> = ColumnType<T, string, string>;
/** A column with a database default: optional on insert. */
type D<T> = ColumnType<T, T | undefined, T>;
type DJson<T> = ColumnType<T, string | undefined, string>;
type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type NullTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Big = ColumnType<string | number, number | string, number | string>;
type NullBig = ColumnType<string | number | null, number | string | null | undefined, number | string | null>;

export interface Indicator {
  name: string;
  unit: string;
  target: number;
}
export interface Activity {
  title: string;
  period: string;
}
export interface TeamMember {
  name: string;
  role: string;
}

export interface FundingTables {
  funding_plans: {
    id: Generated<string>;
    state_body_id: string;
    instrument: Instrument;
    year: number;
    title: string;
    status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
    discussion_starts_at: NullTs;
    discussion_ends_at: NullTs;
    approved_at: NullTs;
    created_by: string | null;
    version: Generated<number>;
    created_at: Ts;
    updated_at: Ts;
  };
  funding_topics: {
    id: Generated<string>;
    plan_id: string;
    title: string;
    description: D<string>;
    area: string;
    region: string | null;
    evidence: D<string>;
    evidence_links: D<string[]>;
    created_at: Ts;
  };
  funding_plan_comments: {
    id: Generated<string>;
    plan_id: string;
    topic_id: string | null;
    author_id: string | null;
    author_name: string;
    body: string;
    answer: string | null;
    answered_by: string | null;
    answered_at: NullTs;
    created_at: Ts;
  };
  funding_calls: {
    id: Generated<string>;
    number: string;
    plan_id: string | null;
    state_body_id: string;
    instrument: Instrument;
    title: string;
    description: D<string>;
    status: ColumnType<CallStatus, CallStatus | undefined, CallStatus>;
    announced_at: NullTs;
    opens_at: Ts;
    closes_at: Ts;
    rubric: DJson<RubricCriterion[]>;
    required_documents: D<string[]>;
    panel_size: D<number>;
    created_by: string | null;
    version: Generated<number>;
    created_at: Ts;
    updated_at: Ts;
  };
  funding_lots: {
    id: Generated<string>;
    call_id: string;
    number: number;
    topic_id: string | null;
    title: string;
    description: string;
    area: string;
    region: string | null;
    budget_tiyn: Big;
    duration_months: number;
    expected_results: D<string>;
    indicators: DJson<Indicator[]>;
    grant_type: 'short_term' | 'medium_term' | 'long_term' | null;
    prize_tiyn: NullBig;
    split_rule: 'single' | 'equal_split' | null;
  };
  funding_applications: {
    id: Generated<string>;
    lot_id: string;
    call_id: string;
    bin: string;
    status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
    language: D<'kk' | 'ru'>;
    title: D<string>;
    summary: D<string>;
    description: D<string>;
    activities: DJson<Activity[]>;
    budget_lines: DJson<BudgetLine[]>;
    requested_tiyn: ColumnType<string | number, number | string | undefined, number | string>;
    indicators: DJson<Indicator[]>;
    team: DJson<TeamMember[]>;
    beneficiaries_planned: D<number>;
    compliance_note: string | null;
    score: ColumnType<string | number | null, number | null | undefined, number | null>;
    rank: number | null;
    decision_reason: string | null;
    created_by: string | null;
    submitted_at: NullTs;
    withdrawn_at: NullTs;
    version: Generated<number>;
    created_at: Ts;
    updated_at: Ts;
  };
  funding_documents: {
    id: Generated<string>;
    entity_type: 'application' | 'report' | 'project' | 'visit';
    entity_id: string;
    file_id: string;
    kind: D<string>;
    is_public: D<boolean>;
    created_at: Ts;
  };
  funding_experts: {
    user_id: string;
    public: D<boolean>;
    display_name: string;
    areas: D<string[]>;
    bio: D<string>;
    joined_at: Ts;
  };
  funding_panels: {
    call_id: string;
    algorithm: string;
    seed: string;
    inputs: Json<{ callId: string; closesAt: string; candidates: string[]; size: number }>;
    size: number;
    drawn_by: string | null;
    drawn_at: Ts;
  };
  funding_panel_members: { call_id: string; user_id: string; position: number };
  funding_conflicts: {
    application_id: string;
    expert_id: string;
    kinds: D<string[]>;
    note: D<string>;
    declared_at: Ts;
  };
  funding_scores: {
    application_id: string;
    expert_id: string;
    criteria: Json<Record<string, number>>;
    total: ColumnType<string | number, number, number>;
    comment: D<string>;
    submitted_at: Ts;
  };
  funding_decisions: {
    call_id: string;
    reasons: string;
    commission: D<string>;
    decided_by: string | null;
    published_at: Ts;
  };
  funding_decision_corrections: {
    id: Generated<string>;
    call_id: string;
    application_id: string;
    from_status: string;
    to_status: string;
    reason: string;
    corrected_by: string | null;
    corrected_at: Ts;
  };
  funding_projects: {
    id: Generated<string>;
    number: string;
    application_id: string;
    call_id: string;
    lot_id: string;
    bin: string;
    state_body_id: string;
    instrument: Instrument;
    title: string;
    area: string;
    region: string | null;
    amount_tiyn: Big;
    starts_on: string;
    ends_on: string;
    signed_at: Ts;
    status: ColumnType<ProjectStatus, ProjectStatus | undefined, ProjectStatus>;
    survey_token: string;
    beneficiaries_planned: D<number>;
    version: Generated<number>;
    created_at: Ts;
    updated_at: Ts;
  };
  funding_milestones: {
    id: Generated<string>;
    project_id: string;
    position: number;
    title: string;
    due_on: string;
    done_on: string | null;
  };
  funding_budget_lines: {
    id: Generated<string>;
    project_id: string;
    position: number;
    item: string;
    planned_tiyn: Big;
  };
  funding_reports: {
    id: Generated<string>;
    project_id: string;
    kind: 'interim' | 'final';
    period: D<string>;
    narrative: string;
    beneficiaries_reached: D<number>;
    indicator_values: DJson<Record<string, number>>;
    status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
    review_note: string | null;
    submitted_by: string | null;
    submitted_at: Ts;
    reviewed_at: NullTs;
  };
  funding_spending: { id: Generated<string>; report_id: string; budget_line_id: string; amount_tiyn: Big };
  funding_visits: {
    id: Generated<string>;
    project_id: string;
    visited_on: string;
    visitor_id: string | null;
    visitor_name: string;
    findings: string;
    outcome: 'ok' | 'remarks' | 'violations';
    created_at: Ts;
  };
  funding_survey_responses: {
    id: Generated<string>;
    project_id: string;
    score: number;
    comment: D<string>;
    created_at: Ts;
  };
  funding_evaluations: {
    project_id: string;
    indicators: DJson<{ name: string; target: number; actual: number }[]>;
    achievement: ColumnType<string | number, number, number>;
    outcomes: string;
    beneficiaries: number;
    cost_per_beneficiary_tiyn: NullBig;
    social_value_tiyn: NullBig;
    sroi: ColumnType<string | number | null, number | null, number | null>;
    score: number;
    evaluated_by: string | null;
    evaluated_at: Ts;
  };
}
