-- Issue 12, template sync: a supervisor copies a WhatsApp Cloud number's approved templates from the Graph API
-- (GET /{waba-id}/message_templates), and the settings screen shows every channel with how it is connected.

-- DISABLED: the template was synced from WhatsApp and the last sync no longer listed it as approved (paused,
-- disabled, deleted or rejected on Meta's side). The row stays, since messages reference it, but it cannot be
-- sent. Templates of sandbox channels (created locally) are never touched by a sync.
alter table template drop constraint template_status_check;
alter table template add constraint template_status_check
    check (status in ('APPROVED', 'PENDING', 'REJECTED', 'DISABLED'));

-- How a channel is connected: SANDBOX (the local demo gateway) or WHATSAPP_CLOUD (Meta's API, with a row in
-- channel_credential while connected). Kept when a Cloud number is disconnected (its token is deleted), so the
-- settings screen still tells the two apart.
alter table channel add column provider text not null default 'SANDBOX' check (provider in ('SANDBOX', 'WHATSAPP_CLOUD'));
update channel set provider = 'WHATSAPP_CLOUD' where id in (select channel_id from channel_credential);
-- when the channel was last connected (created, or connected again after a disconnect)
alter table channel add column connected_at timestamptz;
update channel set connected_at = created_at;
alter table channel alter column connected_at set not null;
alter table channel alter column connected_at set default now();

-- when the number's templates were last synced from the Graph API (null: never)
alter table channel_credential add column templates_synced_at timestamptz;
