-- Public discussion of draft legal acts: drafts by state bodies, their versions (a text structured
-- as articles, paragraphs and sub-paragraphs in Kazakh and Russian, with an explanatory note),
-- comments on a paragraph with supports, the developer's answer to each comment, and NGOs' expert
-- and anti-corruption conclusions. The lifecycle is in src/modules/legislation/domain.ts.

create table legislation_drafts (
  id uuid primary key default gen_random_uuid(),
  state_body_id uuid not null references state_bodies(id),
  kind text not null check (kind in ('law', 'code', 'decree', 'resolution', 'order', 'decision')),
  title_kk text not null check (length(title_kk) between 1 and 500),
  title_ru text not null check (length(title_ru) between 1 and 500),
  status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'summary_published')),
  -- The version under discussion (or being prepared); versions are numbered from 1.
  current_version int not null default 1 check (current_version >= 1),
  -- The current round of discussion: opened at, last day (civil, Asia/Almaty), closing instant.
  opened_at timestamptz,
  last_day date,
  closes_at timestamptz,
  first_opened_at timestamptz,
  summary_published_at timestamptz,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Optimistic locking: two officials editing the same draft.
  lock_version int not null default 0,
  search text generated always as (registry_fold(title_kk || ' ' || title_ru)) stored
);
create index legislation_drafts_status on legislation_drafts (status, closes_at);
create index legislation_drafts_body on legislation_drafts (state_body_id);
create index legislation_drafts_search on legislation_drafts using gin (search gin_trgm_ops);

create table legislation_versions (
  id uuid primary key default gen_random_uuid(),
  draft_id uuid not null references legislation_drafts(id) on delete cascade,
  number int not null check (number >= 1),
  note_kk text not null check (length(note_kk) between 1 and 20000),
  note_ru text not null check (length(note_ru) between 1 and 20000),
  -- What the developer says changed from the previous version (empty for the first).
  changes_kk text not null default '',
  changes_ru text not null default '',
  created_at timestamptz not null default now(),
  opened_at timestamptz,
  last_day date,
  -- When the summary table of this version's comments and answers was published.
  summary_published_at timestamptz,
  unique (draft_id, number)
);

create table legislation_units (
  id uuid primary key default gen_random_uuid(),
  version_id uuid not null references legislation_versions(id) on delete cascade,
  position int not null,
  key text collate "C" not null check (key ~ '^[a-z0-9.~-]+$'),
  kind text not null check (kind in ('preamble', 'article', 'paragraph', 'subparagraph')),
  label text not null default '',
  heading_kk text not null default '',
  heading_ru text not null default '',
  text_kk text not null default '',
  text_ru text not null default '',
  unique (version_id, key),
  unique (version_id, position)
);

create table legislation_comments (
  id uuid primary key default gen_random_uuid(),
  draft_id uuid not null references legislation_drafts(id) on delete cascade,
  version_id uuid not null references legislation_versions(id) on delete cascade,
  unit_id uuid not null references legislation_units(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  -- The public display name at the time (no other personal data is published).
  author_name text not null,
  -- When written for an NGO the author represents.
  organization_bin text,
  body text not null check (length(body) between 1 and 5000),
  lang text not null check (lang in ('kk', 'ru', 'en')),
  created_at timestamptz not null default now(),
  supports int not null default 0 check (supports >= 0),
  answer_status text check (answer_status in ('accepted', 'partly_accepted', 'rejected')),
  answer_reason text,
  answered_by uuid references users(id) on delete set null,
  answered_by_name text,
  answered_at timestamptz,
  -- Optimistic locking of the answer: two officials answering the same comment.
  answer_version int not null default 0,
  check ((answer_status is null) = (answered_at is null))
);
create index legislation_comments_draft on legislation_comments (draft_id, version_id, created_at);
create index legislation_comments_unit on legislation_comments (unit_id);
create index legislation_comments_created on legislation_comments (created_at, id);

create table legislation_supports (
  comment_id uuid not null references legislation_comments(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (comment_id, user_id)
);

create table legislation_conclusions (
  id uuid primary key default gen_random_uuid(),
  draft_id uuid not null references legislation_drafts(id) on delete cascade,
  version_id uuid not null references legislation_versions(id) on delete cascade,
  kind text not null check (kind in ('expert', 'anti_corruption')),
  organization_bin text not null,
  summary text not null check (length(summary) between 1 and 2000),
  file_id uuid not null references files(id),
  submitted_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index legislation_conclusions_draft on legislation_conclusions (draft_id, created_at);
