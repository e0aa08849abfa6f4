-- Conversation search ranks the 500 newest matches of a query (issue 15). A word in one message in 300 has
-- thousands of matches in a large company, and every one was fetched from the heap to find the newest 500.
-- Matches are now looked up one day at a time, newest day first, and the search stops at the day that completes
-- the 500 (MessageSearch): a day of a company is one key, inbox_search_day, in a btree (common words walk that
-- day newest first) and in the GIN index (other words fetch only that day's matches).
set local statement_timeout = 0;

-- The company and the UTC day of a message, as one number: company * 100000 + days since 1970-01-01.
create function inbox_search_day(tenant_id bigint, at timestamptz) returns bigint
    language sql immutable parallel safe strict
    return tenant_id * 100000 + ((at at time zone 'UTC')::date - date '1970-01-01');

create index message_search_day_idx on message (inbox_search_day(tenant_id, created_at), created_at desc, id desc);

-- The GIN index keeps (company, words) for matches older than the days searched one by one.
drop index message_search_idx;
create index message_search_idx on message using gin (tenant_id, inbox_search_day(tenant_id, created_at), search_vector);
