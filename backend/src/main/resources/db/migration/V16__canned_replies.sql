-- Canned replies (issue 14): saved answers an agent inserts into the composer by typing / and a shortcut.
-- owner_id null: company-wide (kept by supervisors, offered to everyone); set: personal (its owner only).

create table canned_reply (
    id            bigint generated always as identity primary key,
    tenant_id     bigint      not null references tenant (id),
    owner_id      bigint,
    -- byte order ("C"): '-' before digits before letters, the same in every database's locale
    shortcut      text collate "C" not null check (shortcut ~ '^[a-z0-9-]{1,40}$'),
    body          text        not null check (char_length(body) between 1 and 4096),
    -- GET /canned-replies?q=: words of the body, accent- and case-insensitive, as in message search
    search_vector tsvector    generated always as (to_tsvector('simple'::regconfig, inbox_unaccent(body))) stored,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint canned_reply_owner_fk foreign key (tenant_id, owner_id) references app_user (tenant_id, id),
    -- a shortcut once per company among company-wide replies, once per person among their personal ones
    -- (a personal reply may share a company-wide reply's shortcut)
    constraint canned_reply_shortcut_key unique nulls not distinct (tenant_id, owner_id, shortcut)
);

-- The key's index also serves GET /canned-replies: the caller's visible replies are two ranges of it,
-- (tenant_id, owner_id is null) and (tenant_id, owner_id = caller), each in shortcut order. A company keeps
-- tens to a few hundred replies, so the q filter (shortcut prefix, words of the body) runs over those rows
-- rather than through an index of its own: a GIN index over every company's bodies would not be tenant-first.
