-- Issue 12, media: the files of WhatsApp messages, kept in the database.
--  * inbound: a customer's image, video, audio, document or sticker is fetched from the Graph API on its first
--    GET /messages/{id}/media (outside any transaction), checked against its sha256 and the size cap, and stored
--    here; later requests are answered from this row and never call Graph again.
--  * outbound: an agent's attachment is stored here in the transaction that stores the message and its outbox
--    row, so the file is as durable as the message. The relay uploads it to Graph (outside any transaction) and
--    records the returned media id here before sending the message, so a retry never uploads it again.
create table message_media (
    tenant_id          bigint      not null,
    message_id         bigint      not null,
    mime_type          text        not null check (length(mime_type) <= 200),
    file_name          text        check (length(file_name) <= 500),
    size_bytes         bigint      not null check (size_bytes >= 0),
    -- hex SHA-256 of content
    sha256             text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content            bytea       not null,
    -- outbound: the id Graph answered to the upload (null until uploaded)
    provider_media_id  text        check (length(provider_media_id) <= 200),
    created_at         timestamptz not null,
    primary key (tenant_id, message_id),
    constraint message_media_message_fk foreign key (tenant_id, message_id) references message (tenant_id, id) on delete cascade,
    constraint message_media_size_check check (size_bytes = length(content))
);
-- bytea values are large: keep them out of line and uncompressed (media are compressed already)
alter table message_media alter column content set storage external;
