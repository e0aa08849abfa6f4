#!/usr/bin/env bash
# What the per-request session check costs: runs two packaged APIs (e.g. before and after issue 9) in
# turn against one demo database and drives the same authenticated endpoints with wrk at 1 client,
# alternating A, B, A, B so a busy machine hurts both alike. Prints a markdown table.
#   auth-cost.sh <label-A> <jar-A> <label-B> <jar-B>
# The older build starts on the newer schema (Flyway validation is off for the runs).
# Needs DB_HOST/DB_PORT/DB_USER/DB_PASSWORD, JWT_PRIVATE_KEY/JWT_PUBLIC_KEY (as bench-data.sh) and wrk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
db=${AUTH_BENCH_DB:-inbox_authbench}
port=18091
duration=${BENCH_SECONDS:-10}
rounds=${BENCH_ROUNDS:-2}
psql -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1 || createdb "$db"

start_api() {  # jar, seed
  INBOX_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$db" INBOX_DB_USER="$DB_USER" INBOX_DB_PASSWORD="$DB_PASSWORD" \
  INBOX_HTTP_PORT=$port INBOX_MANAGEMENT_PORT=19091 INBOX_DEMO_SEED=$2 QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=false QUARKUS_FLYWAY_MIGRATIONS_VALIDATE_ON_MIGRATE=false \
  INBOX_JWT_PRIVATE_KEY="$JWT_PRIVATE_KEY" INBOX_JWT_PUBLIC_KEY="$JWT_PUBLIC_KEY" \
    java -Xmx512m -jar "$1" > "${TMPDIR:-/tmp}/auth-cost-api.log" 2>&1 &
  api=$!
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return; sleep 0.5; done
  echo "API did not start" >&2; exit 1
}
stop_api() { kill "$api"; wait "$api" 2>/dev/null || true; }

measure() {  # label, jar
  start_api "$2" false
  local token
  token=$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"supervisor@nusantara.test","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  export WRK_TOKEN=$token
  for path in /api/v1/tags "/api/v1/rooms?limit=50"; do
    wrk -t1 -c1 -d3s -s "$here/report.lua" "http://127.0.0.1:$port$path" >/dev/null 2>&1 || true
    read -r _ rps p50 p95 p99 errors <<< "$(wrk -t1 -c1 -d${duration}s -s "$here/report.lua" "http://127.0.0.1:$port$path" | grep '^RESULT' | tail -1)"
    echo "| $1 | \`$path\` | $rps | $p50 / $p95 / $p99 | $errors |"
  done
  stop_api
}

# seed the demo data once with B (the newer schema)
start_api "$4" true; stop_api
echo "| build | endpoint | req/s (1 client) | p50 / p95 / p99 ms | errors |"
echo "| --- | --- | --- | --- | --- |"
for _ in $(seq 1 "$rounds"); do
  measure "$1" "$2"
  measure "$3" "$4"
done
