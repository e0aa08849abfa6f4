-- Idempotency keys are now written in the transaction of the work they guard, together with its response,
-- so a key without a response (the claim of a request in flight, kept in a transaction of its own until
-- now) no longer exists: requests in flight are told apart by an advisory lock held by their transaction.
delete from idempotency_key where response_status is null;
alter table idempotency_key alter column response_status set not null,
                            alter column response_body set not null;
-- The ETag of the room after the write, so a replay answers exactly what the first request did.
alter table idempotency_key add column response_etag text;
