#!/usr/bin/env bash
# The API's own CPU per request: runs packaged APIs in turn (A, B, B, A, ...) against the benchmark
# database, drives each endpoint with wrk at one client after a warm-up, and divides the CPU time the
# API process used (user + system, from /proc) by the requests answered. CPU per request is far less
# sensitive to a busy machine than latency, and A-B-B-A ordering spreads what noise remains.
#   api-cpu.sh <label-A> <quarkus-app-dir-A> <label-B> <quarkus-app-dir-B>
# An older build starts on the newer schema (Flyway validation off). Reads the variables of bench-data.sh.
# BENCH_PRIORITY=high (as root) runs the API, wrk and the database's backends for it at nice -20, so builds
# running beside it at normal or low priority take little CPU from the measurement.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=18092
seconds=${BENCH_SECONDS:-10}
rounds=${BENCH_ROUNDS:-1}
api_url="http://127.0.0.1:$port"
q() { psql -tAc "$1" -d "$BENCH_DB"; }

tenant=$(q "select id from tenant where name = 'Bench 01'")
tag=$(q "select id from tag where tenant_id = $tenant order by id limit 1")
room=$(q "select id from room where tenant_id = $tenant order by last_activity_at desc limit 1")
paths=("/api/v1/rooms?limit=50" "/api/v1/rooms?tab=unassigned&limit=50" "/api/v1/rooms?session=expired&limit=50"
       "/api/v1/rooms?tag=$tag&limit=50" "/api/v1/rooms/counts" "/api/v1/rooms/$room" "/api/v1/rooms/$room/messages?limit=50"
       "/api/v1/search/messages?q=pesanan&limit=20" "/api/v1/tags")

writes=(resolve template)
template=$(q "select t.id from template t where t.tenant_id = $tenant and t.status = 'APPROVED' order by t.id limit 1")
template_body="{\"templateId\":$template,\"parameters\":[\"Budi\",\"ORD-1\",\"dikirim\"]}"
# rooms of the template's own channel (a template of another channel is refused)
q "select '/api/v1/rooms/' || r.id || '/template-messages' from room r join template t on t.channel_id = r.channel_id
    where t.id = $template and r.status = 'RESOLVED' order by r.id limit 20000" > "${TMPDIR:-/tmp}/api-cpu-template"
clock_ticks=$(getconf CLK_TCK)
priority=""
[ "${BENCH_PRIORITY:-}" = high ] && priority="nice -n -20"
# the database's backends serving the benchmark database, at the same priority as the API
renice_backends() {
  [ -n "$priority" ] || return 0
  q "select pid from pg_stat_activity where datname = '$BENCH_DB'" | xargs -r renice -n -20 -p >/dev/null 2>&1 || true
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

start_api() {  # app dir
  INBOX_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB" INBOX_DB_USER="$DB_USER" INBOX_DB_PASSWORD="$DB_PASSWORD" \
  INBOX_HTTP_PORT=$port INBOX_MANAGEMENT_PORT=19092 INBOX_DEMO_SEED=false QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false QUARKUS_FLYWAY_MIGRATIONS_VALIDATE_ON_MIGRATE=false \
  INBOX_OUTBOX_RELAY_ENABLED=false INBOX_JWT_PRIVATE_KEY="$JWT_PRIVATE_KEY" INBOX_JWT_PUBLIC_KEY="$JWT_PUBLIC_KEY" \
    $priority java -Xmx512m -jar "$1/quarkus-run.jar" > "${TMPDIR:-/tmp}/api-cpu.log" 2>&1 &
  api=$!
  trap 'kill $api 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do curl -sf -o /dev/null "$api_url/q/health/ready" && return; sleep 0.5; done
  echo "API did not start; see ${TMPDIR:-/tmp}/api-cpu.log" >&2; exit 1
}
stop_api() { kill "$api"; wait "$api" 2>/dev/null || true; }
if curl -s -o /dev/null "$api_url/q/health/ready"; then echo "Port $port is taken: stop what listens there first" >&2; exit 1; fi

declare -A cpu
measure() {  # label, app dir
  start_api "$2"
  local token
  token=$(curl -sf -X POST "$api_url/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  export WRK_TOKEN=$token
  # warm-up: every endpoint, twice, so the JIT has compiled the paths before anything is counted
  for _ in 1 2; do
    for path in "${paths[@]}"; do $priority wrk -t1 -c1 -d3s -s "$here/report.lua" "$api_url$path" >/dev/null 2>&1 || true; done
  done
  renice_backends
  # the writes: resolving rooms still open (fresh ones each run) and sending a template to resolved rooms
  q "select '/api/v1/rooms/' || id || '/resolve' from room where tenant_id = $tenant and status <> 'RESOLVED' order by id limit 5000" \
    > "${TMPDIR:-/tmp}/api-cpu-resolve"
  for path in "${paths[@]}" "${writes[@]}"; do
    local before after result requests
    before=$(cpu_ticks "$api")
    case $path in
      resolve) result=$(WRK_PATHS_FILE="${TMPDIR:-/tmp}/api-cpu-resolve" WRK_METHOD=POST \
        $priority wrk -t1 -c1 -d${seconds}s -s "$here/report.lua" "$api_url/" 2>&1 | grep '^RESULT' | tail -1) ;;
      template) result=$(WRK_PATHS_FILE="${TMPDIR:-/tmp}/api-cpu-template" WRK_METHOD=POST WRK_BODY="$template_body" \
        $priority wrk -t1 -c1 -d${seconds}s -s "$here/report.lua" "$api_url/" 2>&1 | grep '^RESULT' | tail -1) ;;
      *) result=$($priority wrk -t1 -c1 -d${seconds}s -s "$here/report.lua" "$api_url$path" 2>&1 | grep '^RESULT' | tail -1) ;;
    esac
    after=$(cpu_ticks "$api")
    read -r _ rps _ <<< "$result"
    requests=$(awk -v r="$rps" -v s="$seconds" 'BEGIN { printf "%d", r * s }')
    cpu["$1|$path"]+="$(awk -v a="$after" -v b="$before" -v n="$requests" -v hz="$clock_ticks" \
      'BEGIN { printf "%.3f", (a - b) * 1000 / hz / n }') "
  done
  stop_api
}

for _ in $(seq 1 "$rounds"); do
  measure "$1" "$2"; measure "$3" "$4"; measure "$3" "$4"; measure "$1" "$2"
done

mean() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.2f", s / NF }' <<< "$1"; }
echo "| endpoint | $1 ms CPU/request | $3 ms CPU/request | change | runs ($1; $3) |"
echo "| --- | --- | --- | --- | --- |"
for path in "${paths[@]}" "${writes[@]}"; do
  a=$(mean "${cpu["$1|$path"]}"); b=$(mean "${cpu["$3|$path"]}")
  echo "| \`$path\` | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%+.0f %%", (b - a) * 100 / a }') | ${cpu["$1|$path"]}; ${cpu["$3|$path"]} |"
done
