-- Processed webhook events are kept for a while, then deleted (WebhookRetention, hourly on every instance).
-- V9 kept every row forever; the raw payloads hold customers' messages and phone numbers, and at thousands of
-- events a second the table would grow without bound. A processed event (DONE, UNROUTED, INVALID) whose
-- processed_at is older than inbox.whatsapp.retention (default 30 days) is deleted, a chunk per statement;
-- a PENDING event is never deleted, whatever its age: it has not been applied yet.
-- The purge's range: processed events by the time they were processed.
create index whatsapp_webhook_processed_idx on whatsapp_webhook (processed_at) where status <> 'PENDING';
