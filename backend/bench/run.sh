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
  echo "API peak resident memory: $rss MB."
} > "$out"
echo "Written to $out"
