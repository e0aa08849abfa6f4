-- Counts at a million rooms (issue 5): the status tabs come from a counter table instead of a count over
-- the tenant's rooms, and the tag filter walks its rooms newest first instead of joining the whole tenant.

-- Backfills and index builds over a million rooms take longer than the API's interactive statement
-- timeout, which the migration's connection also carries; lift it for this migration's transaction only.
set local statement_timeout = 0;

-- ---------------------------------------------------------------- room_count
-- The number of rooms per tenant, channel, assignee (0: none), status and whether the room has a
-- session window. Kept by statement triggers on room, so every write counts, whatever wrote it, and a
-- bulk resolve of 100k rooms changes a few rows once instead of 100k times. The session counts cannot be
-- stored (they move with now()): the counts endpoint reads the rooms whose window is still open from
-- room_deadline_idx and derives the expired ones from these totals (RoomCounter).
-- A count is spread over 16 slots, one per database session (its process id modulo 16), so agents
-- resolving rooms at the same time rarely wait for each other's counter row; readers sum the slots.
create table room_count (
    tenant_id   bigint   not null,
    channel_id  bigint   not null,
    assignee_id bigint   not null,
    status      text     not null,
    windowed    boolean  not null,
    slot        smallint not null,
    rooms       bigint   not null,
    primary key (tenant_id, channel_id, assignee_id, status, windowed, slot)
);

create function room_count_apply() returns trigger language plpgsql as $$
begin
    -- Rows are upserted in key order, so concurrent writers lock counters in the same order (no deadlock).
    if tg_op = 'INSERT' then
        insert into room_count (tenant_id, channel_id, assignee_id, status, windowed, slot, rooms)
        select tenant_id, channel_id, coalesce(assignee_id, 0), status, window_expires_at is not null, pg_backend_pid() % 16, count(*)
          from new_rooms
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
        on conflict (tenant_id, channel_id, assignee_id, status, windowed, slot)
            do update set rooms = room_count.rooms + excluded.rooms;
    elsif tg_op = 'DELETE' then
        insert into room_count (tenant_id, channel_id, assignee_id, status, windowed, slot, rooms)
        select tenant_id, channel_id, coalesce(assignee_id, 0), status, window_expires_at is not null, pg_backend_pid() % 16, -count(*)
          from old_rooms
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
        on conflict (tenant_id, channel_id, assignee_id, status, windowed, slot)
            do update set rooms = room_count.rooms + excluded.rooms;
    else
        -- Each room leaves its old key and joins its new one; where they are the same the two cancel out, so
        -- an UPDATE of unread counts or previews writes nothing here. No join: a bulk resolve of 100k rooms
        -- is two scans of its transition tables.
        insert into room_count (tenant_id, channel_id, assignee_id, status, windowed, slot, rooms)
        select tenant_id, channel_id, assignee_id, status, windowed, pg_backend_pid() % 16, sum(delta)
          from (select tenant_id, channel_id, coalesce(assignee_id, 0) as assignee_id, status,
                       window_expires_at is not null as windowed, 1 as delta
                  from new_rooms
                union all
                select tenant_id, channel_id, coalesce(assignee_id, 0), status, window_expires_at is not null, -1
                  from old_rooms
               ) changes
         group by 1, 2, 3, 4, 5
        having sum(delta) <> 0
         order by 1, 2, 3, 4, 5
        on conflict (tenant_id, channel_id, assignee_id, status, windowed, slot)
            do update set rooms = room_count.rooms + excluded.rooms;
    end if;
    return null;
end $$;

create trigger room_count_insert after insert on room
    referencing new table as new_rooms for each statement execute function room_count_apply();
create trigger room_count_update after update on room
    referencing old table as old_rooms new table as new_rooms for each statement execute function room_count_apply();
create trigger room_count_delete after delete on room
    referencing old table as old_rooms for each statement execute function room_count_apply();

insert into room_count (tenant_id, channel_id, assignee_id, status, windowed, slot, rooms)
select tenant_id, channel_id, coalesce(assignee_id, 0), status, window_expires_at is not null, 0, count(*)
  from room
 group by 1, 2, 3, 4, 5;

-- ---------------------------------------------------------------- room_window_count
-- The session counts move with now(), so they cannot be stored; but the rooms whose window is still open
-- can be counted per hour of expiry. RoomCounter sums the hours after the current one and counts the two
-- partial hours (now, and now + the expiring threshold) exactly from room_deadline_idx. Rows are written
-- only for hours not yet past (a past hour is never read again: a bulk resolve of expired rooms writes
-- nothing here), and RoomWindowCounts deletes past hours.
create table room_window_count (
    tenant_id    bigint      not null,
    expires_hour timestamptz not null,
    channel_id   bigint      not null,
    assignee_id  bigint      not null,
    status       text        not null,
    slot         smallint    not null,
    rooms        bigint      not null,
    primary key (tenant_id, expires_hour, channel_id, assignee_id, status, slot)
);

create function room_window_count_apply() returns trigger language plpgsql as $$
declare
    current_hour constant timestamptz := date_trunc('hour', now(), 'UTC');
begin
    if tg_op = 'INSERT' then
        insert into room_window_count (tenant_id, expires_hour, channel_id, assignee_id, status, slot, rooms)
        select tenant_id, date_trunc('hour', window_expires_at, 'UTC'), channel_id, coalesce(assignee_id, 0), status,
               pg_backend_pid() % 16, count(*)
          from new_rooms
         where window_expires_at >= current_hour
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
        on conflict (tenant_id, expires_hour, channel_id, assignee_id, status, slot)
            do update set rooms = room_window_count.rooms + excluded.rooms;
    elsif tg_op = 'DELETE' then
        insert into room_window_count (tenant_id, expires_hour, channel_id, assignee_id, status, slot, rooms)
        select tenant_id, date_trunc('hour', window_expires_at, 'UTC'), channel_id, coalesce(assignee_id, 0), status,
               pg_backend_pid() % 16, -count(*)
          from old_rooms
         where window_expires_at >= current_hour
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
        on conflict (tenant_id, expires_hour, channel_id, assignee_id, status, slot)
            do update set rooms = room_window_count.rooms + excluded.rooms;
    else
        insert into room_window_count (tenant_id, expires_hour, channel_id, assignee_id, status, slot, rooms)
        select tenant_id, expires_hour, channel_id, assignee_id, status, pg_backend_pid() % 16, sum(delta)
          from (select tenant_id, date_trunc('hour', window_expires_at, 'UTC') as expires_hour, channel_id,
                       coalesce(assignee_id, 0) as assignee_id, status, 1 as delta
                  from new_rooms
                 where window_expires_at >= current_hour
                union all
                select tenant_id, date_trunc('hour', window_expires_at, 'UTC'), channel_id,
                       coalesce(assignee_id, 0), status, -1
                  from old_rooms
                 where window_expires_at >= current_hour
               ) changes
         group by 1, 2, 3, 4, 5
        having sum(delta) <> 0
         order by 1, 2, 3, 4, 5
        on conflict (tenant_id, expires_hour, channel_id, assignee_id, status, slot)
            do update set rooms = room_window_count.rooms + excluded.rooms;
    end if;
    return null;
end $$;

create trigger room_window_count_insert after insert on room
    referencing new table as new_rooms for each statement execute function room_window_count_apply();
create trigger room_window_count_update after update on room
    referencing old table as old_rooms new table as new_rooms for each statement execute function room_window_count_apply();
create trigger room_window_count_delete after delete on room
    referencing old table as old_rooms for each statement execute function room_window_count_apply();

insert into room_window_count (tenant_id, expires_hour, channel_id, assignee_id, status, slot, rooms)
select tenant_id, date_trunc('hour', window_expires_at, 'UTC'), channel_id, coalesce(assignee_id, 0), status, 0, count(*)
  from room
 where window_expires_at >= date_trunc('hour', now(), 'UTC')
 group by 1, 2, 3, 4, 5;

-- The two partial hours are thin slices of room_deadline_idx; with channel and assignee in the index,
-- they are counted without visiting rooms.
drop index room_deadline_idx;
create index room_deadline_idx on room (tenant_id, status, (coalesce(window_expires_at, 'infinity'::timestamptz)), id)
    include (window_expires_at, channel_id, assignee_id);

-- ---------------------------------------------------------------- tag filter
-- room_tag carries its room's last activity, so a tag's rooms come newest first from one index and a
-- page stops after its rows, instead of a semi-join over every room of the tenant.
alter table room_tag add column last_activity_at timestamptz;
update room_tag rt set last_activity_at = r.last_activity_at from room r where r.id = rt.room_id;
alter table room_tag alter column last_activity_at set not null;

create function room_tag_take_activity() returns trigger language plpgsql as $$
begin
    -- a missing room is left to the foreign key, which names it
    new.last_activity_at := coalesce((select r.last_activity_at from room r
                                       where r.tenant_id = new.tenant_id and r.id = new.room_id), now());
    return new;
end $$;

create trigger room_tag_take_activity before insert on room_tag
    for each row execute function room_tag_take_activity();

create function room_tag_follow_activity() returns trigger language plpgsql as $$
begin
    update room_tag set last_activity_at = new.last_activity_at where room_id = new.id;
    return null;
end $$;

create trigger room_tag_follow_activity after update of last_activity_at on room
    for each row when (old.last_activity_at is distinct from new.last_activity_at)
    execute function room_tag_follow_activity();

drop index room_tag_tag_idx;
-- Room list filtered by tag, sort=latest/oldest: one tag's rooms by (last_activity_at, room_id).
-- Also the tag filter of counts and of sort=deadline (from the tag to its rooms).
create index room_tag_latest_idx on room_tag (tenant_id, tag_id, last_activity_at desc, room_id desc);

-- Every index on room is written by a bulk resolve (the status is in most of them): room_contact_idx
-- duplicated the prefix of room_contact_channel_key, which serves the contact search's join as well.
drop index room_contact_idx;

-- Room list with filters, sort=latest/oldest: the filter columns ride along in room_latest_idx, so a
-- page whose matches are far down the order (the Expired filter: the newest rooms have open windows)
-- skips the others inside the index (index-only) instead of fetching each room.
drop index room_latest_idx;
create index room_latest_idx on room (tenant_id, last_activity_at desc, id desc)
    include (status, assignee_id, channel_id, window_expires_at);

-- ---------------------------------------------------------------- search within one company
-- Conversation search: the GIN index also holds the tenant (btree_gin), so a word's matches are those of
-- the caller's company from the index, instead of every company's matches fetched and filtered. A word
-- in one message in 300 had 5 times the heap fetches it needs on a 20-company database.
create extension if not exists btree_gin;
drop index message_search_idx;
create index message_search_idx on message using gin (tenant_id, search_vector);
