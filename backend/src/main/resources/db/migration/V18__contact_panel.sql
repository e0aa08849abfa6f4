-- Issue 14, the contact panel: what the team writes about a customer (notes, attributes), kept with a
-- version for optimistic concurrency (PATCH /contacts/{id} with If-Match), and the same person's rooms on
-- every channel, found by phone number.
alter table contact
    add column notes       text    not null default '' check (length(notes) <= 4000),
    -- string key -> string value; the API allows at most 50 keys of 1..60 characters
    add column attributes  jsonb   not null default '{}' check (jsonb_typeof(attributes) = 'object'),
    -- an agent renamed the contact: inbound messages no longer replace the name with the network's profile name
    add column name_edited boolean not null default false,
    add column version     integer not null default 0;

-- GET /contacts/{id}/rooms and the channels of GET /contacts/{id}: the company's contacts with the contact's
-- phone number (the same person on other channels), an equality lookup. contact_phone_trgm_idx serves the
-- partial-number search of the room list only. The rooms of the contacts found come from
-- room_contact_channel_key (tenant_id, contact_id, ...).
create index contact_phone_idx on contact (tenant_id, phone) where phone is not null;
