-- WhatsApp Cloud API webhooks in (issue 12, "Webhooks in").
--
-- How an event travels:
--   1. POST /webhooks/whatsapp checks X-Hub-Signature-256 against the raw body, inserts the raw body
--      here and answers 200. Nothing else happens in the request: Meta wants its answer within seconds
--      and retries for days otherwise, so an acknowledgement means "durable", never "processed".
--   2. A worker (WebhookWorker, every instance, every second) claims one due row with
--      FOR UPDATE SKIP LOCKED, applies it and marks it done in the same transaction. Several instances
--      never take the same row; a worker that dies mid-batch loses only its open transaction, whose row
--      is claimed again. Applying an event is idempotent (messages dedupe on their wamid through
--      message_provider_id_key, ticks only move forward, reactions only get newer), so an event applied
--      twice after a lost COMMIT still stores one message.
--   3. A failure is kept: attempts + 1, last_error, next_attempt_at with exponential backoff (capped at
--      an hour), and the row stays PENDING. Rows are never deleted by the application.

create table whatsapp_webhook (
    id              bigint      generated always as identity primary key,
    received_at     timestamptz not null,
    -- the body exactly as Meta sent and signed it (bytes, so even a body that is not valid JSON is kept)
    payload         bytea       not null,
    -- PENDING: to process (again, when attempts > 0); DONE: processed; UNROUTED: processed, but a
    -- phone_number_id in it names no WhatsApp channel (see note; not retried); INVALID: not a WhatsApp
    -- webhook at all (not JSON, or another object), kept for operators, not retried
    status          text        not null default 'PENDING' check (status in ('PENDING', 'DONE', 'UNROUTED', 'INVALID')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text        check (length(last_error) <= 2000),
    -- what an operator should know about a processed event: unknown phone_number_ids, statuses of
    -- messages the inbox never sent
    note            text        check (length(note) <= 2000),
    processed_at    timestamptz,
    constraint whatsapp_webhook_processed check ((status = 'PENDING') = (processed_at is null))
);
-- The worker's claim: the oldest due PENDING row.
create index whatsapp_webhook_due_idx on whatsapp_webhook (next_attempt_at, id) where status = 'PENDING';
-- Operators: events for numbers that are not connected (or no longer), newest first.
create index whatsapp_webhook_unrouted_idx on whatsapp_webhook (received_at desc) where status in ('UNROUTED', 'INVALID');

-- Webhooks find their channel by the WhatsApp phone-number id alone (no tenant in the payload); only an
-- active channel receives (a disconnected number's events are UNROUTED).
create index channel_whatsapp_number_idx on channel (external_id) where kind = 'WHATSAPP';

-- Message kinds WhatsApp sends beyond text and media. UNSUPPORTED keeps a type the inbox does not know
-- (its type in content), REACTION a reaction to a message the inbox does not have.
alter table message drop constraint message_kind_check;
alter table message add constraint message_kind_check check (kind in (
    'TEXT', 'TEMPLATE', 'IMAGE', 'DOCUMENT', 'AUDIO', 'VIDEO', 'NOTE',
    'STICKER', 'LOCATION', 'CONTACTS', 'INTERACTIVE_REPLY', 'REACTION', 'UNSUPPORTED'));
-- The structured part of a message (media id, MIME type, sha256, caption, file name; location; contact
-- cards; the button or list row chosen; the unknown type): the shape of MessageDtos.MessageContent.
-- body stays a readable text for search, previews and clients that know only text ("[image]", a caption).
alter table message add column content jsonb;
-- A reply to an earlier message (WhatsApp context.id): its wamid, and our id when we have that message.
alter table message add column reply_to_provider_id text check (length(reply_to_provider_id) <= 200);
alter table message add column reply_to_message_id bigint;
alter table message add constraint message_reply_to_fk foreign key (tenant_id, reply_to_message_id) references message (tenant_id, id);
alter table message add column forwarded boolean not null default false;
-- The customer's reaction to this message (one per customer on WhatsApp); reaction_at orders redelivered
-- and out-of-order reactions, and stays when an empty emoji removes the reaction.
alter table message add column reaction text check (length(reaction) <= 32);
alter table message add column reaction_at timestamptz;
-- Why an outbound message failed: the provider's code, our stable reason (DeliveryFailure), the
-- provider's title and details.
alter table message add column failure_code integer;
alter table message add column failure_reason text check (length(failure_reason) <= 60);
alter table message add column failure_title text check (length(failure_title) <= 1000);
alter table message add column failure_detail text check (length(failure_detail) <= 2000);

-- The one rule of delivery ticks: a status moves only forward. QUEUED (issue 12's outbox) and PENDING
-- come first; FAILED is final, so nothing moves it. Used by every UPDATE of delivery_status that must not
-- go back: delivery_rank(new) > delivery_rank(current).
create function delivery_rank(status text) returns integer
    language sql immutable parallel safe
    as $$ select case status when 'QUEUED' then 0 when 'PENDING' then 0 when 'SENT' then 1 when 'DELIVERED' then 2
                             when 'READ' then 3 when 'FAILED' then 4 else 0 end $$;

-- The click-to-WhatsApp ad a customer came from (referral of their message): headline, body, source
-- type, id and URL, so the room can show it. The 72-hour free-entry window it opens is window_expires_at.
alter table room add column ad_referral jsonb;
