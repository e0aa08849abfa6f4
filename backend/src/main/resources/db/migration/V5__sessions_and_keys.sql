-- Sign-in that ends when it should (issue 9): server-side sessions with rotating refresh tokens,
-- API keys for integrators, and a login throttle every API instance shares.

-- Who a user is: a person who signs in with a password, or the service account behind an API key
-- (it sends messages and resolves rooms under the key's name; it never signs in, is never assigned).
alter table app_user add column kind text not null default 'person' check (kind in ('person', 'api_key'));
alter table app_user add column password_changed_at timestamptz not null default now();

-- One signed-in browser (or client). Access tokens name it in their `sid` claim, and every
-- authenticated request checks it by primary key: a logout, a deactivation or a password change
-- takes effect on the next request on every instance.
create table auth_session (
    id              uuid        primary key,
    tenant_id       bigint      not null,
    user_id         bigint      not null,
    created_at      timestamptz not null default now(),
    -- last sign-in or refresh; the session ends after the idle timeout without one
    refreshed_at    timestamptz not null default now(),
    -- the latest moment the session may be refreshed, however active it is
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    revoked_reason  text        check (revoked_reason in ('logout', 'deactivated', 'password-changed',
                                                          'refresh-token-reused', 'expired')),
    user_agent      text        check (length(user_agent) <= 500),
    client_address  text        check (length(client_address) <= 64),
    constraint auth_session_user_fk foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
-- ending every session of a user (deactivation, password change)
create index auth_session_user_live_idx on auth_session (user_id) where revoked_at is null;
-- the purge of long-dead sessions
create index auth_session_expires_idx on auth_session (expires_at);

-- Every refresh token ever issued for a session, by hash: a token presented a second time is a
-- replay (OAuth 2.0 Security BCP, refresh token rotation), which revokes the session.
create table auth_refresh_token (
    token_hash      bytea       primary key,
    session_id      uuid        not null references auth_session (id) on delete cascade,
    issued_at       timestamptz not null default now(),
    -- set when the token was exchanged for its successor
    used_at         timestamptz
);
create index auth_refresh_token_session_idx on auth_refresh_token (session_id);

create table api_key (
    id              bigint      generated always as identity primary key,
    tenant_id       bigint      not null,
    name            text        not null check (length(name) between 1 and 100),
    -- the visible start of the key (inbx_<prefix>_...), unique, to find the key without a scan
    prefix          text        not null unique check (prefix ~ '^[a-z0-9]{8}$'),
    -- SHA-256 of the whole key: keys are 256 random bits, so a fast hash is as safe as bcrypt here
    key_hash        bytea       not null,
    -- the service account the key acts as (role supervisor, kind api_key)
    user_id         bigint      not null,
    created_by      bigint      not null,
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    constraint api_key_tenant_id_key unique (tenant_id, id),
    constraint api_key_user_fk foreign key (tenant_id, user_id) references app_user (tenant_id, id),
    constraint api_key_created_by_fk foreign key (tenant_id, created_by) references app_user (tenant_id, id)
);
create index api_key_tenant_idx on api_key (tenant_id, created_at desc, id desc);

-- Failed sign-ins, counted per key: 'pair:<username> <address>', 'address:<address>' and
-- 'username:<username>' (OWASP Authentication Cheat Sheet). Shared by every API instance.
create table login_throttle (
    key             text        primary key check (length(key) <= 400),
    failures        integer     not null,
    window_started  timestamptz not null,
    locked_until    timestamptz
);
create index login_throttle_window_idx on login_throttle (window_started);

-- Addresses a user has signed in from: while their username is under attack from elsewhere,
-- these keep working.
create table login_known_address (
    username        text        not null,
    client_address  text        not null,
    last_success_at timestamptz not null default now(),
    primary key (username, client_address)
);
