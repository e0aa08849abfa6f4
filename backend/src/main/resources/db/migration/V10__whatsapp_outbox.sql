-- Issue 12, messages out: WhatsApp Cloud numbers connected by a supervisor, and an outbox that a relay sends
-- from, so that no network call to Meta happens inside a database transaction and a message leaves once.
-- (V9 is the webhooks-in migration; this one only adds and never renames what V9 may touch: the columns below
-- that a failed delivery status from a webhook would also fill are added with IF NOT EXISTS.)

-- ---- Connected numbers ----

-- A channel that a supervisor disconnected stays (its rooms and messages are history) but is inactive; when it
-- was disconnected is shown to operators. Connecting the same phone-number id again reactivates the row.
alter table channel add column disconnected_at timestamptz;

-- The credentials of a channel connected to a provider's API (WhatsApp Cloud). A channel without a row here
-- is a sandbox channel (the demo's): its messages go through the local sandbox gateway.
-- The access token is write-only: stored encrypted with AES-256-GCM under INBOX_SECRETS_KEY, as
-- version byte (1) || 12-byte random nonce || ciphertext and tag, with "channel:<id>" as associated data, so
-- a ciphertext copied to another channel's row does not decrypt. The key never lives in the database.
create table channel_credential (
    channel_id        bigint      primary key,
    tenant_id         bigint      not null,
    provider          text        not null check (provider in ('WHATSAPP_CLOUD')),
    access_token_enc  bytea       not null check (length(access_token_enc) between 29 and 8192),
    -- the WhatsApp Business Account, needed to sync templates (GET /{waba-id}/message_templates)
    waba_id           text        check (waba_id ~ '^[0-9]{1,30}$'),
    updated_at        timestamptz not null,
    constraint channel_credential_channel_fk foreign key (tenant_id, channel_id) references channel (tenant_id, id)
);

-- ---- Messages: queued, failed with a reason ----

-- QUEUED: stored and in the outbox, not yet accepted by the provider. PENDING stays for existing rows.
-- Order of the tick (never backwards): QUEUED/PENDING -> SENT -> DELIVERED -> READ; FAILED is final until an
-- agent retries (which queues it again).
alter table message drop constraint if exists message_delivery_status_check;
alter table message add constraint message_delivery_status_check
    check (delivery_status in ('QUEUED', 'PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED'));
-- Why a message failed: the columns of V9 (failure_reason, a stable reason such as REENGAGEMENT_REQUIRED or
-- AMBIGUOUS_TIMEOUT; failure_code, the provider's numeric error code when it gave one; failure_title and
-- failure_detail for the agent). The relay writes them as webhooks do (DeliveryFailure.ofCode).
-- The values of a template's {{1}}, {{2}}, ... as sent (a JSON array of strings): the provider gets the
-- template by name and these values, and an agent's retry sends them again.
alter table message add column template_parameters jsonb check (jsonb_typeof(template_parameters) = 'array');

-- ---- The outbox ----

-- One row per outbound message waiting to leave, written in the transaction that stores the message (so a
-- stored message is always sent or visibly failed). The relay (OutboxRelay):
--  1. claims due rows in a short transaction: FOR UPDATE SKIP LOCKED, so several API instances never take the
--     same row, and sets a lease (claimed_until) with a token of its own;
--  2. sets send_started_at just before the HTTP call (autocommit), then calls the provider outside any
--     transaction;
--  3. records the result in another short transaction, only while its token still holds the row: success or
--     a final failure deletes the row and updates the message; a retryable failure schedules next_attempt_at.
-- A relay that dies leaves a lease that runs out: without send_started_at nothing left, and the row is claimed
-- again; with it the request may have reached Meta, so the message is failed (relay-interrupted) rather than
-- sent twice, and the agent may retry it.
create table outbox (
    id               bigint      generated always as identity primary key,
    tenant_id        bigint      not null,
    message_id       bigint      not null,
    -- per recipient (a room is one contact on one number): only the oldest row of a room is sent, and the next
    -- one only once the previous has its wamid or has failed, so a room's messages arrive in order
    room_id          bigint      not null,
    channel_id       bigint      not null,
    attempts         integer     not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    -- retryable failures are retried until then, then the message fails (retry-deadline-passed)
    deadline_at      timestamptz not null,
    claimed_by       text,
    claim_token      uuid,
    claimed_until    timestamptz,
    send_started_at  timestamptz,
    last_error       text        check (length(last_error) <= 2000),
    created_at       timestamptz not null,
    constraint outbox_message_key unique (message_id),
    constraint outbox_message_fk foreign key (tenant_id, message_id) references message (tenant_id, id) on delete cascade,
    constraint outbox_claim_check check ((claim_token is null) = (claimed_until is null))
);
-- the relay's claim: due rows, oldest first
create index outbox_due_idx on outbox (next_attempt_at, id);
-- "is there an older row of this room?" (the head-of-room rule of the claim)
create index outbox_room_idx on outbox (room_id, id);

-- Pacing per number (default 80 messages/s, Meta's default throughput): each claim reserves the next free send
-- slots of its channel here, under the row lock, so instances together keep the pace. A 429/130429 from Meta
-- pushes next_slot_at further.
create table outbox_pace (
    channel_id    bigint      primary key references channel (id),
    next_slot_at  timestamptz not null
);
