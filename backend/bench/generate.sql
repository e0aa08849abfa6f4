-- Benchmark data: a realistic, skewed inbox in set-based SQL, written into a database migrated by the
-- product's own Flyway migrations. Placeholders (replaced by the runner): ${rooms} rooms in all,
-- ${messages_per_room} messages per room. 20 tenants; the largest holds about a fifth of everything.
-- Every demo-style user's password is inbox-demo; bench users are agentN@tM.bench and supervisor@tM.bench.

set synchronous_commit = off;
set maintenance_work_mem = '1GB';
set work_mem = '256MB';
-- The rows are consistent by construction: skip the per-row foreign-key triggers while loading.
set session_replication_role = replica;

create temp table bench_params as select ${rooms}::bigint as rooms, ${messages_per_room}::int as messages_per_room;

-- ---------------------------------------------------------------- tenants, sized by 1/rank^0.75
insert into tenant (name) select 'Bench ' || lpad(t::text, 2, '0') from generate_series(1, 20) t;
create temp table bench_tenant as
with ranked as (
    select id as tenant_id, row_number() over (order by id) as rank from tenant where name like 'Bench __'
), weighted as (
    select tenant_id, rank, power(rank, -0.75) / sum(power(rank, -0.75)) over () as share from ranked
), sized as (
    select tenant_id, rank, greatest(1, round(share * (select rooms from bench_params)))::bigint as room_count from weighted
)
select tenant_id, rank, room_count, (sum(room_count) over (order by rank) - room_count)::bigint as first_room from sized;

-- ---------------------------------------------------------------- users: 10 agents and a supervisor each
insert into app_user (tenant_id, username, password_hash, display_name, role)
select t.tenant_id, 'agent' || a || '@t' || t.rank || '.bench',
       '$2a$10$7CE7v1BiEZk8DNMiR26jkOe7Cy.KrbXp4jYrZgRmfjwtEym87XKU2', 'Agent ' || a || ' of ' || t.rank, 'agent'
  from bench_tenant t, generate_series(1, 10) a;
insert into app_user (tenant_id, username, password_hash, display_name, role)
select t.tenant_id, 'supervisor@t' || t.rank || '.bench',
       '$2a$10$7CE7v1BiEZk8DNMiR26jkOe7Cy.KrbXp4jYrZgRmfjwtEym87XKU2', 'Supervisor of ' || t.rank, 'supervisor'
  from bench_tenant t;
create temp table bench_agent as
select u.tenant_id, u.id as user_id, row_number() over (partition by u.tenant_id order by u.id) as idx
  from app_user u join bench_tenant t on t.tenant_id = u.tenant_id where u.role = 'agent';

-- ---------------------------------------------------------------- channels (2 WhatsApp, Instagram, e-mail, web chat) and tags
insert into channel (tenant_id, kind, name, external_id, window_minutes)
select t.tenant_id, c.kind, c.name || ' ' || t.rank, c.name || '-' || t.rank, c.window_minutes
  from bench_tenant t,
       (values ('WHATSAPP', 'WhatsApp A', 1440), ('WHATSAPP', 'WhatsApp B', 1440), ('INSTAGRAM', 'Instagram', 10080),
               ('EMAIL', 'E-mail', null), ('WEBCHAT', 'Web chat', null)) as c(kind, name, window_minutes);
create temp table bench_channel as
select ch.tenant_id, ch.id as channel_id, ch.window_minutes, row_number() over (partition by ch.tenant_id order by ch.id) as idx
  from channel ch join bench_tenant t on t.tenant_id = ch.tenant_id;

insert into tag (tenant_id, name, color)
select t.tenant_id, 'Tag ' || g, '#2563eb' from bench_tenant t, generate_series(1, 30) g;
create temp table bench_tag as
select tg.tenant_id, tg.id as tag_id, row_number() over (partition by tg.tenant_id order by tg.id) as idx
  from tag tg join bench_tenant t on t.tenant_id = tg.tenant_id;

insert into template (tenant_id, channel_id, name, language, category, body, placeholder_count, status)
select c.tenant_id, c.channel_id, 'order_update', 'id', 'UTILITY', 'Halo {{1}}, pesanan {{2}}: {{3}}.', 3, 'APPROVED'
  from bench_channel c where c.idx in (1, 2);

-- ---------------------------------------------------------------- words with a Zipf-like frequency
-- word of rank r: pronounceable, unique; the top ranks are everyday chat words. A rank drawn as
-- floor(V^random()) has probability ~1/r, so there are very common, common, mid and rare words.
create temp table bench_word as
with common(word, rank) as (
    select w, ordinality from unnest(array['kak', 'pesanan', 'saya', 'ya', 'sudah', 'terima', 'kasih', 'mohon', 'bisa', 'order',
        'pengiriman', 'barang', 'hari', 'please', 'thanks', 'the', 'my', 'belum', 'sampai', 'bayar', 'refund', 'ukuran',
        'stok', 'promo', 'voucher', 'alamat', 'kurir', 'resi', 'delivery', 'payment']) with ordinality as u(w, ordinality)
)
select r as rank, coalesce(c.word,
       (array['ba','ka','ma','sa','ta','ri','lo','nu','pe','di','go','ju','wa','ye','hu','ce','fi','zo','qi','xe'])[1 + r % 20]
    || (array['ra','li','mo','ne','su','ti','ga','do','ke','pu','ha','bi','so','ru','ze','lu','ni','ko','tu','fa'])[1 + (r / 20) % 20]
    || (array['n','s','k','r','t','l','m','h','p','d','ng','ny','st','kt','rs','nd','mp','lt','ks','g'])[1 + (r / 400) % 20]
    || (array['a','i','u','e','o','ai','au','ia','io','ua','ea','oi','ei','ou','uo','ie','ae','ao','iu','eo'])[1 + (r / 8000) % 20]) as word
  from generate_series(1, 50000) r left join common c on c.rank = r;
create unique index on bench_word (rank);

-- 200,000 sentences of 6 to 17 words; messages reuse them, so a word's share of messages follows its rank.
create temp table bench_sentence_word as
select s, k, least(50000, floor(power(50000, random())))::int as rank
  from generate_series(1, 200000) s
  cross join lateral generate_series(1, 6 + (s % 12)) k;
create temp table bench_sentence as
select sw.s as id, string_agg(w.word, ' ' order by sw.k) as body
  from bench_sentence_word sw join bench_word w on w.rank = sw.rank
 group by sw.s;
create unique index on bench_sentence (id);

-- ---------------------------------------------------------------- load without secondary indexes, rebuild after
create temp table bench_index as
select indexdef from pg_indexes
 where schemaname = 'public' and tablename in ('contact', 'room', 'room_tag', 'message')
   and indexname not in (select conname from pg_constraint);
do $$ declare i record; begin
    for i in select indexname from pg_indexes
              where schemaname = 'public' and tablename in ('contact', 'room', 'room_tag', 'message')
                and indexname not in (select conname from pg_constraint) loop
        execute 'drop index ' || quote_ident(i.indexname);
    end loop;
end $$;

-- ---------------------------------------------------------------- contacts and rooms (one room per contact)
insert into contact (tenant_id, external_id, name, avatar_url, phone)
select t.tenant_id, 'c' || g,
       (array['Budi','Siti','Agus','Dewi','Andi','Rina','Joko','Putri','Hendra','Wulan','Eko','Sri','Rizky','Intan','Fajar',
              'Ayu','Dimas','Lestari','Bayu','Maya','John','Emma','Michael','Olivia','David'])[1 + g % 25] || ' ' ||
       (array['Santoso','Wijaya','Saputra','Lestari','Siregar','Nasution','Hidayat','Pratama','Kusuma','Halim','Smith',
              'Tan','Gunawan','Setiawan','Rahman','Hartono','Suryadi','Purnomo','Simanjuntak','Sihombing'])[1 + (g / 25) % 20],
       case when g % 3 = 0 then '/avatars/' || lpad((1 + g % 24)::text, 2, '0') || '.svg' end,
       '628' || lpad(((g * 7919) % 1000000000)::text, 9, '0')
  from bench_tenant t
  cross join lateral generate_series(t.first_room + 1, t.first_room + t.room_count) g;

-- status: about 20 % unresolved (of those, half expired, a sixth expiring, the rest open), 80 % resolved
insert into room (tenant_id, contact_id, channel_id, status, assignee_id, last_message_preview, last_message_direction,
                  last_message_at, last_activity_at, last_inbound_at, window_expires_at, unread_count, resolved_at,
                  resolved_by, created_at)
select c.tenant_id, c.id, ch.channel_id, s.status,
       case when s.status = 'UNASSIGNED' then null else a.user_id end,
       'pesan terakhir ' || c.id, 'INBOUND', s.inbound_at, s.inbound_at + interval '2 minutes', s.inbound_at,
       case when ch.window_minutes is null then null else s.inbound_at + make_interval(mins => ch.window_minutes) end,
       case when s.status = 'RESOLVED' then 0 else (c.id % 4)::int end,
       case when s.status = 'RESOLVED' then s.inbound_at + interval '1 hour' end,
       case when s.status = 'RESOLVED' then a.user_id end,
       s.inbound_at - interval '1 hour'
  from contact c
  join bench_tenant t on t.tenant_id = c.tenant_id
  cross join lateral (select (c.id * 2654435761 % 1000)::int as h) x
  join bench_channel ch on ch.tenant_id = c.tenant_id
                       and ch.idx = case when x.h % 10 < 4 then 1 when x.h % 10 < 6 then 2 when x.h % 10 < 8 then 3
                                         when x.h % 10 < 9 then 4 else 5 end
  join bench_agent a on a.tenant_id = c.tenant_id and a.idx = 1 + (c.id / 7) % 10
  cross join lateral (
      select case when x.h < 800 then 'RESOLVED' when x.h < 880 then 'UNASSIGNED' else 'ASSIGNED' end as status,
             now() - case
                 when x.h < 800 then make_interval(secs => 3600 + (c.id * 7) % (90 * 86400))       -- resolved: up to 90 days ago
                 when x.h % 6 < 3 then make_interval(secs => 86400 + (c.id * 13) % (30 * 86400))   -- expired on WhatsApp
                 when x.h % 6 = 3 then make_interval(secs => 72000 + (c.id * 17) % 14000)          -- expiring (20 to 24 h)
                 else make_interval(secs => 60 + (c.id * 19) % 70000) end as inbound_at             -- open
  ) s;

-- 0 to 3 tags per room
insert into room_tag (tenant_id, room_id, tag_id, last_activity_at)
select r.tenant_id, r.id, tg.tag_id, r.last_activity_at
  from room r
  join bench_tenant t on t.tenant_id = r.tenant_id
  cross join lateral generate_series(1, (r.id % 4)::int) k
  join bench_tag tg on tg.tenant_id = r.tenant_id and tg.idx = 1 + (r.id * 7 + k * 11) % 30;

-- messages: alternating customer and agent lines ending with the customer, 1 % carrying an order number
insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, delivery_status, created_at)
select r.tenant_id, r.id,
       case when (p.messages_per_room - k) % 2 = 0 then 'INBOUND' else 'OUTBOUND' end, 'TEXT',
       s.body || case when (r.id * 31 + k) % 100 = 0 then ' ORD-' || lpad(((r.id * 97 + k) % 1000000)::text, 6, '0') else '' end,
       case when (p.messages_per_room - k) % 2 = 0 then null else r.assignee_id end,
       case when (p.messages_per_room - k) % 2 = 0 then null else 'READ' end,
       r.last_inbound_at - make_interval(mins => 3 * (p.messages_per_room - k))
  from room r
  join bench_tenant t on t.tenant_id = r.tenant_id
  cross join bench_params p
  cross join lateral generate_series(1, p.messages_per_room) k
  join bench_sentence s on s.id = 1 + (r.id * 7919 + k * 104729) % 200000;

set session_replication_role = origin;

-- the triggers were off while loading: count the generated rooms as V4's triggers would have (only the
-- generated tenants: the plan guards load this into a test database that holds other tenants)
insert into room_count (tenant_id, channel_id, assignee_id, status, windowed, slot, rooms)
select tenant_id, channel_id, coalesce(assignee_id, 0), status, window_expires_at is not null, 0, count(*)
  from room
 where tenant_id in (select tenant_id from bench_tenant)
 group by 1, 2, 3, 4, 5;
insert into room_window_count (tenant_id, expires_hour, channel_id, assignee_id, status, slot, rooms)
select tenant_id, date_trunc('hour', window_expires_at, 'UTC'), channel_id, coalesce(assignee_id, 0), status, 0, count(*)
  from room
 where tenant_id in (select tenant_id from bench_tenant) and window_expires_at >= date_trunc('hour', now(), 'UTC')
 group by 1, 2, 3, 4, 5;

do $$ declare i record; begin
    for i in select indexdef from bench_index loop
        execute i.indexdef;
    end loop;
end $$;
analyze;
-- the runner then vacuums (outside a transaction), as autovacuum would, so index-only scans are possible
