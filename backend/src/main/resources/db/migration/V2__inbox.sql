-- The inbox API (list, counts, search, reply, template, resolve, bulk resolve, undo, idempotent sends).
-- Each index names the query it serves. Every room index starts with tenant_id (no query crosses
-- tenants), ends with the sort key and id as the keyset tie-break.

-- Room list, sort=latest/oldest, tab "All": keyset walk of (last_activity_at, id).
create index room_latest_idx on room (tenant_id, last_activity_at desc, id desc);
-- Room list, sort=latest/oldest, tabs Unassigned/Assigned/Resolved; tab counts (index-only).
create index room_status_latest_idx on room (tenant_id, status, last_activity_at desc, id desc);
-- Room list filtered by agent (agentId), any tab.
create index room_assignee_latest_idx on room (tenant_id, assignee_id, last_activity_at desc, id desc)
    where assignee_id is not null;
-- Room list filtered by channel (channelId), any tab.
create index room_channel_latest_idx on room (tenant_id, channel_id, last_activity_at desc, id desc);
-- Room list sort=deadline (windows closing soonest first; rooms without a window last) and the
-- session filters and session counts (window_expires_at compared with now()); also resolve-all-expired,
-- which walks the tenant's unresolved rooms whose window has closed.
create index room_deadline_idx on room (tenant_id, status, (coalesce(window_expires_at, 'infinity'::timestamptz)), id);
-- Room list filtered by tag (tagId, any-of): from the tag to its rooms.
create index room_tag_tag_idx on room_tag (tenant_id, tag_id, room_id);
-- Undo of a bulk resolve: the rooms still carrying the batch id.
create index room_resolve_batch_idx on room (resolve_batch_id) where resolve_batch_id is not null;

-- Contact search (q): name, partial and accent/case-insensitive, through trigrams.
create index contact_name_trgm_idx on contact using gin (lower(inbox_unaccent(name)) gin_trgm_ops);
-- Contact search by phone in any written form (digits, normalised to 62...), prefix or infix.
create index contact_phone_trgm_idx on contact using gin (phone gin_trgm_ops) where phone is not null;
-- From matching contacts to their rooms.
create index room_contact_idx on room (tenant_id, contact_id);

-- Messages of a room, newest first, keyset by (created_at, id); also "around" a message.
create index message_room_idx on message (room_id, created_at desc, id desc);
-- Conversation search: full text over the stored tsvector.
create index message_search_idx on message using gin (search_vector);

-- System notes say what happened in a room (the body keeps an English rendering for integrators):
-- the event, and the user it concerned (the assignee of ASSIGNED); the actor is sender_user_id.
alter table message add column system_event text
    check (system_event in ('ASSIGNED', 'UNASSIGNED', 'RESOLVED', 'REOPENED'));
alter table message add column system_target_user_id bigint;
alter table message add constraint message_system_target_fk
    foreign key (tenant_id, system_target_user_id) references app_user (tenant_id, id);
-- notes written before this migration: their event from their English body
update message set system_event = case when body like 'Assigned to %' then 'ASSIGNED'
                                       when body like 'Resolved%' then 'RESOLVED'
                                       when body = 'Unassigned' then 'UNASSIGNED'
                                       else 'REOPENED' end
 where direction = 'SYSTEM';
alter table message add constraint message_system_has_event check ((direction = 'SYSTEM') = (system_event is not null));

-- A bulk "resolve all expired": what it resolved can be undone for a while.
create table resolve_batch (
    id                  uuid        primary key,
    tenant_id           bigint      not null references tenant (id),
    created_by          bigint      not null,
    created_at          timestamptz not null default now(),
    undo_until          timestamptz not null,
    resolved_count      integer     not null,
    undone_at           timestamptz,
    constraint resolve_batch_tenant_id_key unique (tenant_id, id),
    constraint resolve_batch_user_fk foreign key (tenant_id, created_by) references app_user (tenant_id, id)
);
alter table room add constraint room_resolve_batch_fk
    foreign key (tenant_id, resolve_batch_id) references resolve_batch (tenant_id, id);

-- Idempotency-Key of template sends, per tenant and user: the first response is replayed.
create table idempotency_key (
    tenant_id       bigint      not null,
    user_id         bigint      not null,
    key             text        not null check (length(key) between 1 and 200),
    -- sha-256 of the operation and request body; the same key with another body is refused
    request_hash    text        not null,
    -- null while the first request is still in flight
    response_status integer,
    response_body   text,
    created_at      timestamptz not null default now(),
    primary key (tenant_id, user_id, key),
    constraint idempotency_key_user_fk foreign key (tenant_id, user_id) references app_user (tenant_id, id)
);
-- Expired keys are purged by age.
create index idempotency_key_created_idx on idempotency_key (created_at);
