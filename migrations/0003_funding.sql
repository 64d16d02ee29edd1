-- Funding: state social order, grants and awards, from needs to evaluated results.
-- One lifecycle for three instruments (instrument in 'social_order', 'grant', 'award'):
--   plan of topics (public comment) -> call with lots -> applications -> compliance, expert panel,
--   scores -> decision -> contract (= project) -> reports, spending, visits, survey -> evaluation.
-- Conventions for the exports: ids are uuids that never change; money is bigint tiyn (1 ₸ = 100
-- tiyn); instants are timestamptz, civil dates are date (Asia/Almaty); `region` is a code of
-- src/reference/regions.ts (null = national), `area` a code of src/reference/areas.ts; a state body
-- is state_bodies.id; an organisation is its BIN (organizations.bin). The states of every table
-- are the state machines of src/modules/funding/domain.ts.

-- A state body's (or the grant operator's) plan of topics for a year, put to public comment.
create table funding_plans (
  id uuid primary key default gen_random_uuid(),
  state_body_id uuid not null references state_bodies(id),
  instrument text not null check (instrument in ('social_order', 'grant', 'award')),
  year int not null check (year between 2000 and 2100),
  title text not null check (length(title) between 1 and 300),
  -- draft -> discussion -> approved (domain.PLAN_TRANSITIONS)
  status text not null default 'draft' check (status in ('draft', 'discussion', 'approved')),
  discussion_starts_at timestamptz,
  discussion_ends_at timestamptz,
  approved_at timestamptz,
  created_by uuid references users(id) on delete set null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index funding_plans_body on funding_plans (state_body_id, year);

-- A topic of a plan with the evidence behind it (free text and links).
create table funding_topics (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references funding_plans(id) on delete cascade,
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  area text not null,
  region text,
  evidence text not null default '',
  evidence_links text[] not null default '{}',
  created_at timestamptz not null default now()
);
create index funding_topics_plan on funding_topics (plan_id);

-- Public comments on a plan in discussion, and the body's published answer.
create table funding_plan_comments (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references funding_plans(id) on delete cascade,
  topic_id uuid references funding_topics(id) on delete set null,
  author_id uuid references users(id) on delete set null,
  author_name text not null,
  body text not null check (length(body) between 1 and 4000),
  answer text,
  answered_by uuid references users(id) on delete set null,
  answered_at timestamptz,
  created_at timestamptz not null default now()
);
create index funding_plan_comments_plan on funding_plan_comments (plan_id, created_at);

-- A call (competition): social order competition, grant programme call, award call.
create table funding_calls (
  id uuid primary key default gen_random_uuid(),
  -- A short public number, e.g. 'MIP-2026-03'.
  number text not null unique,
  plan_id uuid references funding_plans(id) on delete set null,
  state_body_id uuid not null references state_bodies(id),
  instrument text not null check (instrument in ('social_order', 'grant', 'award')),
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  -- draft -> published -> closed -> review -> decided; draft|published -> cancelled
  status text not null default 'draft' check (status in ('draft', 'published', 'closed', 'review', 'decided', 'cancelled')),
  announced_at timestamptz,
  -- Applications are accepted from opens_at (inclusive) to closes_at (exclusive), judged on the server.
  opens_at timestamptz not null,
  closes_at timestamptz not null check (closes_at > opens_at),
  -- The published rubric: [{ "key": "relevance", "max": 25 }, ...] (labels are i18n keys funding.rubric.<key>)
  rubric jsonb not null default '[]',
  required_documents text[] not null default '{}',
  panel_size int not null default 3 check (panel_size between 1 and 15),
  created_by uuid references users(id) on delete set null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index funding_calls_status on funding_calls (status, closes_at);
create index funding_calls_body on funding_calls (state_body_id);

-- A lot of a social order call, a programme of a grant call, a nomination of an award call.
create table funding_lots (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references funding_calls(id) on delete cascade,
  number int not null check (number >= 1),
  topic_id uuid references funding_topics(id) on delete set null,
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  area text not null,
  region text,
  -- Budget of the lot / amount of the programme / prize fund of the nomination.
  budget_tiyn bigint not null check (budget_tiyn > 0),
  duration_months int not null check (duration_months between 1 and 36),
  expected_results text not null default '',
  -- [{ "name": "...", "unit": "...", "target": 120 }]
  indicators jsonb not null default '[]',
  -- grants: short_term | medium_term | long_term (band of param('grant.<type>') × MCI of the year)
  grant_type text check (grant_type in ('short_term', 'medium_term', 'long_term')),
  -- awards: the prize of one winner, and whether a prize may be split equally between winners
  prize_tiyn bigint check (prize_tiyn > 0),
  split_rule text check (split_rule in ('single', 'equal_split')),
  unique (call_id, number)
);
create index funding_lots_call on funding_lots (call_id);

-- An NGO's application (or a nomination) to a lot.
create table funding_applications (
  id uuid primary key default gen_random_uuid(),
  lot_id uuid not null references funding_lots(id),
  call_id uuid not null references funding_calls(id),
  bin text collate "C" not null references organizations(bin),
  -- draft -> submitted -> admitted | rejected; submitted -> withdrawn; admitted -> awarded | not_awarded
  status text not null default 'draft' check (status in ('draft', 'submitted', 'withdrawn', 'admitted', 'rejected', 'awarded', 'not_awarded')),
  language text not null default 'kk' check (language in ('kk', 'ru')),
  title text not null default '',
  summary text not null default '',
  description text not null default '',
  -- [{ "title": "...", "period": "..." }]
  activities jsonb not null default '[]',
  -- [{ "item": "...", "amountTiyn": 1000000, "ownDevelopment": false }]
  budget_lines jsonb not null default '[]',
  requested_tiyn bigint not null default 0 check (requested_tiyn >= 0),
  -- [{ "name": "...", "unit": "...", "target": 100 }]
  indicators jsonb not null default '[]',
  -- [{ "name": "...", "role": "..." }]
  team jsonb not null default '[]',
  beneficiaries_planned int not null default 0 check (beneficiaries_planned >= 0),
  compliance_note text,
  -- Published after the decision: mean of the experts' totals (0..100) and the rank in the lot.
  score numeric(6, 2),
  rank int,
  decision_reason text,
  created_by uuid references users(id) on delete set null,
  submitted_at timestamptz,
  withdrawn_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index funding_applications_call on funding_applications (call_id, status);
create index funding_applications_bin on funding_applications (bin);
create unique index funding_applications_one_per_lot on funding_applications (lot_id, bin) where status <> 'withdrawn';

-- Documents attached to an application, a report, a contract or a visit.
create table funding_documents (
  id uuid primary key default gen_random_uuid(),
  entity_type text not null check (entity_type in ('application', 'report', 'project', 'visit')),
  entity_id uuid not null,
  file_id uuid not null references files(id),
  kind text not null default 'other',
  is_public boolean not null default true,
  created_at timestamptz not null default now()
);
create index funding_documents_entity on funding_documents (entity_type, entity_id);

-- The public expert register: users with role expert who opted in.
create table funding_experts (
  user_id uuid primary key references users(id) on delete cascade,
  public boolean not null default true,
  display_name text not null,
  areas text[] not null default '{}',
  bio text not null default '',
  joined_at timestamptz not null default now()
);

-- The panel of a call, drawn at random and reproducibly (domain.drawPanel): seed = sha256 of the
-- canonical JSON of `inputs` (call id, its closing instant, the sorted candidate ids, the size).
create table funding_panels (
  call_id uuid primary key references funding_calls(id) on delete cascade,
  algorithm text not null,
  seed text not null,
  inputs jsonb not null,
  size int not null,
  drawn_by uuid references users(id) on delete set null,
  drawn_at timestamptz not null default now()
);
create table funding_panel_members (
  call_id uuid not null references funding_panels(call_id) on delete cascade,
  user_id uuid not null references users(id),
  position int not null,
  primary key (call_id, user_id)
);

-- An expert's declaration of conflicts of interest for one application.
create table funding_conflicts (
  application_id uuid not null references funding_applications(id) on delete cascade,
  expert_id uuid not null references users(id),
  -- subset of membership, founder, board, payment, family; empty = no conflict
  kinds text[] not null default '{}',
  note text not null default '',
  declared_at timestamptz not null default now(),
  primary key (application_id, expert_id)
);

-- An expert's score of one application against the call's rubric.
create table funding_scores (
  application_id uuid not null references funding_applications(id) on delete cascade,
  expert_id uuid not null references users(id),
  -- { "relevance": 20, ... }
  criteria jsonb not null,
  total numeric(6, 2) not null,
  comment text not null default '',
  submitted_at timestamptz not null default now(),
  primary key (application_id, expert_id)
);

-- The commission's decision on a call, published; changed only by recorded corrections.
create table funding_decisions (
  call_id uuid primary key references funding_calls(id),
  reasons text not null,
  commission text not null default '',
  decided_by uuid references users(id) on delete set null,
  published_at timestamptz not null default now()
);
create table funding_decision_corrections (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references funding_decisions(call_id),
  application_id uuid not null references funding_applications(id),
  from_status text not null,
  to_status text not null,
  reason text not null check (length(reason) >= 5),
  corrected_by uuid references users(id) on delete set null,
  corrected_at timestamptz not null default now()
);

-- The contract (grant agreement, award) of an awarded application = the project delivered under it.
create table funding_projects (
  id uuid primary key default gen_random_uuid(),
  number text not null unique,
  application_id uuid not null unique references funding_applications(id),
  call_id uuid not null references funding_calls(id),
  lot_id uuid not null references funding_lots(id),
  bin text collate "C" not null references organizations(bin),
  state_body_id uuid not null references state_bodies(id),
  instrument text not null check (instrument in ('social_order', 'grant', 'award')),
  title text not null,
  area text not null,
  region text,
  amount_tiyn bigint not null check (amount_tiyn >= 0),
  starts_on date not null,
  ends_on date not null check (ends_on >= starts_on),
  signed_at timestamptz not null default now(),
  -- delivering -> final_submitted -> completed -> evaluated; delivering|final_submitted -> terminated
  status text not null default 'delivering' check (status in ('delivering', 'final_submitted', 'completed', 'evaluated', 'terminated')),
  -- The public beneficiary survey is /{lang}/funding/survey/{survey_token}.
  survey_token text not null unique,
  beneficiaries_planned int not null default 0,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index funding_projects_bin on funding_projects (bin);
create index funding_projects_body on funding_projects (state_body_id);
create index funding_projects_status on funding_projects (status);

create table funding_milestones (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references funding_projects(id) on delete cascade,
  position int not null,
  title text not null,
  due_on date not null,
  done_on date
);
create index funding_milestones_project on funding_milestones (project_id, position);

create table funding_budget_lines (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references funding_projects(id) on delete cascade,
  position int not null,
  item text not null,
  planned_tiyn bigint not null check (planned_tiyn >= 0)
);
create index funding_budget_lines_project on funding_budget_lines (project_id, position);

-- Interim and final reports of a project.
create table funding_reports (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references funding_projects(id) on delete cascade,
  kind text not null check (kind in ('interim', 'final')),
  period text not null default '',
  narrative text not null,
  beneficiaries_reached int not null default 0 check (beneficiaries_reached >= 0),
  -- { "<indicator name>": actual value }
  indicator_values jsonb not null default '{}',
  -- submitted -> accepted | returned
  status text not null default 'submitted' check (status in ('submitted', 'accepted', 'returned')),
  review_note text,
  submitted_by uuid references users(id) on delete set null,
  submitted_at timestamptz not null default now(),
  reviewed_at timestamptz
);
create index funding_reports_project on funding_reports (project_id, submitted_at);

-- Spending reported against a budget line.
create table funding_spending (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references funding_reports(id) on delete cascade,
  budget_line_id uuid not null references funding_budget_lines(id) on delete cascade,
  amount_tiyn bigint not null check (amount_tiyn >= 0)
);
create index funding_spending_line on funding_spending (budget_line_id);

create table funding_visits (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references funding_projects(id) on delete cascade,
  visited_on date not null,
  visitor_id uuid references users(id) on delete set null,
  visitor_name text not null,
  findings text not null,
  -- ok | remarks | violations
  outcome text not null check (outcome in ('ok', 'remarks', 'violations')),
  created_at timestamptz not null default now()
);
create index funding_visits_project on funding_visits (project_id);

-- Anonymous answers to a project's beneficiary satisfaction survey (1..5).
create table funding_survey_responses (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references funding_projects(id) on delete cascade,
  score int not null check (score between 1 and 5),
  comment text not null default '',
  created_at timestamptz not null default now()
);
create index funding_survey_project on funding_survey_responses (project_id);

-- The evaluation of a finished project against its indicators, and its social impact.
create table funding_evaluations (
  project_id uuid primary key references funding_projects(id) on delete cascade,
  -- [{ "name": "...", "target": 100, "actual": 90 }]
  indicators jsonb not null default '[]',
  -- 0..1: mean achievement of the indicators (each capped at 1)
  achievement numeric(5, 4) not null,
  outcomes text not null,
  beneficiaries int not null check (beneficiaries >= 0),
  cost_per_beneficiary_tiyn bigint,
  -- Monetised social value claimed and the SROI-style ratio value / amount (null where data do not allow).
  social_value_tiyn bigint,
  sroi numeric(8, 2),
  -- 0..100, the figure fed into the organisation's rating
  score int not null check (score between 0 and 100),
  evaluated_by uuid references users(id) on delete set null,
  evaluated_at timestamptz not null default now()
);
