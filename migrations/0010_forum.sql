-- Civil Forum and its action plan (PRODUCT.md §8): forums with dialogue platforms by topic,
-- participants' proposals and supports, recommendations adopted by each platform, and the action
-- plan whose items carry their recommendations, a responsible body, a deadline, a status and evidence.

create table forums (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('national', 'regional')),
  region text,
  year int not null check (year between 2000 and 2100),
  title_kk text not null,
  title_ru text not null,
  title_en text,
  description text,
  organiser_body_id uuid not null references state_bodies(id),
  held_on date,
  status text not null default 'planned' check (status in ('planned', 'open', 'deliberation', 'concluded')),
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((kind = 'national') = (region is null))
);
create index forums_year_idx on forums (year desc);

-- A dialogue platform of a forum, on one topic (an area of activity from the reference data).
create table forum_platforms (
  id uuid primary key default gen_random_uuid(),
  forum_id uuid not null references forums(id) on delete cascade,
  topic text not null,
  title_kk text not null,
  title_ru text not null,
  title_en text,
  position int not null default 0,
  unique (forum_id, topic)
);

create table forum_proposals (
  id uuid primary key default gen_random_uuid(),
  platform_id uuid not null references forum_platforms(id) on delete cascade,
  author_id uuid references users(id),
  title text not null,
  body text not null,
  supports int not null default 0,
  created_at timestamptz not null default now()
);
create index forum_proposals_platform_idx on forum_proposals (platform_id, supports desc);

-- One support per person per proposal.
create table forum_supports (
  proposal_id uuid not null references forum_proposals(id) on delete cascade,
  user_id uuid not null references users(id),
  created_at timestamptz not null default now(),
  primary key (proposal_id, user_id)
);

-- A recommendation adopted by a platform; numbered within its forum ("No. 12").
create table forum_recommendations (
  id uuid primary key default gen_random_uuid(),
  forum_id uuid not null references forums(id) on delete cascade,
  platform_id uuid not null references forum_platforms(id) on delete cascade,
  number int not null,
  text_kk text not null,
  text_ru text not null,
  text_en text,
  proposal_id uuid references forum_proposals(id),
  adopted_by uuid references users(id),
  adopted_at timestamptz not null default now(),
  unique (forum_id, number)
);
create index forum_recommendations_platform_idx on forum_recommendations (platform_id);

create table action_plan_items (
  id uuid primary key default gen_random_uuid(),
  forum_id uuid not null references forums(id),
  number int not null,
  title_kk text not null,
  title_ru text not null,
  title_en text,
  topic text not null,
  region text,
  responsible_body_id uuid not null references state_bodies(id),
  deadline date not null,
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled')),
  status_note text,
  done_at timestamptz,
  version int not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (forum_id, number),
  -- Nothing is done without a date; the evidence rule is checked by the command (it needs a count).
  check (status <> 'done' or done_at is not null)
);
create index action_plan_body_idx on action_plan_items (responsible_body_id, status);
create index action_plan_deadline_idx on action_plan_items (deadline);

-- The recommendations an item comes from.
create table action_plan_sources (
  item_id uuid not null references action_plan_items(id) on delete cascade,
  recommendation_id uuid not null references forum_recommendations(id),
  primary key (item_id, recommendation_id)
);
create index action_plan_sources_rec_idx on action_plan_sources (recommendation_id);

create table action_plan_evidence (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references action_plan_items(id) on delete cascade,
  kind text not null check (kind in ('document', 'link')),
  file_id uuid references files(id),
  url text,
  description text not null,
  added_by uuid references users(id),
  created_at timestamptz not null default now(),
  check ((kind = 'document' and file_id is not null) or (kind = 'link' and url is not null))
);
create index action_plan_evidence_item_idx on action_plan_evidence (item_id);
