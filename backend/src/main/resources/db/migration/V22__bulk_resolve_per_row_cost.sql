-- The per-row cost of a bulk resolve (issue 15). A resolve changes the status, so it can never be a HOT update:
-- every index whose predicate the resolved row meets gets a new entry. Measured on the large profile (98,615 rooms,
-- EXPLAIN ANALYZE and perf of the statement): most of the time went to those 8 index inserts, and about a fifth to
-- the foreign key of resolve_batch_id, which PostgreSQL checks row by row (a lookup of the same batch per room).
-- The counters were already kept once per statement (V4).
--
-- Tried and left out: the agent and channel indexes holding only unresolved rooms (6 index entries per resolved
-- room instead of 8, WAL records per room 10 to 8). The smaller partial index then looked cheaper to the planner for an
-- agent filter (assignee_id = any(...) gives no order in PostgreSQL 15), which read all 15k rooms of the agent and
-- sorted them instead of walking room_active_latest_idx for one page: 150 ms instead of 50 ms on the large profile.

-- ---------------------------------------------------------------- room.resolve_batch_id
-- The batch a room names is checked once per statement instead of once per row: the distinct batches of the
-- written rooms are locked as the foreign key did (for key share, so a batch cannot go away before the write
-- commits) and must exist. A batch that rooms still name cannot be deleted or change its key.
alter table room drop constraint room_resolve_batch_fk;

create function room_resolve_batch_check() returns trigger language plpgsql as $$
declare
    missing record;
begin
    perform 1 from resolve_batch b
     where (b.tenant_id, b.id) in (select tenant_id, resolve_batch_id from new_rooms
                                    where resolve_batch_id is not null)
       for key share of b;
    select n.tenant_id, n.resolve_batch_id into missing
      from (select distinct tenant_id, resolve_batch_id from new_rooms where resolve_batch_id is not null) n
     where not exists (select 1 from resolve_batch b where b.tenant_id = n.tenant_id and b.id = n.resolve_batch_id)
     limit 1;
    if found then
        raise foreign_key_violation using
            message = 'insert or update on table "room" violates foreign key constraint "room_resolve_batch_fk"',
            detail = format('Key (tenant_id, resolve_batch_id)=(%s, %s) is not present in table "resolve_batch".',
                            missing.tenant_id, missing.resolve_batch_id);
    end if;
    return null;
end $$;

create trigger room_resolve_batch_insert after insert on room
    referencing new table as new_rooms for each statement execute function room_resolve_batch_check();
create trigger room_resolve_batch_update after update on room
    referencing new table as new_rooms for each statement execute function room_resolve_batch_check();

create function resolve_batch_keep_rooms() returns trigger language plpgsql as $$
begin
    if exists (select 1 from room r where r.resolve_batch_id = old.id and r.tenant_id = old.tenant_id) then
        raise foreign_key_violation using
            message = 'update or delete on table "resolve_batch" violates foreign key constraint "room_resolve_batch_fk"'
                      || ' on table "room"',
            detail = format('Key (tenant_id, id)=(%s, %s) is still referenced from table "room".',
                            old.tenant_id, old.id);
    end if;
    return null;
end $$;

create trigger resolve_batch_keep_rooms_delete after delete on resolve_batch
    for each row execute function resolve_batch_keep_rooms();
create trigger resolve_batch_keep_rooms_update after update of tenant_id, id on resolve_batch
    for each row when (old.tenant_id <> new.tenant_id or old.id <> new.id)
    execute function resolve_batch_keep_rooms();
