#!/usr/bin/env bash
# Benchmarks the packaged API against the benchmark database over HTTP with wrk (warm cache), at 1 and
# 16 concurrent clients, and writes a markdown table. Reads the same variables as bench-data.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
# the API's port (its metrics on the next one); BENCH_API_PORT moves it off a port someone else uses
port=${BENCH_API_PORT:-18090}
duration=${BENCH_SECONDS:-10}
out=${BENCH_OUT:-$RUN_DIR/bench-results.md}
api_url="http://127.0.0.1:$port"
source "$here/api.sh"

trap 'stop_api' EXIT
start_api "$port" "$RUN_DIR/bench-api.log"

tenant=$(psql -tAc "select id from tenant where name = 'Bench 01'" -d "$BENCH_DB")
token=$(curl -sf -X POST "$api_url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export WRK_TOKEN=$token
q() { psql -tAc "$1" -d "$BENCH_DB"; }
supervisor=$(q "select id from app_user where tenant_id = $tenant and role = 'supervisor' order by id limit 1")
agent=$(q "select id from app_user where tenant_id = $tenant and role = 'agent' order by id limit 1")
tag=$(q "select id from tag where tenant_id = $tenant order by id limit 1")
search_terms "$tenant"
# a deep page: half-way through the tenant's rooms (100k rooms deep on the large profile), by cursor
tenant_rooms=$(q "select count(*) from room where tenant_id = $tenant")
deep_pages=$(( tenant_rooms / 2 / 100 ))
[ "$deep_pages" -gt 1000 ] && deep_pages=1000
deep_rows=$(( deep_pages * 100 ))
cursor=""
for i in $(seq 1 $deep_pages); do
  cursor=$(curl -sf "$api_url/api/v1/rooms?limit=100${cursor:+&cursor=$cursor}" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"nextCursor":"?([^",}]*)"?}.*/\1/')
done
q "select '/api/v1/rooms/' || id || '/resolve' from room where tenant_id = $tenant and status <> 'RESOLVED' order by id limit 20000" > "$RUN_DIR/bench-resolve-paths"
template=$(q "select t.id from template t where t.tenant_id = $tenant order by t.id limit 1")
# rooms of the template's own channel (a template of another channel is refused)
q "select '/api/v1/rooms/' || r.id || '/template-messages' from room r join template t on t.channel_id = r.channel_id
    where t.id = $template and r.status = 'RESOLVED' order by r.id limit 20000" > "$RUN_DIR/bench-template-paths"

declare -a rows
measure() {  # name, path
  local line="| $1 |$(wrk_cells "$2")"
  rows+=("$line")
  echo "$line"
}

# pgbench of one SQL file at 1 and 16 clients: "tps | p50 / p95 / p99 ms" for each
pg_measure() {  # sqlfile
  local file=$1 result=""
  for c in 1 16; do
    local threads=$(( c < 2 ? 1 : 2 )) logdir
    logdir=$(mktemp -d)
    (cd "$logdir" && pgbench -n -c $c -j $threads -T "$duration" -f "$file" -l "$BENCH_DB" > summary.txt 2>&1) || true
    local tps
    tps=$(grep -oE 'tps = [0-9.]+' "$logdir/summary.txt" | tail -1 | awk '{printf "%.1f", $3}')
    local percentiles
    percentiles=$(cat "$logdir"/pgbench_log.* 2>/dev/null | awk '{print $3}' | sort -n | awk '
      { v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
        printf "%.2f / %.2f / %.2f", v[int(NR*0.50)+1]/1000, v[int(NR*0.95)]/1000, v[int(NR*0.99)]/1000 }')
    result="$result ${tps:-n/a} | $percentiles |"
    rm -rf "$logdir"
  done
  echo "$result"
}

sqldir=$(mktemp -d)
trap 'kill $api 2>/dev/null || true; rm -rf "$sqldir"' EXIT
columns="select r.id, r.status, r.unread_count, r.last_message_preview, r.last_message_direction, r.last_message_at,
  r.last_activity_at, r.window_expires_at, r.resolved_at, r.version, c.id as contact_id, c.name as contact_name, c.avatar_url,
  c.phone, ch.id as channel_id, ch.kind as channel_kind, ch.name as channel_name, u.id as assignee_id, u.display_name as assignee_name"
joins="join contact c on c.id = r.contact_id join channel ch on ch.id = r.channel_id left join app_user u on u.id = r.assignee_id"
select_rooms="$columns from room r $joins"
deep_key=$(q "select last_activity_at || '|' || id from room where tenant_id = $tenant order by last_activity_at desc, id desc offset $((deep_rows - 1)) limit 1")
deep_at=${deep_key%|*}; deep_id=${deep_key#*|}
# the statements the API issues for these endpoints (RoomReadRepository, MessageSearch, RoomService), with this run's values
# a page is two statements: the rooms, then the tags of those rooms
page_ids=$(q "select string_agg(id::text, ',') from (select id from room where tenant_id = $tenant order by last_activity_at desc, id desc limit 51) p")
deep_ids=$(q "select string_agg(id::text, ',') from (select id from room where tenant_id = $tenant and (last_activity_at, id) < ('$deep_at'::timestamptz, $deep_id) order by last_activity_at desc, id desc limit 51) p")
tags_of() {  # room ids
  echo "select rt.room_id, t.id, t.name, t.color from room_tag rt join tag t on t.tenant_id = rt.tenant_id and t.id = rt.tag_id where rt.tenant_id = $tenant and rt.room_id = any('{$1}'::bigint[]) order by lower(t.name), t.id;"
}
# the API's page: its ids first (index-only), then the rooms (RoomReadRepository.listSql)
page_sql() {  # where clause
  echo "$columns from (select r.id from room r where $1 order by r.last_activity_at desc, r.id desc limit 51) as page
    join room r on r.id = page.id $joins order by r.last_activity_at desc, r.id desc;"
}
{ page_sql "r.tenant_id = $tenant"; tags_of "$page_ids"; } > "$sqldir/list-all.sql"
{ page_sql "r.tenant_id = $tenant and (r.last_activity_at, r.id) < ('$deep_at'::timestamptz, $deep_id)"; tags_of "$deep_ids"; } > "$sqldir/list-deep.sql"
{ echo "$select_rooms where r.tenant_id = $tenant order by r.last_activity_at desc, r.id desc offset $deep_rows limit 51;"; tags_of "$deep_ids"; } > "$sqldir/naive-list-deep.sql"
# counts: the counters, the hourly window counters and the two partial hours (RoomCounter), with the
# instants the API would pass (now, now + the 4 h threshold, and their hours)
read -r at_now at_hour0 at_hour0_end at_expiring at_hour1 at_hour1_end <<< "$(q "select now(), date_trunc('hour', now(), 'UTC'),
  date_trunc('hour', now(), 'UTC') + interval '1 hour', now() + interval '4 hours', date_trunc('hour', now() + interval '4 hours', 'UTC'),
  date_trunc('hour', now() + interval '4 hours', 'UTC') + interval '1 hour'" | tr '|' '\n' | sed 's/ /T/' | tr '\n' ' ')"
deadline="coalesce(r.window_expires_at, 'infinity'::timestamptz)"
echo "select status, sum(rooms) as total, sum(rooms) filter (where not windowed) as windowless, 0 as live, 0 as open_windowed
  from room_count where tenant_id = $tenant group by status
  union all select status, 0, 0, sum(rooms), sum(rooms) filter (where expires_hour > '$at_hour1')
  from room_window_count where tenant_id = $tenant and expires_hour > '$at_hour0' group by status
  union all select s.status, 0, 0, l.rooms, o.rooms from unnest('{UNASSIGNED,ASSIGNED,RESOLVED}'::text[]) as s(status)
  cross join lateral (select count(*) as rooms from room r where r.tenant_id = $tenant and r.status = s.status and $deadline > '$at_now' and $deadline < '$at_hour0_end') l
  cross join lateral (select count(*) as rooms from room r where r.tenant_id = $tenant and r.status = s.status and $deadline >= '$at_expiring' and $deadline < '$at_hour1_end') o;" > "$sqldir/counts.sql"
# the naive way: one COUNT(*) per tab and per session state
{
  echo "select count(*) from room where tenant_id = $tenant;"
  for s in UNASSIGNED ASSIGNED RESOLVED; do echo "select count(*) from room where tenant_id = $tenant and status = '$s';"; done
  echo "select count(*) from room r where r.tenant_id = $tenant and $deadline >= now() + interval '4 hours';"
  echo "select count(*) from room r where r.tenant_id = $tenant and $deadline > now() and $deadline < now() + interval '4 hours';"
  echo "select count(*) from room r where r.tenant_id = $tenant and $deadline <= now();"
} > "$sqldir/naive-counts.sql"
search_sql() {  # word: the statement MessageSearch runs for a first page (4 days one by one, then older matches)
  local match="m.search_vector @@ plainto_tsquery('simple', inbox_unaccent('$1')) and m.direction <> 'SYSTEM' order by m.created_at desc, m.id desc limit 500"
  local columns="select m.id, m.room_id, m.body, m.direction, m.created_at, m.search_vector from message m"
  local first="($tenant * 100000 + (now() at time zone 'UTC')::date - date '1970-01-01' + 1)"
  echo "with recent as (select d.* from generate_series($first, $first - 3, -1) as days(k) cross join lateral ($columns where inbox_search_day(m.tenant_id, m.created_at) = days.k and $match) d limit 500), candidates as (select * from recent union all ($columns where (select count(*) from recent) < 500 and m.tenant_id = $tenant and m.created_at < ((now() at time zone 'UTC')::date - 2) at time zone 'UTC' and $match) order by created_at desc, id desc limit 500), h as (select c.id, c.room_id, c.body, c.created_at, ts_rank_cd(c.search_vector, plainto_tsquery('simple', inbox_unaccent('$1'))) as rank from candidates c) select h.* from h order by h.rank desc, h.created_at desc, h.id desc limit 21;"
}
search_sql "$rare" > "$sqldir/search-rare.sql"
search_sql "pengiriman" > "$sqldir/search-common.sql"
echo "select m.id, m.body from message m where m.tenant_id = $tenant and m.body ilike '%$rare%' order by m.created_at desc limit 21;" > "$sqldir/naive-search-rare.sql"
search_sql "$rare_word" > "$sqldir/search-rare-word.sql"
echo "select m.id, m.body from message m where m.tenant_id = $tenant and m.body ilike '%$rare_word%' order by m.created_at desc limit 21;" > "$sqldir/naive-search-rare-word.sql"

declare -a sqlrows
compare() {  # name, api line suffix (already measured), sql file, naive sql file or ""
  local name=$1 file=$2 naive=$3
  local line="| $name |$(pg_measure "$sqldir/$file")"
  if [ -n "$naive" ]; then line="$line$(pg_measure "$sqldir/$naive")"; else line="$line - | - | - | - |"; fi
  sqlrows+=("$line")
  echo "$line"
}

measure "rooms: All" "/api/v1/rooms"
measure "rooms: Unassigned" "/api/v1/rooms?status=unassigned"
measure "rooms: one agent" "/api/v1/rooms?agentId=$agent"
measure "rooms: Expired" "/api/v1/rooms?session=expired"
measure "rooms: one tag" "/api/v1/rooms?tagId=$tag"
measure "rooms: $deep_rows rooms deep, by cursor" "/api/v1/rooms?cursor=$cursor"
measure "counts" "/api/v1/rooms/counts"
measure "search: very common (kak)" "/api/v1/search/messages?q=kak"
measure "search: common (pengiriman)" "/api/v1/search/messages?q=pengiriman"
measure "search: mid-frequency ($mid_word)" "/api/v1/search/messages?q=$mid_word"
measure "search: rare word ($rare_word)" "/api/v1/search/messages?q=$rare_word"
measure "search: order number ($rare)" "/api/v1/search/messages?q=$rare"
WRK_PATHS_FILE="$RUN_DIR/bench-resolve-paths" WRK_METHOD=POST measure "resolve one room" "/"
WRK_PATHS_FILE="$RUN_DIR/bench-template-paths" WRK_METHOD=POST WRK_BODY="{\"templateId\":$template,\"parameters\":[\"Budi\",\"ORD-1\",\"dikirim\"]}" \
  measure "send a template" "/"

# resolve all expired of the largest tenant (about 100k rooms on the large profile: resolved rooms whose
# window has closed are reopened first), with room-list reads running meanwhile
reopen_expired() {  # how many expired rooms should be unresolved
  q "update room set status = case when assignee_id is null then 'UNASSIGNED' else 'ASSIGNED' end,
       resolved_at = null, resolved_by = null, resolve_batch_id = null
     where id in (select id from room where tenant_id = $tenant and window_expires_at <= now()
                     and (status = 'RESOLVED' or resolve_batch_id is not null) order by id
                   limit greatest(0, $1 - (select count(*) from room where tenant_id = $tenant and status <> 'RESOLVED'
                                              and window_expires_at <= now())))" > /dev/null
  psql -q -d "$BENCH_DB" -c "vacuum analyze room" > /dev/null
}
bulk_target=$(( tenant_rooms / 2 < 100000 ? tenant_rooms / 2 : 100000 ))
reopen_expired $bulk_target
expired=$(q "select count(*) from room where tenant_id = $tenant and status <> 'RESOLVED' and window_expires_at <= now()")
# readers: 8 connections, each a page every 50 ms (about 160 pages a second, hundreds of agents polling)
WRK_DELAY_MS=50 wrk -t2 -c8 -d15s -s "$here/report.lua" "$api_url/api/v1/rooms" > "$RUN_DIR/bench-during.txt" 2>&1 &
reader=$!
sleep 1
bulk_start=$(date +%s%N)
curl -sf -X POST "$api_url/api/v1/rooms/resolve-expired" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' > /dev/null
bulk_ms=$(( ($(date +%s%N) - bulk_start) / 1000000 ))
wait $reader
during=$(grep '^RESULT' "$RUN_DIR/bench-during.txt" | awk '{print $2 " req/s, p95 " $4 " ms, errors " $6}')
rss=$(grep VmHWM /proc/$api/status | awk '{print int($2/1024)}')

compare "rooms: All" list-all.sql ""
compare "rooms: $deep_rows rooms deep (cursor vs OFFSET)" list-deep.sql naive-list-deep.sql
compare "counts (counters and open windows vs one COUNT per tab and state)" counts.sql naive-counts.sql
compare "search: rare word (full text vs ILIKE)" search-rare-word.sql naive-search-rare-word.sql
compare "search: order number (full text vs ILIKE)" search-rare.sql naive-search-rare.sql
compare "search: common word" search-common.sql ""

# bulk resolve, set-based (what the API does) against a per-row loop, on the same expired rooms, rolled back
reopen_expired $bulk_target
bulk_rooms=$(q "select count(*) from room where tenant_id = $tenant and status in ('UNASSIGNED', 'ASSIGNED') and coalesce(window_expires_at, 'infinity') <= now()")
set_ms=$( { echo '\timing on'; echo 'begin;'; echo "insert into resolve_batch (id, tenant_id, created_by, undo_until, resolved_count) values ('00000000-0000-0000-0000-000000000001', $tenant, $supervisor, now(), 0);"; echo "update room r set status = 'RESOLVED', resolved_at = now(), resolved_by = null, resolve_batch_id = '00000000-0000-0000-0000-000000000001', unread_count = 0, version = r.version + 1 where r.tenant_id = $tenant and r.status in ('UNASSIGNED', 'ASSIGNED') and coalesce(r.window_expires_at, 'infinity') <= now();"; echo 'rollback;'; } \
  | psql -q -d "$BENCH_DB" | grep -oE 'Time: [0-9.]+' | sed -n 3p | awk '{print $2}')
# the naive way: the application resolves room by room, one statement (one round trip) per room
q "select 'update room set status = ''RESOLVED'', resolved_at = now(), unread_count = 0, version = version + 1 where id = ' || id
    || ' and coalesce(window_expires_at, ''infinity'') <= now();' from room where tenant_id = $tenant
    and status in ('UNASSIGNED', 'ASSIGNED') and coalesce(window_expires_at, 'infinity') <= now()" > "$sqldir/per-row.sql"
loop_start=$(date +%s%N)
{ echo 'begin;'; cat "$sqldir/per-row.sql"; echo 'rollback;'; } | psql -q -d "$BENCH_DB" > /dev/null
loop_ms=$(( ($(date +%s%N) - loop_start) / 1000000 ))

stop_api
{
  echo "# Benchmark results ($(psql -tAc "select count(*) from room" -d "$BENCH_DB") rooms, $(psql -tAc "select count(*) from message" -d "$BENCH_DB") messages)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GiB; $(date -u +%F). API and PostgreSQL on the same machine; warm cache; ${duration} s per line; tenant 'Bench 01' (the largest, $tenant_rooms rooms)."
  echo "PostgreSQL $(q "show server_version" | cut -d' ' -f1), shared_buffers $(q "show shared_buffers"), database $(q "select pg_size_pretty(pg_database_size(current_database()))"); API: java -Xmx512m, pool of 16 connections; load: wrk (HTTP/1.1 keep-alive)."
  echo
  echo "| endpoint | 1 client req/s | 1 client p50 / p95 / p99 ms | errors | 16 clients req/s | 16 clients p50 / p95 / p99 ms | errors |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Resolve all expired: $expired rooms in $bulk_ms ms; room list meanwhile: $during."
  echo
  echo "## The SQL alone (pgbench, same statements and values) and the naive way"
  echo
  echo "| statement | SQL 1 client tps | SQL 1 client p50 / p95 / p99 ms | SQL 16 clients tps | SQL 16 clients p50 / p95 / p99 ms | naive 1 client tps | naive 1 client p50 / p95 / p99 ms | naive 16 clients tps | naive 16 clients p50 / p95 / p99 ms |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${sqlrows[@]}"
  echo
  echo "Bulk resolve of $bulk_rooms expired rooms, SQL in a rolled-back transaction: one statement $set_ms ms; one statement per room from a client (psql) $loop_ms ms."
  echo
  echo "API peak resident memory: $rss MB."
} > "$out"
# the WhatsApp figures (webhook acknowledgements, relay throughput), on an API of their own
BENCH_OUT="$out" "$here/whatsapp.sh"
# the live stream's figures (issue 13): streams held, latency across instances, idle agents
BENCH_OUT="$out" "$here/live.sh"
echo "Written to $out"
