-- Public councils (the Law of 2 November 2015 "On public councils") and public hearings:
-- the registry of councils and members, competitive selection of members, meetings with
-- agendas, minutes, decisions and the state body's response, monitoring reports, hearings
-- with registration, questions and the organiser's answers. State machines: councils/domain.ts.

create table councils (
  id uuid primary key default gen_random_uuid(),
  state_body_id uuid not null references state_bodies(id),
  level text not null check (level in ('national', 'local')),
  -- The body's region (null for national bodies), kept here for filters and indicators.
  region text,
  name_kk text not null check (length(name_kk) between 1 and 300),
  name_ru text not null check (length(name_ru) between 1 and 300),
  name_en text check (length(name_en) <= 300),
  description text not null default '',
  term_start date not null,
  term_end date not null,
  status text not null default 'active' check (status in ('active', 'dissolved')),
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (term_end > term_start)
);
create index councils_body_idx on councils (state_body_id);
create index councils_region_idx on councils (region);

create table council_members (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils(id) on delete cascade,
  user_id uuid references users(id) on delete set null,
  full_name text not null check (length(full_name) between 1 and 200),
  role text not null check (role in ('chair', 'deputy', 'secretary', 'member')),
  -- Whom the member comes from: an NGO's name, "citizen", a body's staff.
  affiliation text not null default '',
  term_start date not null,
  term_end date,
  selection_id uuid,
  created_at timestamptz not null default now()
);
create index council_members_council_idx on council_members (council_id);

-- A call for new members; the votes are recorded as totals per candidate (see domain.ts).
create table council_selections (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils(id) on delete cascade,
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  seats integer not null check (seats between 1 and 50),
  applications_close_on date not null,
  status text not null default 'open' check (status in ('open', 'review', 'decided', 'cancelled')),
  commission_size integer,
  decided_at timestamptz,
  decision_note text,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index council_selections_council_idx on council_selections (council_id);

create table council_applications (
  id uuid primary key default gen_random_uuid(),
  selection_id uuid not null references council_selections(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  full_name text not null,
  applicant_kind text not null check (applicant_kind in ('citizen', 'ngo')),
  organization_bin text,
  motivation text not null,
  experience text not null,
  file_id uuid references files(id),
  status text not null default 'submitted' check (status in ('submitted', 'selected', 'not_selected')),
  votes_for integer,
  votes_against integer,
  votes_abstain integer,
  created_at timestamptz not null default now(),
  unique (selection_id, user_id)
);

create table council_meetings (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils(id) on delete cascade,
  title text not null check (length(title) between 1 and 300),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  location text not null default '',
  agenda jsonb not null default '[]',
  status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
  minutes text,
  attendance jsonb not null default '[]',   -- ids of council_members present
  cancel_reason text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index council_meetings_council_idx on council_meetings (council_id, starts_at);

create table council_decisions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references council_meetings(id) on delete cascade,
  number integer not null,
  text text not null,
  votes_for integer not null check (votes_for >= 0),
  votes_against integer not null check (votes_against >= 0),
  votes_abstain integer not null check (votes_abstain >= 0),
  response_status text not null default 'awaiting' check (response_status in ('awaiting', 'accepted', 'partly_accepted', 'rejected')),
  response_text text,
  responded_at timestamptz,
  responded_by uuid references users(id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique (meeting_id, number)
);

create table council_reports (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references councils(id) on delete cascade,
  author_kind text not null check (author_kind in ('council', 'ngo')),
  organization_bin text,
  author_id uuid references users(id) on delete set null,
  author_name text not null,
  title text not null check (length(title) between 1 and 300),
  findings text not null,
  status text not null default 'published' check (status in ('published', 'answered')),
  body_answer text,
  answered_at timestamptz,
  answered_by uuid references users(id) on delete set null,
  version integer not null default 1,
  published_at timestamptz not null default now()
);
create index council_reports_council_idx on council_reports (council_id);

create table hearings (
  id uuid primary key default gen_random_uuid(),
  state_body_id uuid not null references state_bodies(id),
  council_id uuid references councils(id) on delete set null,
  region text,
  title text not null check (length(title) between 1 and 300),
  description text not null,
  location text not null default '',
  starts_at timestamptz not null,
  announced_at timestamptz not null default now(),
  status text not null default 'announced' check (status in ('announced', 'held', 'answered', 'cancelled')),
  minutes text,
  participants_count integer,
  cancel_reason text,
  answered_at timestamptz,
  version integer not null default 1,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index hearings_body_idx on hearings (state_body_id);
create index hearings_starts_idx on hearings (starts_at);

create table hearing_registrations (
  hearing_id uuid not null references hearings(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  full_name text not null,
  mode text not null check (mode in ('in_person', 'online')),
  created_at timestamptz not null default now(),
  primary key (hearing_id, user_id)
);

create table hearing_questions (
  id uuid primary key default gen_random_uuid(),
  hearing_id uuid not null references hearings(id) on delete cascade,
  user_id uuid references users(id) on delete set null,
  author_name text not null,
  kind text not null check (kind in ('question', 'proposal')),
  phase text not null check (phase in ('before', 'during')),
  text text not null,
  hidden boolean not null default false,
  hidden_reason text,
  answer text,
  outcome text check (outcome in ('accepted', 'partly_accepted', 'rejected', 'answered')),
  answered_at timestamptz,
  answered_by uuid references users(id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now()
);
create index hearing_questions_hearing_idx on hearing_questions (hearing_id, created_at);

-- Public documents (agenda papers, minutes, materials, report files) of councils and hearings.
create table council_documents (
  id uuid primary key default gen_random_uuid(),
  owner_type text not null check (owner_type in ('meeting', 'hearing', 'report', 'selection')),
  owner_id uuid not null,
  file_id uuid not null references files(id),
  title text not null,
  created_at timestamptz not null default now()
);
create index council_documents_owner_idx on council_documents (owner_type, owner_id);
