-- The live stream's durable log (issue 13).
--
-- Every change an agent's screen shows is written here in the same transaction as the change, as one row
-- per event with an id that grows per company. A stream that reconnects with Last-Event-ID gets every later
-- row exactly once, in order, from this table; nothing about an open stream lives only in an API instance.
--
-- Ids come from the company's counter row, incremented by the transaction that appends: the row stays
-- locked until that transaction ends, so a company's ids are handed out in commit order and a reader that
-- has seen id n never finds an id below n committed later (a global sequence would hand out ids in start
-- order, and a reader could skip a slow transaction's event). Appends are the last statements of a
-- transaction, so the lock is held for the commit only. The counter also records the first id the log
-- still keeps: retention deletes old rows and moves it, and a client asking for an older id is told to
-- reload (resync) instead of silently missing events.
create table event_counter (
    tenant_id bigint primary key references tenant (id) on delete cascade,
    last_id   bigint not null default 0,
    kept_from bigint not null default 1
);

insert into event_counter (tenant_id) select id from tenant;

-- data is the event's JSON as clients receive it (json keeps the text as written: served without re-encoding)
create table event_log (
    tenant_id  bigint      not null,
    id         bigint      not null,
    type       text        not null,
    data       json        not null,
    created_at timestamptz not null,
    primary key (tenant_id, id)
);

-- retention: the oldest rows first
create index event_log_created_at on event_log (created_at);
