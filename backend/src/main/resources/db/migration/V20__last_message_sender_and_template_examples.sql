-- Issue 14, what broke when agents used it.

-- ---------------------------------------------------------------- room.last_message_sender_id
-- A room's preview names who wrote its last message ("Dewi: COD tersedia…"), not "You:" for every
-- outbound message. The sender is kept beside the preview and written by the same UPDATE that writes the
-- preview (OutboundMessages.send: the agent or API key that sent it; InboundService.store: null, the
-- customer), so the list reads it with the room and joins app_user by primary key; no new index is needed.

-- The backfill reads each outbound room's newest message through message_room_idx and runs longer than the
-- API's interactive statement timeout on a large company; lift it for this migration's transaction only.
set local statement_timeout = 0;

alter table room add column last_message_sender_id bigint;
alter table room add constraint room_last_message_sender_fk
    foreign key (tenant_id, last_message_sender_id) references app_user (tenant_id, id);

update room r
   set last_message_sender_id = (select m.sender_user_id from message m
                                  where m.room_id = r.id and m.direction = 'OUTBOUND'
                                  order by m.created_at desc, m.id desc limit 1)
 where r.last_message_direction = 'OUTBOUND';

-- ---------------------------------------------------------------- template.examples
-- The example values of {{1}} … {{n}} that a WhatsApp template was approved with (Meta's example.body_text, written
-- by the template sync; empty when Meta lists none). The SPA labels the template dialog's fields with them and
-- prefills the contact's name where the example stands for a name. Read with the template row; no index.
alter table template add column examples text[] not null default '{}';
