-- Public initiatives (e-petitions): the initiative with its lifecycle and deadlines, and the
-- signatures given with a digital signature. See src/modules/petitions/domain.ts for the states.

create table initiatives (
  id uuid primary key default gen_random_uuid(),
  title text not null check (length(title) between 5 and 200 and title !~ '[\r\n]'),
  body text not null check (length(body) between 20 and 20000),
  -- The language the author wrote in (user content carries its language).
  language text not null default 'kk' check (language in ('kk', 'ru', 'en')),
  addressee_id uuid not null references state_bodies(id),
  addressee_code text not null,
  -- Region of the addressee (null for the Government): filters and indicators by region.
  region text,
  area text not null,
  status text not null default 'draft' check (status in
    ('draft', 'moderation', 'collecting', 'threshold_reached', 'under_review', 'answered', 'rejected', 'expired')),
  -- Fixed when collection opens, from the parameters in force that day.
  threshold integer check (threshold > 0),
  signature_count integer not null default 0 check (signature_count >= 0),
  author_id uuid references users(id) on delete set null,
  author_name text not null,
  submitted_at timestamptz,
  moderation_due date,
  rejection_category text,
  rejection_reason text,
  moderated_at timestamptz,
  collecting_from timestamptz,
  collection_ends date,
  threshold_reached_at timestamptz,
  answer_due date,
  review_started_at timestamptz,
  answered_at timestamptz,
  answer_decision text check (answer_decision in ('accepted', 'partly', 'declined')),
  answer_text text,
  answered_by_name text,
  expired_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index initiatives_status_idx on initiatives (status, signature_count desc);
create index initiatives_addressee_idx on initiatives (addressee_id, status);
create index initiatives_region_idx on initiatives (region);
create index initiatives_author_idx on initiatives (author_id);
-- Similar initiatives while drafting (pg_trgm similarity, any language).
create index initiatives_title_trgm on initiatives using gin (lower(title) gin_trgm_ops);

-- One row per signature. The IIN itself is never stored: iin_hash is an HMAC of it under the
-- server secret, unique per initiative (one IIN signs once). The CMS is kept for audit; only
-- public_name ("Айгерім Н.") is ever shown. receipt_hash is the sha256 of the signer's receipt token.
create table initiative_signatures (
  id bigserial primary key,
  initiative_id uuid not null references initiatives(id) on delete cascade,
  iin_hash text not null,
  public_name text not null,
  signed_at timestamptz not null default now(),
  signing_time timestamptz,
  cms bytea,
  cert_serial text,
  cert_issuer text,
  receipt_hash text,
  -- Synthetic rows of the demo carry no CMS.
  synthetic boolean not null default false,
  unique (initiative_id, iin_hash)
);
create unique index initiative_signatures_receipt_idx on initiative_signatures (receipt_hash) where receipt_hash is not null;
create index initiative_signatures_recent_idx on initiative_signatures (initiative_id, id desc);
