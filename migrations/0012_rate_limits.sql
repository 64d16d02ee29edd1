-- Rate limits shared by every instance of the server (ADR 0009): one row per limit and client
-- (a route or group, and an address or an account), counting the hits of its current fixed window.
-- Each hit is one upsert; a window that has run out starts again at 1. Rows past their window are
-- deleted now and then by the server.

create table rate_limits (
  key text collate "C" primary key,
  window_start timestamptz not null,
  hits integer not null check (hits > 0),
  expires_at timestamptz not null
);

create index rate_limits_expires_at on rate_limits (expires_at);
