-- Online reception: citizens' appeals to state bodies, their lifecycle, deadlines in working days,
-- ratings and (with consent) publication without personal data. Deadlines are civil dates in
-- Asia/Almaty computed by the application's calendar (src/reference/calendar.ts), so the SQL only
-- compares dates and never needs time-zone data.

-- One counter row per year gives registration numbers QA-<year>-<6 digits> without gaps or
-- duplicates: the upsert locks the year's row until the registering transaction ends.
create table appeal_counters (
  year int primary key,
  last int not null
);

create table appeals (
  id uuid primary key default gen_random_uuid(),
  number text collate "C" not null unique check (number ~ '^QA-[0-9]{4}-[0-9]{6}$'),
  kind text not null check (kind in ('question', 'proposal', 'request', 'complaint')),
  -- The body that must answer now; original_body_id is where the citizen sent it.
  state_body_id uuid not null references state_bodies(id),
  original_body_id uuid not null references state_bodies(id),
  citizen_id uuid not null references users(id),
  subject text not null check (length(subject) between 1 and 200),
  body text not null check (length(body) between 1 and 10000),
  lang text not null check (lang in ('kk', 'ru', 'en')),
  status text not null default 'registered' check (status in ('registered', 'redirected', 'in_progress', 'answered', 'rated')),
  registered_at timestamptz not null default now(),
  registered_on date not null,
  registered_year int not null,
  -- When the current term began (registration, or the arrival at the competent body after a redirect).
  term_start_on date not null,
  due_on date not null,
  redirected_at timestamptz,
  redirect_reason text,
  extended_at timestamptz,
  extension_reason text,
  extension_days int check (extension_days > 0),
  assigned_to uuid references users(id) on delete set null,
  answer text,
  answered_at timestamptz,
  answered_on date,
  answered_by uuid references users(id) on delete set null,
  rating int check (rating between 1 and 5),
  rating_comment text,
  rated_at timestamptz,
  escalated_at timestamptz,
  publish_consent boolean not null default false,
  public_subject text,
  public_body text,
  public_answer text,
  published_at timestamptz,
  -- Optimistic locking: every change of the appeal bumps it; a form carries the version it was read at.
  version int not null default 1,
  updated_at timestamptz not null default now(),
  check ((status in ('answered', 'rated')) = (answered_at is not null)),
  check ((status = 'rated') = (rating is not null)),
  check (published_at is null or (publish_consent and answered_at is not null))
);
create index appeals_body_idx on appeals (state_body_id, status, due_on);
create index appeals_citizen_idx on appeals (citizen_id, registered_at desc);
create index appeals_year_idx on appeals (registered_year, state_body_id);
create index appeals_published_idx on appeals (published_at desc) where published_at is not null;
create index appeals_open_due_idx on appeals (due_on) where answered_at is null;

create table appeal_files (
  appeal_id uuid not null references appeals(id) on delete cascade,
  file_id uuid not null references files(id),
  primary key (appeal_id, file_id)
);

-- Who heads a state body for the purpose of escalation: a person with a membership of the body,
-- flagged here. Without any, escalation mail goes to every official of the body.
create table appeal_body_heads (
  state_body_id uuid not null references state_bodies(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  primary key (state_body_id, user_id)
);
