-- Platform tables shared by every module: accounts, sessions, tokens, memberships,
-- state bodies, audit log, jobs, mail outbox, files, saved form drafts.
-- In public, so a per-test schema dropped on PostgreSQL never takes the extension with it.
create extension if not exists pg_trgm with schema public;

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  password_hash text not null,
  name text not null,
  locale text not null default 'kk',
  roles text[] not null default '{citizen}',
  email_confirmed_at timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table sessions (
  id text primary key,               -- sha256 of the cookie token; the token itself is never stored
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);

create table email_tokens (
  id text primary key,               -- sha256 of the token sent by e-mail
  user_id uuid not null references users(id) on delete cascade,
  purpose text not null check (purpose in ('confirm', 'reset')),
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

create table state_bodies (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  kind text not null,                -- government, ministry, akimat, maslikhat, agency, operator
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  region text,
  created_at timestamptz not null default now()
);

-- A person acts for an organisation (by BIN) or for a state body.
create table memberships (
  user_id uuid not null references users(id) on delete cascade,
  org_type text not null check (org_type in ('organization', 'state_body')),
  org_id text not null,
  created_at timestamptz not null default now(),
  primary key (user_id, org_type, org_id)
);
create index memberships_org_idx on memberships (org_type, org_id);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  data jsonb not null default '{}',
  is_public boolean not null default false,
  request_id text
);
create index audit_entity_idx on audit_log (entity_type, entity_id, at);
create index audit_at_idx on audit_log (at);

-- The audit log is append-only: no role can rewrite history through the application.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();

create table jobs (
  id bigserial primary key,
  queue text not null,
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  attempts int not null default 0,
  max_attempts int not null default 5,
  locked_until timestamptz,
  done_at timestamptz,
  failed_at timestamptz,
  last_error text,
  dedupe_key text unique,
  created_at timestamptz not null default now()
);
create index jobs_ready_idx on jobs (run_at) where done_at is null and failed_at is null;

create table mail_outbox (
  id bigserial primary key,
  to_address text not null,
  subject text not null,
  text_body text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  last_error text
);

create table files (
  id uuid primary key default gen_random_uuid(),
  storage_key text not null,
  original_name text not null,
  mime text not null,
  size_bytes int not null,
  sha256 text not null,
  uploaded_by uuid references users(id),
  created_at timestamptz not null default now()
);

-- What a user typed into a form when their session had expired, restored after sign-in.
create table form_drafts (
  id text primary key,
  path text not null,
  payload jsonb not null,
  expires_at timestamptz not null
);
