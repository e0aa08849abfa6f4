-- Conversation search ranks the newest matches (a window of 500): for a common word PostgreSQL walks
-- the tenant's messages newest first and stops after 500 matches, instead of ranking every match.
-- Rare words still go through message_search_idx (GIN).
create index message_tenant_recent_idx on message (tenant_id, created_at desc, id desc);
