-- Secrets every instance of one installation must share and that survive restarts (issue 10).
-- 'cursor': the HMAC-SHA256 key that signs list cursors, created by the first instance that starts,
-- used only when inbox.cursor.key (INBOX_CURSOR_KEY) is not set.
create table server_secret (
    name       text primary key,
    value      bytea not null check (length(value) >= 32),
    created_at timestamptz not null default now()
);
