-- Conversation search ranks the newest matches (a window of 500): for a common word PostgreSQL walks
-- the tenant's messages newest first and stops after 500 matches, instead of ranking every match.
-- Rare words still go through message_search_idx (GIN).
create index message_tenant_recent_idx on message (tenant_id, created_at desc, id desc);

-- Tab and session counts read status and window expiry of every room that matches; with the raw expiry
-- in the deadline index they are one index-only pass instead of a visit to every room row.
drop index room_deadline_idx;
create index room_deadline_idx on room (tenant_id, status, (coalesce(window_expires_at, 'infinity'::timestamptz)), id)
    include (window_expires_at);
