#!/usr/bin/env bash
# The bulk resolve alone (issue 15), on a copy of the benchmark database: the same statements as run.sh (the reopened
# expired rooms of 'Bench 01', the one-statement resolve and the per-room loop, both rolled back), the one-statement
# undo (of a committed resolve, committed), then the API's resolve-expired and its undo while 8 readers page the room
# list. Reads what run.sh reads, and BULK_UNDO_ACTIVE (below); BULK_LOOP_ROOMS (default: all) runs the per-room loop
# on the first N rooms by id only, and the ratio compares the cost per room. Prints one markdown block.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
port=${BENCH_API_PORT:-18090}
api_url="http://127.0.0.1:$port"
source "$here/api.sh"
q() { psql -tAc "$1" -d "$BENCH_DB"; }
tenant=$(q "select id from tenant where name = 'Bench 01'")
supervisor=$(q "select id from app_user where tenant_id = $tenant and role = 'supervisor' order by id limit 1")
tenant_rooms=$(q "select count(*) from room where tenant_id = $tenant")
target=$(( tenant_rooms / 2 < 100000 ? tenant_rooms / 2 : 100000 ))
expired="r.tenant_id = $tenant and r.status in ('UNASSIGNED', 'ASSIGNED') and coalesce(r.window_expires_at, 'infinity') <= now()"
batch="'00000000-0000-0000-0000-000000000001'"
resolve_sql() { echo "update room r set status = 'RESOLVED', resolved_at = now(), resolved_by = null, resolve_batch_id = $1,
  unread_count = 0, version = r.version + 1 where $expired;"; }
resolve=$(resolve_sql "$batch")
# the undo as BulkResolveService writes it (RoomAccess.REOPEN_MANY); BULK_UNDO_ACTIVE replaces its test of the kept
# assignee, e.g. with RoomAccess.REOPEN's per-room one to measure the undo of before issue 15
active=${BULK_UNDO_ACTIVE:-"r.assignee_id in (select u.id from app_user u where u.tenant_id = $tenant and u.active)"}
undo_sql() { echo "update room r set status = case when r.status <> 'RESOLVED' then r.status
  when $active then 'ASSIGNED' else 'UNASSIGNED' end,
  assignee_id = case when r.status <> 'RESOLVED' or $active
  then r.assignee_id end, resolved_at = null, resolved_by = null, resolve_batch_id = null, version = r.version + 1
  where r.tenant_id = $tenant and r.resolve_batch_id = $1 and r.status = 'RESOLVED';"; }

# as run.sh: resolved rooms whose window has closed are reopened up to the target (about 100k on the large profile)
reopen_expired() {
  q "update room set status = case when assignee_id is null then 'UNASSIGNED' else 'ASSIGNED' end,
       resolved_at = null, resolved_by = null, resolve_batch_id = null
     where id in (select id from room where tenant_id = $tenant and window_expires_at <= now()
                     and (status = 'RESOLVED' or resolve_batch_id is not null) order by id
                   limit greatest(0, $target - (select count(*) from room where tenant_id = $tenant and status <> 'RESOLVED'
                                              and window_expires_at <= now())))" > /dev/null
  q "vacuum analyze room" > /dev/null
}
# The PostgreSQL backend's CPU (user + system, from /proc: the server must run on this machine, else 0), printed by
# psql's shell escape around the measured part; the machine is shared, so CPU says more than wall time.
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
cpu_mark() { echo "\\! awk '{print \"$1\", (\$14 + \$15) * $tick_ms}' /proc/\$BACKEND/stat 2>/dev/null || echo '$1 0'"; }
session() { echo 'select pg_backend_pid() as backend \gset'; echo '\setenv BACKEND :backend'; }
cpu_ms() { awk '/^cpu0 / {a = $2} /^cpu1 / {b = $2} END {printf "%d", b - a}'; }
# "ms cpu-ms wal-records" of a statement (EXPLAIN ANALYZE, timing off) in a transaction that ends with $3, after $1
timed() {  # statements before the measured one, the measured one, commit or rollback
  { echo 'begin;'; echo "$1"; session; cpu_mark cpu0
    echo "explain (analyze, buffers, wal, timing off) ${2%;};"; cpu_mark cpu1; echo "$3;"; } \
    | psql -q -d "$BENCH_DB" > "$RUN_DIR/bench-bulk-explain.txt"
  echo "$(grep -oE 'Execution Time: [0-9.]+' "$RUN_DIR/bench-bulk-explain.txt" | awk '{printf "%d", $3}')" \
    "$(cpu_ms < "$RUN_DIR/bench-bulk-explain.txt")" \
    "$(grep -m1 -oE 'WAL: records=[0-9]+' "$RUN_DIR/bench-bulk-explain.txt" | cut -d= -f2)"
  cat "$RUN_DIR/bench-bulk-explain.txt" >> "$RUN_DIR/bench-bulk-plans.txt"
}
hot() { q "select n_tup_upd || ' updated, ' || n_tup_hot_upd || ' HOT' from pg_stat_user_tables where relname = 'room'"; }

reopen_expired
: > "$RUN_DIR/bench-bulk-plans.txt"
rooms=$(q "select count(*) from room r where $expired")
new_batch() { echo "insert into resolve_batch (id, tenant_id, created_by, undo_until, resolved_count)
  values ($1, $tenant, $supervisor, now(), 0);"; }
read -r set_ms set_cpu set_wal <<< "$(timed "$(new_batch "$batch")" "$resolve" rollback)"
q "vacuum room" > /dev/null
# the undo in a transaction of its own, as the API's (a row written earlier in the same transaction would have its
# foreign keys checked again): a batch of its own resolves the rooms and commits, its undo reopens them and commits
batch="'$(q "select gen_random_uuid()")'"
timed "$(new_batch "$batch") $(resolve_sql "$batch")" "select 1" commit > /dev/null
q "vacuum room" > /dev/null
read -r undo_ms undo_cpu undo_wal <<< "$(timed "" "$(undo_sql "$batch")" commit)"
q "vacuum room" > /dev/null
loop_rooms=${BULK_LOOP_ROOMS:-$rooms}
sqlfile=$(mktemp)
q "select 'update room set status = ''RESOLVED'', resolved_at = now(), unread_count = 0, version = version + 1 where id = ' || id
    || ' and coalesce(window_expires_at, ''infinity'') <= now();' from room r where $expired order by id limit $loop_rooms" > "$sqlfile"
loop_start=$(date +%s%N)
loop_cpu=$({ echo 'begin;'; session; cpu_mark cpu0; cat "$sqlfile"; cpu_mark cpu1; echo 'rollback;'; } | psql -q -d "$BENCH_DB" | cpu_ms)
loop_ms=$(( ($(date +%s%N) - loop_start) / 1000000 ))
rm -f "$sqlfile"
q "vacuum room" > /dev/null

trap 'stop_api' EXIT
start_api "$port" "$RUN_DIR/bench-bulk-api.log"
token=$(curl -sf -X POST "$api_url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export WRK_TOKEN=$token
# warm the API's paths once (a dry run and a page)
curl -sf -X POST "$api_url/api/v1/rooms/resolve-expired" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"dryRun":true}' > /dev/null
curl -sf "$api_url/api/v1/rooms" -H "Authorization: Bearer $token" > /dev/null
hot_before=$(hot)
api_call() {  # path; prints ms, keeps the answer in $RUN_DIR/bench-bulk-answer.json
  local start
  start=$(date +%s%N)
  curl -sf -X POST "$api_url$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
    > "$RUN_DIR/bench-bulk-answer.json"
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
# readers: 8 connections, each a page every 50 ms, as run.sh
WRK_DELAY_MS=50 wrk -t2 -c8 -d15s -s "$here/report.lua" "$api_url/api/v1/rooms" > "$RUN_DIR/bench-bulk-during.txt" 2>&1 &
reader=$!
sleep 1
api_ms=$(api_call /api/v1/rooms/resolve-expired)
api_rooms=$(sed -E 's/.*"resolvedCount":([0-9]+).*/\1/' "$RUN_DIR/bench-bulk-answer.json")
batch_id=$(sed -E 's/.*"batchId":"([^"]+)".*/\1/' "$RUN_DIR/bench-bulk-answer.json")
sleep 1
api_undo_ms=$(api_call "/api/v1/rooms/resolve-expired/$batch_id/undo")
wait $reader
during=$(grep '^RESULT' "$RUN_DIR/bench-bulk-during.txt" | awk '{print $2 " req/s, p95 " $4 " ms, p99 " $5 " ms, errors " $6}')
hot_after=$(hot)
stop_api
trap - EXIT

per() { awk -v ms="$1" -v n="$2" 'BEGIN {printf "%.1f", ms * 1000 / n}'; }
echo "Bulk resolve, tenant 'Bench 01', $rooms expired rooms ($(date -u '+%F %H:%M') UTC, load $(cut -d' ' -f1-3 /proc/loadavg)):"
echo
echo "| what | ms | µs a room | backend CPU ms | CPU µs a room | WAL records a room |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| SQL: one statement resolves $rooms rooms (rolled back) | $set_ms | $(per "$set_ms" "$rooms") | $set_cpu |" \
  "$(per "$set_cpu" "$rooms") | $(awk -v w="$set_wal" -v n="$rooms" 'BEGIN {printf "%.1f", w / n}') |"
echo "| SQL: one statement undoes them (committed) | $undo_ms | $(per "$undo_ms" "$rooms") | $undo_cpu |" \
  "$(per "$undo_cpu" "$rooms") | $(awk -v w="$undo_wal" -v n="$rooms" 'BEGIN {printf "%.1f", w / n}') |"
echo "| SQL: a statement per room from psql, $loop_rooms rooms (rolled back) | $loop_ms | $(per "$loop_ms" "$loop_rooms") |" \
  "$loop_cpu | $(per "$loop_cpu" "$loop_rooms") | - |"
echo "| API: resolve-expired, $api_rooms rooms, 8 readers | $api_ms | $(per "$api_ms" "$api_rooms") | - | - | - |"
echo "| API: its undo | $api_undo_ms | $(per "$api_undo_ms" "$api_rooms") | - | - | - |"
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}'; }
echo "Per-room loop / one statement, a room: $(ratio "$(per "$loop_ms" "$loop_rooms")" "$(per "$set_ms" "$rooms")")× by time," \
  "$(ratio "$(per "$loop_cpu" "$loop_rooms")" "$(per "$set_cpu" "$rooms")")× by backend CPU; API / SQL:" \
  "$(awk -v a="$api_ms" -v b="$set_ms" 'BEGIN {printf "%.2f", a / b}')×; room list meanwhile: $during;" \
  "room updates: $hot_before before the API's, $hot_after after. Plans: $RUN_DIR/bench-bulk-plans.txt"
