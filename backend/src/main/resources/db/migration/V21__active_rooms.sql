-- The All tab is the rooms still being worked (issue 14: a resolved room is only on the Resolved tab, so the
-- session states, their counts and "resolve all expired" speak of the same rooms). Its list, newest or oldest
-- first, walks this partial index, written as RoomConditions.tabCondition writes the tab (status <> 'RESOLVED').
-- room_latest_idx served the All tab while it held resolved rooms too and no other query is left for it: it goes,
-- so a room write updates one index fewer and a resolved room leaves this one.
set local statement_timeout = 0;

-- As room_latest_idx did (V4), the filter columns ride along, so a page whose matches are far down the order is
-- found inside the index.
create index room_active_latest_idx on room (tenant_id, last_activity_at desc, id desc)
    include (status, assignee_id, channel_id, window_expires_at) where status <> 'RESOLVED';
drop index room_latest_idx;
