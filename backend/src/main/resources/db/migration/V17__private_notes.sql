-- Private notes and @mentions (issue 14).
--
-- A private note is a message of the room that only the team sees: direction INTERNAL, kind NOTE (a SYSTEM
-- note is direction SYSTEM, kind NOTE). It lives in `message` so the conversation's keyset page, "around" a
-- message and the live message.created event carry it in place, with no second timeline to merge. Nothing
-- that reads the customer's side looks at it: the outbox is written only by OutboundMessages, the room's
-- window, unread count, deadline, assignee and last message are written only by inbound messages and replies,
-- and the stale-reply check counts INBOUND and OUTBOUND messages only.
alter table message drop constraint message_direction_check;
alter table message add constraint message_direction_check
    check (direction in ('INBOUND', 'OUTBOUND', 'SYSTEM', 'INTERNAL'));
alter table message add constraint message_internal_is_note check (direction <> 'INTERNAL' or kind = 'NOTE');

-- Who a note mentions: one row per note and user, which is also that user's notification (read_at).
create table message_mention (
    id          bigint      generated always as identity primary key,
    tenant_id   bigint      not null,
    message_id  bigint      not null,
    room_id     bigint      not null,
    user_id     bigint      not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    -- a note mentions a user once; also serves the mentions of the messages of a page (message_id first)
    constraint message_mention_once unique (message_id, user_id),
    constraint message_mention_message_fk foreign key (tenant_id, message_id) references message (tenant_id, id),
    constraint message_mention_room_fk foreign key (tenant_id, room_id) references room (tenant_id, id),
    constraint message_mention_user_fk foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);

-- GET /mentions: the caller's mentions newest first, keyset on (created_at, id)
create index message_mention_user_idx on message_mention (user_id, created_at desc, id desc);
-- the caller's unread count, and marking all read
create index message_mention_unread_idx on message_mention (user_id) where read_at is null;
