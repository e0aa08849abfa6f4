#!/usr/bin/env bash
# Compares two builds on the read endpoints, A-B-B-A, on the same rows (nothing is written): each JVM is
# warmed up (2 s per endpoint at 16 clients), then each endpoint is measured at 1 and 16 clients. Prints one
# line per run: label|path|clients|RESULT req/s p50 p95 p99 errors.
# Usage: reads-abba.sh <label-A> <app-dir-A> <label-B> <app-dir-B>   (app dirs: copies of target/quarkus-app)
# Reads DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, BENCH_DB, JWT_PRIVATE_KEY, JWT_PUBLIC_KEY like run.sh.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
# an older build may not know the newer migrations the database has
export QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false QUARKUS_FLYWAY_MIGRATIONS_VALIDATE_ON_MIGRATE=false
source "$here/api.sh"
port=${BENCH_API_PORT:-18090}
seconds=${BENCH_SECONDS:-3}
q() { psql -tAc "$1" -d "$BENCH_DB"; }
tenant=$(q "select id from tenant where name = 'Bench 01'")
agent=$(q "select id from app_user where tenant_id = $tenant and role = 'agent' order by id limit 1")
tag=$(q "select id from tag where tenant_id = $tenant order by id limit 1")
paths=("/api/v1/rooms" "/api/v1/rooms?status=unassigned" "/api/v1/rooms?agentId=$agent" "/api/v1/rooms?session=expired"
  "/api/v1/rooms?tagId=$tag" "/api/v1/rooms/counts" "/api/v1/search/messages?q=kak" "/api/v1/search/messages?q=pengiriman"
  "/api/v1/tags")
trap 'stop_api' EXIT
for run in "$1 $2" "$3 $4" "$3 $4" "$1 $2"; do
  read -r label dir <<< "$run"
  export JAR=$dir/quarkus-run.jar
  start_api "$port" "${RUN_DIR:-/tmp}/reads-abba-api.log" || exit 1
  export WRK_TOKEN=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  for p in "${paths[@]}"; do wrk -t2 -c16 -d2s -s "$here/report.lua" "http://127.0.0.1:$port$p" >/dev/null 2>&1; done
  for p in "${paths[@]}"; do
    for c in 1 16; do
      r=$(wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d${seconds}s -s "$here/report.lua" "http://127.0.0.1:$port$p" 2>&1 | grep '^RESULT' | tail -1)
      echo "$label|$p|$c|$r"
    done
  done
  stop_api
done
