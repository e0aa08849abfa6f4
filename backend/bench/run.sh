#!/usr/bin/env bash
# Benchmarks the packaged API against the benchmark database over HTTP with wrk (warm cache), at 1 and
# 16 concurrent clients, and writes a markdown table. Reads the same variables as bench-data.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=18090
duration=${BENCH_SECONDS:-10}
out=${BENCH_OUT:-$RUN_DIR/bench-results.md}
api_url="http://127.0.0.1:$port"

INBOX_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB" INBOX_DB_USER="$DB_USER" INBOX_DB_PASSWORD="$DB_PASSWORD" \
INBOX_HTTP_PORT=$port INBOX_DEMO_SEED=false INBOX_JWT_PRIVATE_KEY="$JWT_PRIVATE_KEY" INBOX_JWT_PUBLIC_KEY="$JWT_PUBLIC_KEY" \
  java -Xmx512m -jar "$JAR" > "$RUN_DIR/bench-api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf -o /dev/null "$api_url/q/health/ready" && break; sleep 0.5; done

tenant=$(psql -tAc "select id from tenant where name = 'Bench 01'" -d "$BENCH_DB")
token=$(curl -sf -X POST "$api_url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export WRK_TOKEN=$token
q() { psql -tAc "$1" -d "$BENCH_DB"; }
agent=$(q "select id from app_user where tenant_id = $tenant and role = 'agent' order by id limit 1")
tag=$(q "select id from tag where tenant_id = $tenant order by id limit 1")
rare=$(q "select substring(body from 'ORD-[0-9]+') from message where tenant_id = $tenant and body like '%ORD-%' limit 1")
cursor=""
for i in $(seq 1 20); do
  cursor=$(curl -sf "$api_url/api/v1/rooms?limit=100${cursor:+&cursor=$cursor}" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"nextCursor":"?([^",}]*)"?}.*/\1/')
done
q "select '/api/v1/rooms/' || id || '/resolve' from room where tenant_id = $tenant and status <> 'RESOLVED' order by id limit 20000" > "$RUN_DIR/bench-resolve-paths"
template=$(q "select t.id from template t where t.tenant_id = $tenant order by t.id limit 1")
# rooms of the template's own channel (a template of another channel is refused)
q "select '/api/v1/rooms/' || r.id || '/template-messages' from room r join template t on t.channel_id = r.channel_id
    where t.id = $template and r.status = 'RESOLVED' order by r.id limit 20000" > "$RUN_DIR/bench-template-paths"

declare -a rows
measure() {  # name, path, [extra env]
  local name=$1 path=$2
  local line="| $name |"
  for c in 1 16; do
    local threads=$(( c < 2 ? 1 : 2 ))
    # warm-up, then the measured run
    wrk -t$threads -c$c -d2s -s "$here/report.lua" "$api_url$path" >/dev/null 2>&1 || true
    local result
    result=$(wrk -t$threads -c$c -d${duration}s -s "$here/report.lua" "$api_url$path" 2>&1 | grep '^RESULT' | tail -1)
    read -r _ rps p50 p95 p99 errors <<< "$result"
    line="$line $rps | $p50 / $p95 / $p99 | $errors |"
  done
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
select_rooms="select r.id, r.status, r.unread_count, r.last_message_preview, r.last_message_direction, r.last_message_at,
  r.last_activity_at, r.window_expires_at, r.resolved_at, r.version, c.id as contact_id, c.name as contact_name, c.avatar_url,
  c.phone, ch.id as channel_id, ch.kind as channel_kind, ch.name as channel_name, u.id as assignee_id, u.display_name as assignee_name
  from room r join contact c on c.id = r.contact_id join channel ch on ch.id = r.channel_id left join app_user u on u.id = r.assignee_id"
deep_key=$(q "select last_activity_at || '|' || id from room where tenant_id = $tenant order by last_activity_at desc, id desc offset 2099 limit 1")
deep_at=${deep_key%|*}; deep_id=${deep_key#*|}
# the statements the API issues for these endpoints (RoomReadRepository, MessageSearch, RoomService), with this run's values
echo "$select_rooms where r.tenant_id = $tenant order by r.last_activity_at desc, r.id desc limit 51;" > "$sqldir/list-all.sql"
echo "$select_rooms where r.tenant_id = $tenant and (r.last_activity_at, r.id) < ('$deep_at'::timestamptz, $deep_id) order by r.last_activity_at desc, r.id desc limit 51;" > "$sqldir/list-deep.sql"
echo "$select_rooms where r.tenant_id = $tenant order by r.last_activity_at desc, r.id desc offset 2100 limit 51;" > "$sqldir/naive-list-deep.sql"
echo "select count(*) filter (where true) a, count(*) filter (where r.status = 'UNASSIGNED') u, count(*) filter (where r.status = 'ASSIGNED') s, count(*) filter (where r.status = 'RESOLVED') d, count(*) filter (where coalesce(r.window_expires_at, 'infinity') >= now() + interval '4 hours') o, count(*) filter (where coalesce(r.window_expires_at, 'infinity') > now() and coalesce(r.window_expires_at, 'infinity') < now() + interval '4 hours') e, count(*) filter (where coalesce(r.window_expires_at, 'infinity') <= now()) x from room r where r.tenant_id = $tenant;" > "$sqldir/counts.sql"
{
  for s in UNASSIGNED ASSIGNED RESOLVED; do echo "select count(*) from room where tenant_id = $tenant and status = '$s';"; done
  echo "select count(*) from room where tenant_id = $tenant;"
} > "$sqldir/naive-counts.sql"
search_sql() {  # word
  echo "with candidates as (select m.id, m.room_id, m.body, m.direction, m.created_at, m.search_vector from message m where m.tenant_id = $tenant and m.search_vector @@ plainto_tsquery('simple', inbox_unaccent('$1')) and m.direction <> 'SYSTEM' order by m.created_at desc, m.id desc limit 500), h as (select c.id, c.room_id, c.body, c.created_at, ts_rank_cd(c.search_vector, plainto_tsquery('simple', inbox_unaccent('$1'))) as rank from candidates c) select h.* from h order by h.rank desc, h.created_at desc, h.id desc limit 21;"
}
search_sql "$rare" > "$sqldir/search-rare.sql"
search_sql "pengiriman" > "$sqldir/search-common.sql"
echo "select m.id, m.body from message m where m.tenant_id = $tenant and m.body ilike '%$rare%' order by m.created_at desc limit 21;" > "$sqldir/naive-search-rare.sql"

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
measure "rooms: page 21 by cursor" "/api/v1/rooms?cursor=$cursor"
measure "counts" "/api/v1/rooms/counts"
measure "search: very common (kak)" "/api/v1/search/messages?q=kak"
measure "search: common (pengiriman)" "/api/v1/search/messages?q=pengiriman"
measure "search: rare order number" "/api/v1/search/messages?q=$rare"
WRK_PATHS_FILE="$RUN_DIR/bench-resolve-paths" WRK_METHOD=POST measure "resolve one room" "/"
WRK_PATHS_FILE="$RUN_DIR/bench-template-paths" WRK_METHOD=POST WRK_BODY="{\"templateId\":$template,\"parameters\":[\"Budi\",\"ORD-1\",\"dikirim\"]}" \
  measure "send a template" "/"

# resolve all expired of the largest tenant, with room-list reads running meanwhile
expired=$(q "select count(*) from room where tenant_id = $tenant and status <> 'RESOLVED' and window_expires_at <= now()")
wrk -t1 -c4 -d8s -s "$here/report.lua" "$api_url/api/v1/rooms" > "$RUN_DIR/bench-during.txt" 2>&1 &
reader=$!
sleep 1
bulk_start=$(date +%s%N)
curl -sf -X POST "$api_url/api/v1/rooms/resolve-expired" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' > /dev/null
bulk_ms=$(( ($(date +%s%N) - bulk_start) / 1000000 ))
wait $reader
during=$(grep '^RESULT' "$RUN_DIR/bench-during.txt" | awk '{print $2 " req/s, p95 " $4 " ms, errors " $6}')
rss=$(grep VmHWM /proc/$api/status | awk '{print int($2/1024)}')

compare "rooms: All" list-all.sql ""
compare "rooms: deep page (cursor vs OFFSET 2100)" list-deep.sql naive-list-deep.sql
compare "counts (one pass vs COUNT per tab)" counts.sql naive-counts.sql
compare "search: rare order number (full text vs ILIKE)" search-rare.sql naive-search-rare.sql
compare "search: common word" search-common.sql ""

# bulk resolve, set-based (what the API does) against a per-row loop, on the same expired rooms, rolled back
psql -q -d "$BENCH_DB" -c "update room set status = case when assignee_id is null then 'UNASSIGNED' else 'ASSIGNED' end,
  resolved_at = null, resolved_by = null, resolve_batch_id = null where tenant_id = $tenant and resolve_batch_id is not null" > /dev/null
bulk_rooms=$(q "select count(*) from room where tenant_id = $tenant and status in ('UNASSIGNED', 'ASSIGNED') and coalesce(window_expires_at, 'infinity') <= now()")
set_ms=$( { echo '\timing on'; echo 'begin;'; echo "update room r set status = 'RESOLVED', resolved_at = now(), unread_count = 0, version = r.version + 1 where r.tenant_id = $tenant and r.status in ('UNASSIGNED', 'ASSIGNED') and coalesce(r.window_expires_at, 'infinity') <= now();"; echo 'rollback;'; } \
  | psql -q -d "$BENCH_DB" | grep -oE 'Time: [0-9.]+' | sed -n 2p | awk '{print $2}')
# the naive way: the application resolves room by room, one statement (one round trip) per room
q "select 'update room set status = ''RESOLVED'', resolved_at = now(), unread_count = 0, version = version + 1 where id = ' || id
    || ' and coalesce(window_expires_at, ''infinity'') <= now();' from room where tenant_id = $tenant
    and status in ('UNASSIGNED', 'ASSIGNED') and coalesce(window_expires_at, 'infinity') <= now()" > "$sqldir/per-row.sql"
loop_start=$(date +%s%N)
{ echo 'begin;'; cat "$sqldir/per-row.sql"; echo 'rollback;'; } | psql -q -d "$BENCH_DB" > /dev/null
loop_ms=$(( ($(date +%s%N) - loop_start) / 1000000 ))

{
  echo "# Benchmark results ($(psql -tAc "select count(*) from room" -d "$BENCH_DB") rooms, $(psql -tAc "select count(*) from message" -d "$BENCH_DB") messages)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GiB; $(date -u +%F). API and PostgreSQL on the same machine; warm cache; ${duration} s per line; tenant 'Bench 01' (the largest)."
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
echo "Written to $out"
