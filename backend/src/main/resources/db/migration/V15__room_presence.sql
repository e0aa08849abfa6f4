-- Presence (issue 13): who is viewing a room and who is typing in it, and the unread count of the tab title.

-- The index build over a million rooms takes longer than the API's interactive statement timeout, which the
-- migration's connection also carries; lift it for this migration's transaction only.
set local statement_timeout = 0;

-- ---------------------------------------------------------------- room_presence
-- One row per person with a room open: PUT /rooms/{id}/presence moves seen_until forward (viewing for
-- inbox.presence.viewing-for after the last call) and typing_until (typing for inbox.presence.typing-for after
-- the last typing: true; null when not typing). GET /presence and the presence events read the rows whose
-- seen_until is still ahead, so expiry is exact whenever the sweep runs; the sweep (PresenceSweep) deletes rows
-- whose seen_until has passed and clears typing_until that has passed, and notifies for each room it changed.
-- A few rows per agent at most: the table stays small, whatever the number of rooms.
create table room_presence (
    tenant_id    bigint      not null,
    room_id      bigint      not null,
    user_id      bigint      not null,
    seen_until   timestamptz not null,
    typing_until timestamptz,
    primary key (room_id, user_id),
    constraint room_presence_room_fk foreign key (tenant_id, room_id) references room (tenant_id, id),
    constraint room_presence_user_fk foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
-- GET /presence: everyone viewing a room of the company.
create index room_presence_tenant_idx on room_presence (tenant_id, room_id);
-- The expiry sweep: the rows with something that ran out (least() skips a null typing_until).
create index room_presence_expiry_idx on room_presence ((least(seen_until, typing_until)));

-- ---------------------------------------------------------------- unread count
-- GET /rooms/unread-count: the caller's and the unassigned rooms that are not resolved and have unread messages,
-- counted up to 101. Only those rooms are in the index, a small part of a million (most rooms are resolved or
-- read), so the count reads a few index entries of the caller (assignee_id = :user) and of the unassigned rooms
-- (assignee_id is null) instead of the company's unresolved rooms.
create index room_unread_idx on room (tenant_id, assignee_id)
    where unread_count > 0 and status <> 'RESOLVED';
