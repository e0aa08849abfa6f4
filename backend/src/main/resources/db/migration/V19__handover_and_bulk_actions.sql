-- Hand over (issue 14): a SYSTEM note records the hand-over, with the note the agent wrote for the colleague.
alter table message drop constraint message_system_event_check;
alter table message add constraint message_system_event_check
    check (system_event in ('ASSIGNED', 'UNASSIGNED', 'RESOLVED', 'REOPENED', 'HANDED_OVER'));
alter table message add column system_note text check (length(system_note) <= 500);

-- Several rooms at once (issue 14): a resolve_batch now records any change made to a selection of rooms
-- (RESOLVE_EXPIRED is "resolve all expired"), with the same undo window. resolved_count is how many rooms it changed.
alter table resolve_batch add column action text not null default 'RESOLVE_EXPIRED'
    check (action in ('RESOLVE_EXPIRED', 'RESOLVE', 'ASSIGN', 'TAG', 'UNTAG'));
-- ASSIGN: the assignee given (null: unassigned); TAG/UNTAG: the tag
alter table resolve_batch add column agent_id bigint;
alter table resolve_batch add column tag_id bigint;
alter table resolve_batch add constraint resolve_batch_agent_fk foreign key (tenant_id, agent_id) references app_user (tenant_id, id);
alter table resolve_batch add constraint resolve_batch_tag_fk foreign key (tenant_id, tag_id) references tag (tenant_id, id)
    on delete cascade;

-- The rooms a bulk ASSIGN, TAG or UNTAG changed, and an ASSIGN's previous assignee, so that its undo restores
-- exactly those rooms (a bulk RESOLVE marks its rooms with room.resolve_batch_id, as resolve-all does).
-- Undo of a bulk action reads its rooms by the primary key (batch_id first).
create table resolve_batch_room (
    batch_id                uuid    not null,
    tenant_id               bigint  not null,
    room_id                 bigint  not null,
    previous_assignee_id    bigint,
    primary key (batch_id, room_id),
    constraint resolve_batch_room_batch_fk foreign key (tenant_id, batch_id) references resolve_batch (tenant_id, id)
        on delete cascade,
    constraint resolve_batch_room_room_fk foreign key (tenant_id, room_id) references room (tenant_id, id) on delete cascade,
    constraint resolve_batch_room_assignee_fk foreign key (tenant_id, previous_assignee_id) references app_user (tenant_id, id)
);
