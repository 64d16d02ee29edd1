-- Local participation (PRODUCT.md §7): participatory budgeting for akimats and citizens'
-- assessment of local executive bodies.

-- One participatory budget of an akimat (city or district) for a year.
create table budget_cycles (
  id uuid primary key default gen_random_uuid(),
  state_body_id uuid not null references state_bodies(id),
  region text not null,
  -- The district (a settlement name from the reference regions) for a district akimat; null for the whole region or city.
  district text,
  year int not null check (year between 2000 and 2100),
  title_kk text not null,
  title_ru text not null,
  title_en text,
  description text,
  budget bigint not null check (budget > 0),
  max_choices int not null default 3 check (max_choices between 1 and 10),
  status text not null default 'draft'
    check (status in ('draft', 'proposals', 'review', 'voting', 'results', 'implementation', 'closed')),
  -- The greedy selection as computed when voting ended: every step, for the public page.
  result_steps jsonb,
  results_at timestamptz,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index budget_cycles_body_idx on budget_cycles (state_body_id, year);
create index budget_cycles_region_idx on budget_cycles (region, year);

create table budget_proposals (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references budget_cycles(id) on delete cascade,
  author_id uuid references users(id),
  title text not null,
  description text not null,
  cost bigint not null check (cost > 0),
  location text not null,
  status text not null default 'submitted'
    check (status in ('submitted', 'feasible', 'infeasible', 'selected', 'not_selected')),
  review_reason text,
  reviewed_by uuid references users(id),
  reviewed_at timestamptz,
  votes int not null default 0,
  implementation text check (implementation in ('not_started', 'in_progress', 'completed', 'cancelled')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index budget_proposals_cycle_idx on budget_proposals (cycle_id, status);

-- One ballot per person per cycle; the declared residence stays on the ballot.
create table budget_ballots (
  id uuid primary key default gen_random_uuid(),
  cycle_id uuid not null references budget_cycles(id) on delete cascade,
  voter_id uuid not null references users(id),
  residence_region text not null,
  residence_district text,
  cast_at timestamptz not null default now(),
  unique (cycle_id, voter_id)
);
create index budget_ballots_cast_idx on budget_ballots (residence_region, cast_at);

create table budget_ballot_choices (
  ballot_id uuid not null references budget_ballots(id) on delete cascade,
  proposal_id uuid not null references budget_proposals(id) on delete cascade,
  primary key (ballot_id, proposal_id)
);

-- Implementation tracking of a selected proposal: status changes with a note and an optional photo.
create table budget_progress (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references budget_proposals(id) on delete cascade,
  implementation text not null check (implementation in ('not_started', 'in_progress', 'completed', 'cancelled')),
  note text not null,
  photo_file_id uuid references files(id),
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index budget_progress_proposal_idx on budget_progress (proposal_id, created_at);

-- Citizens' assessment of a local executive body: one score per person, body and period (a quarter).
create table local_assessments (
  id uuid primary key default gen_random_uuid(),
  state_body_id uuid not null references state_bodies(id),
  user_id uuid not null references users(id),
  period text not null check (period ~ '^\d{4}-Q[1-4]$'),
  score int not null check (score between 1 and 5),
  comment text,
  residence_region text not null,
  created_at timestamptz not null default now(),
  unique (state_body_id, user_id, period)
);
create index local_assessments_body_idx on local_assessments (state_body_id, period);
