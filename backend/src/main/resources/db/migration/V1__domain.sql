-- The whole domain of DESIGN.md section 2. Every tenant-owned table carries tenant_id, and every
-- reference between tenant-owned rows goes through (tenant_id, id), so the database itself refuses
-- a room whose contact, channel or assignee belongs to another tenant.
-- Indexes for the inbox queries are added by the migrations of the features that issue them.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); this wrapper pins the dictionary so it may be
-- used in generated columns and expression indexes.
create function inbox_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table tenant (
    id                          bigint generated always as identity primary key,
    name                        text        not null check (length(name) between 1 and 200),
    -- remaining time below which an open session window counts as EXPIRING
    expiring_threshold_minutes  integer     not null default 240 check (expiring_threshold_minutes between 1 and 10080),
    created_at                  timestamptz not null default now()
);

create table app_user (
    id              bigint generated always as identity primary key,
    tenant_id       bigint      not null references tenant (id),
    username        text        not null check (username = lower(username) and length(username) between 3 and 254),
    password_hash   text        not null,
    display_name    text        not null check (length(display_name) between 1 and 200),
    role            text        not null check (role in ('agent', 'supervisor')),
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    -- usernames are e-mail addresses and log in without naming a tenant, so they are global
    constraint app_user_username_key unique (username),
    constraint app_user_tenant_id_key unique (tenant_id, id)
);

create table channel (
    id              bigint generated always as identity primary key,
    tenant_id       bigint      not null references tenant (id),
    kind            text        not null check (kind in ('WHATSAPP', 'INSTAGRAM', 'MESSENGER', 'TELEGRAM', 'LINE', 'EMAIL', 'WEBCHAT')),
    name            text        not null check (length(name) between 1 and 200),
    -- the account on the network, e.g. the WhatsApp phone-number id
    external_id     text        not null,
    -- customer-service window length; null means the channel has no window (always OPEN)
    window_minutes  integer     check (window_minutes between 1 and 43200),
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    constraint channel_tenant_id_key unique (tenant_id, id),
    constraint channel_external_key unique (tenant_id, kind, external_id)
);

create table contact (
    id              bigint generated always as identity primary key,
    tenant_id       bigint      not null references tenant (id),
    -- the integrator's or network's id for the customer (phone number, handle, e-mail)
    external_id     text        not null check (length(external_id) between 1 and 200),
    name            text        not null check (length(name) between 1 and 200),
    avatar_url      text        check (length(avatar_url) <= 2000),
    -- E.164 without the plus, digits only (62812...), so every written form of a number matches
    phone           text        check (phone ~ '^[0-9]{6,15}$'),
    created_at      timestamptz not null default now(),
    constraint contact_tenant_id_key unique (tenant_id, id),
    constraint contact_external_key unique (tenant_id, external_id)
);

create table template (
    id              bigint generated always as identity primary key,
    tenant_id       bigint      not null,
    channel_id      bigint      not null,
    name            text        not null check (name ~ '^[a-z0-9_]{1,100}$'),
    language        text        not null check (length(language) between 2 and 10),
    category        text        not null check (category in ('UTILITY', 'MARKETING', 'AUTHENTICATION')),
    body            text        not null check (length(body) between 1 and 1024),
    -- number of {{n}} placeholders in body, kept so sends are validated without parsing
    placeholder_count integer   not null check (placeholder_count between 0 and 20),
    status          text        not null check (status in ('APPROVED', 'PENDING', 'REJECTED')),
    created_at      timestamptz not null default now(),
    constraint template_tenant_id_key unique (tenant_id, id),
    constraint template_name_key unique (tenant_id, channel_id, name, language),
    constraint template_channel_fk foreign key (tenant_id, channel_id) references channel (tenant_id, id)
);

create table tag (
    id              bigint generated always as identity primary key,
    tenant_id       bigint      not null references tenant (id),
    name            text        not null check (length(name) between 1 and 60),
    color           text        not null check (color ~ '^#[0-9a-f]{6}$'),
    created_at      timestamptz not null default now(),
    constraint tag_tenant_id_key unique (tenant_id, id)
);
create unique index tag_name_key on tag (tenant_id, lower(name));

create table room (
    id                      bigint generated always as identity primary key,
    tenant_id               bigint      not null,
    contact_id              bigint      not null,
    channel_id              bigint      not null,
    status                  text        not null check (status in ('UNASSIGNED', 'ASSIGNED', 'RESOLVED')),
    -- kept while RESOLVED so a reopened room goes back to its last assignee
    assignee_id             bigint,
    last_message_preview    text,
    last_message_direction  text        check (last_message_direction in ('INBOUND', 'OUTBOUND', 'SYSTEM')),
    last_message_at         timestamptz,
    last_activity_at        timestamptz not null,
    last_inbound_at         timestamptz,
    -- null on channels without a window; session state is derived from it against now()
    window_expires_at       timestamptz,
    unread_count            integer     not null default 0 check (unread_count >= 0),
    resolved_at             timestamptz,
    resolved_by             bigint,
    -- the bulk resolve that resolved this room, for undo
    resolve_batch_id        uuid,
    version                 integer     not null default 0,
    created_at              timestamptz not null default now(),
    constraint room_tenant_id_key unique (tenant_id, id),
    constraint room_contact_channel_key unique (tenant_id, contact_id, channel_id),
    constraint room_contact_fk foreign key (tenant_id, contact_id) references contact (tenant_id, id),
    constraint room_channel_fk foreign key (tenant_id, channel_id) references channel (tenant_id, id),
    constraint room_assignee_fk foreign key (tenant_id, assignee_id) references app_user (tenant_id, id),
    constraint room_resolved_by_fk foreign key (tenant_id, resolved_by) references app_user (tenant_id, id),
    constraint room_assigned_has_assignee check (status <> 'ASSIGNED' or assignee_id is not null),
    constraint room_unassigned_has_none check (status <> 'UNASSIGNED' or assignee_id is null),
    constraint room_resolved_has_time check ((status = 'RESOLVED') = (resolved_at is not null))
);

create table room_tag (
    tenant_id   bigint      not null,
    room_id     bigint      not null,
    tag_id      bigint      not null,
    created_at  timestamptz not null default now(),
    primary key (room_id, tag_id),
    constraint room_tag_room_fk foreign key (tenant_id, room_id) references room (tenant_id, id) on delete cascade,
    constraint room_tag_tag_fk foreign key (tenant_id, tag_id) references tag (tenant_id, id) on delete cascade
);

create table message (
    id                  bigint generated always as identity primary key,
    tenant_id           bigint      not null,
    room_id             bigint      not null,
    direction           text        not null check (direction in ('INBOUND', 'OUTBOUND', 'SYSTEM')),
    kind                text        not null check (kind in ('TEXT', 'TEMPLATE', 'IMAGE', 'DOCUMENT', 'AUDIO', 'VIDEO', 'NOTE')),
    body                text        not null check (length(body) <= 4096),
    sender_user_id      bigint,
    template_id         bigint,
    -- delivery of outbound messages; null for inbound and system messages
    delivery_status     text        check (delivery_status in ('PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
    provider_message_id text        check (length(provider_message_id) <= 200),
    created_at          timestamptz not null default now(),
    -- 'simple' (no stemming) suits mixed Indonesian/English chats and keeps order numbers whole;
    -- unaccent makes "cafe" find "café"
    search_vector       tsvector    generated always as (to_tsvector('simple'::regconfig, inbox_unaccent(body))) stored,
    constraint message_tenant_id_key unique (tenant_id, id),
    constraint message_room_fk foreign key (tenant_id, room_id) references room (tenant_id, id),
    constraint message_sender_fk foreign key (tenant_id, sender_user_id) references app_user (tenant_id, id),
    constraint message_template_fk foreign key (tenant_id, template_id) references template (tenant_id, id)
);
-- a provider's retry of the same message is stored once
create unique index message_provider_id_key on message (tenant_id, provider_message_id) where provider_message_id is not null;
