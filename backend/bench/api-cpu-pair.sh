#!/usr/bin/env bash
# The API's own CPU per request of two builds, measured side by side: both APIs run at once on the benchmark
# database, equally warmed up, and each endpoint is driven in short alternating slices (A, B, A, B, ...) at one
# client, so whatever the machine does meanwhile (JIT compilation, a neighbour's build, autovacuum) falls on both
# builds alike. CPU per request = the CPU time the API process used (user + system, /proc) / requests answered
# with 2xx. Reads only: nothing is written, so every slice sees the same rows.
#   api-cpu-pair.sh <label-A> <quarkus-app-dir-A> <label-B> <quarkus-app-dir-B>
# Reads DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, BENCH_DB, JWT_PRIVATE_KEY, JWT_PUBLIC_KEY like run.sh.
# BENCH_SLICES (default 8) slices of BENCH_SLICE_SECONDS (default 3) per build and endpoint.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
# an older build may not know the newer migrations the database has
export QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false QUARKUS_FLYWAY_MIGRATIONS_VALIDATE_ON_MIGRATE=false
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
slices=${BENCH_SLICES:-8}
seconds=${BENCH_SLICE_SECONDS:-3}
q() { psql -tAc "$1" -d "$BENCH_DB"; }
tenant=$(q "select id from tenant where name = 'Bench 01'")
agent=$(q "select id from app_user where tenant_id = $tenant and role = 'agent' order by id limit 1")
tag=$(q "select id from tag where tenant_id = $tenant order by id limit 1")
room=$(q "select id from room where tenant_id = $tenant order by last_activity_at desc limit 1")
paths=("/api/v1/rooms?limit=50" "/api/v1/rooms?status=unassigned&limit=50" "/api/v1/rooms?session=expired&limit=50"
       "/api/v1/rooms?agentId=$agent&limit=50" "/api/v1/rooms?tagId=$tag&limit=50" "/api/v1/rooms/counts"
       "/api/v1/rooms/$room" "/api/v1/rooms/$room/messages?limit=50" "/api/v1/search/messages?q=pesanan&limit=20"
       "/api/v1/tags")
# BENCH_PATHS (space-separated) measures only those
[ -n "${BENCH_PATHS:-}" ] && read -r -a paths <<< "$BENCH_PATHS"
source "$here/api.sh"
declare -A port pid
port[A]=18094; port[B]=18096
for side in A B; do
  dir=$([ $side = A ] && echo "$2" || echo "$4")
  JAR=$dir/quarkus-run.jar start_api "${port[$side]}" "${TMPDIR:-/tmp}/api-cpu-pair-$side.log" INBOX_OUTBOX_RELAY_ENABLED=false
  pid[$side]=$api
done
trap 'kill ${pid[A]} ${pid[B]} 2>/dev/null || true' EXIT
token=$(curl -sf -X POST "http://127.0.0.1:${port[A]}/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export WRK_TOKEN=$token
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
# warm-up: every endpoint on both, so the JIT has compiled the paths before anything is counted
for _ in 1 2 3; do
  for p in "${paths[@]}"; do
    for side in A B; do wrk -t1 -c1 -d2s -s "$here/report.lua" "http://127.0.0.1:${port[$side]}$p" >/dev/null 2>&1 || true; done
  done
done
echo "| endpoint | $1 ms CPU/request | $3 ms CPU/request | change | slices of $1 (ms) | slices of $3 (ms) |"
echo "| --- | --- | --- | --- | --- | --- |"
for p in "${paths[@]}"; do
  declare -A cpu=([A]=0 [B]=0) requests=([A]=0 [B]=0) each=([A]="" [B]="")
  for i in $(seq 1 "$slices"); do
    # alternate which build goes first, so neither always follows the other
    order=$([ $((i % 2)) = 1 ] && echo "A B" || echo "B A")
    for side in $order; do
      before=$(ticks "${pid[$side]}")
      result=$(wrk -t1 -c1 -d${seconds}s -s "$here/report.lua" "http://127.0.0.1:${port[$side]}$p" 2>&1 | grep '^RESULT' | tail -1)
      after=$(ticks "${pid[$side]}")
      read -r _ rps _ _ _ errors <<< "$result"
      [ "${errors:-0}" = 0 ] || { echo "errors on $p ($side): $result" >&2; exit 1; }
      n=$(awk -v r="$rps" -v s="$seconds" 'BEGIN { printf "%d", r * s }')
      cpu[$side]=$((cpu[$side] + after - before)); requests[$side]=$((requests[$side] + n))
      each[$side]+="$(awk -v t=$((after - before)) -v n="$n" -v hz="$hz" 'BEGIN { printf "%.2f", t * 1000 / hz / n }') "
    done
  done
  a=$(awk -v t="${cpu[A]}" -v n="${requests[A]}" -v hz="$hz" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  b=$(awk -v t="${cpu[B]}" -v n="${requests[B]}" -v hz="$hz" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  echo "| \`$p\` | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%+.0f %%", (b - a) * 100 / a }') | ${each[A]}| ${each[B]}|"
done
