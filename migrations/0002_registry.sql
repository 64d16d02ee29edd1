-- NGO registry: organisations, their change history, annual reports to the NGO database,
-- and the register of social entrepreneurs. Ratings are computed from these facts, never stored.

-- Kazakh and Russian spell the same name with different letters (Болашақ / Болашак) and people
-- type either, so search compares a folded form: lower case, Kazakh-specific letters mapped to
-- their nearest Russian ones, quotes dropped. The application folds the query the same way
-- (src/modules/registry/domain.ts foldForSearch; a test keeps them in step).
create function registry_fold(t text) returns text
  language sql immutable parallel safe
  return translate(lower(t), 'әғқңөұүһіё«»"“”„', 'агкноуухие');

-- BINs and sort keys use the "C" collation: BINs are digits, sort keys are already folded, and
-- byte order is both the fastest comparison and the same on every server (PGlite sorts that way).
create table organizations (
  bin text collate "C" primary key check (bin ~ '^[0-9]{12}$'),
  name_kk text not null check (length(name_kk) between 1 and 300),
  name_ru text not null check (length(name_ru) between 1 and 300),
  name_en text check (length(name_en) <= 300),
  short_name text check (length(short_name) <= 100),
  legal_form text not null,
  region text not null,
  settlement text not null default '',
  areas text[] not null default '{}' check (cardinality(areas) >= 1),
  founded_on date not null,
  status text not null default 'active' check (status in ('active', 'liquidated')),
  verification text not null default 'pending' check (verification in ('pending', 'verified', 'refused')),
  -- Why a moderator refused (shown to the public with the decision); null otherwise.
  verification_reason text,
  verified_at timestamptz,
  -- The latest document a moderator relied on; the audit log keeps every decision.
  verification_file_id uuid references files(id),
  website text,
  email text,
  phone text,
  address text,
  description text,
  leaders jsonb not null default '[]',   -- [{ "name": "...", "position": "..." }]
  founders jsonb not null default '[]',  -- [{ "name": "..." }]
  registered_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search text generated always as (
    registry_fold(name_kk || ' ' || name_ru || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name, '') || ' ' || bin)
  ) stored,
  -- Sort keys of the name each reader sees (their language; English falls back to Kazakh), stored
  -- so a sorted page reads an index instead of folding 25,000 names per request.
  sort_kk text collate "C" generated always as (registry_fold(name_kk)) stored,
  sort_ru text collate "C" generated always as (registry_fold(name_ru)) stored,
  sort_en text collate "C" generated always as (registry_fold(coalesce(nullif(name_en, ''), name_kk))) stored,
  -- 'simple': Kazakh has no stemmer in PostgreSQL, and prefix queries (болаш:*) cover word endings.
  tsv tsvector generated always as (to_tsvector('simple'::regconfig,
    registry_fold(name_kk || ' ' || name_ru || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name, '')))) stored
);
-- Partial words and misspellings: word_similarity (<%) and similarity (%) use this index.
create index organizations_search_trgm on organizations using gin (search gin_trgm_ops);
create index organizations_tsv on organizations using gin (tsv);
create index organizations_sort_kk on organizations (sort_kk, bin);
create index organizations_sort_ru on organizations (sort_ru, bin);
create index organizations_sort_en on organizations (sort_en, bin);
create index organizations_areas on organizations using gin (areas);
create index organizations_region on organizations (region);
create index organizations_legal_form on organizations (legal_form);
create index organizations_founded on organizations (founded_on);
-- The moderators' queue reads pending organisations oldest first.
create index organizations_queue on organizations (created_at) where verification = 'pending';

-- The dictionary of words for fuzzy search (pg_trgm "text search integration"): the distinct
-- lexemes of every organisation's `tsv`, so a misspelt or transliterated query word is matched
-- by trigram similarity against a few thousand words rather than 25,000 whole names, and its
-- close words then go into a full-text query on organizations_tsv. The words are the `tsv`
-- lexemes themselves, so a word found here is always found by the tsquery. Compound tokens
-- (hosts, hyphenated words, versions) are left out: their parts are lexemes of their own.
-- Words are only added: a word no name uses any more matches nothing, and costs one candidate slot.
create table registry_words (
  word text primary key
);
create index registry_words_trgm on registry_words using gin (word gin_trgm_ops);

create function registry_words_insert() returns trigger language plpgsql as $$
begin
  insert into registry_words (word)
  select distinct w.lexeme from added a, unnest(a.tsv) w where w.lexeme !~ '[[:punct:]]'
  on conflict do nothing;
  return null;
end $$;
-- Statement level: a bulk insert (the demo seed, imports) adds its words in one statement.
create trigger organizations_words_insert after insert on organizations
  referencing new table as added for each statement execute function registry_words_insert();

create function registry_words_update() returns trigger language plpgsql as $$
begin
  insert into registry_words (word)
  select w.lexeme from unnest(new.tsv) w where w.lexeme !~ '[[:punct:]]'
  on conflict do nothing;
  return null;
end $$;
create trigger organizations_words_update after update of name_kk, name_ru, name_en, short_name on organizations
  for each row when (old.tsv is distinct from new.tsv) execute function registry_words_update();

-- Backfill for organisations that exist already.
insert into registry_words (word)
select distinct w.lexeme from organizations o, unnest(o.tsv) w where w.lexeme !~ '[[:punct:]]'
on conflict do nothing;

-- Public history of a profile: which fields changed, from what to what, by whom (kind of actor).
create table organization_changes (
  id bigserial primary key,
  bin text collate "C" not null references organizations(bin) on delete cascade,
  changed_at timestamptz not null default now(),
  actor_id uuid references users(id) on delete set null,
  actor_kind text not null check (actor_kind in ('representative', 'moderator')),
  changes jsonb not null  -- { "field": { "from": ..., "to": ... } }
);
create index organization_changes_bin on organization_changes (bin, changed_at desc);

-- The yearly report to the NGO database, due by annualReport.dueMonthDay of the following year.
create table annual_reports (
  bin text collate "C" not null references organizations(bin) on delete cascade,
  year int not null check (year between 1991 and 2200),
  submitted_at timestamptz not null default now(),
  submitted_by uuid references users(id) on delete set null,
  -- activities, membersCount, foundersCount, property, income {source: tiyn}, spending {category: tiyn},
  -- beneficiaries, staff, volunteers; money as integer tiyn.
  data jsonb not null,
  income_total bigint not null check (income_total >= 0),  -- tiyn, for statistics without reading data
  primary key (bin, year)
);
-- Report-status filters and the rating read (year, bin, submitted_at) of one year at a time.
create index annual_reports_year on annual_reports (year, bin) include (submitted_at);

-- Register of social entrepreneurs (Entrepreneurial Code art. 79-1): one application per list year.
create table social_entrepreneurs (
  id bigserial primary key,
  bin text collate "C" not null references organizations(bin) on delete cascade,
  list_year int not null,
  category smallint not null check (category between 1 and 4),
  application jsonb not null,  -- { activities, employeesTotal, employeesVulnerable }
  status text not null default 'applied' check (status in ('applied', 'approved', 'refused')),
  decision_reason text,
  applied_by uuid references users(id) on delete set null,
  applied_at timestamptz not null default now(),
  decided_by uuid references users(id) on delete set null,
  decided_at timestamptz,
  unique (bin, list_year)
);
create index social_entrepreneurs_list on social_entrepreneurs (list_year, status);
