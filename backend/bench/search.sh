#!/usr/bin/env bash
# Only the search bands of run.sh (wrk at 1 and 16 clients, tenant 'Bench 01', the same words), read-only, so it
# can be run before and after a change on one database copy. Reads the same variables as run.sh; the table goes
# to stdout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=${BENCH_API_PORT:-18090}
duration=${BENCH_SECONDS:-10}
api_url="http://127.0.0.1:$port"
source "$here/api.sh"

trap 'stop_api' EXIT
start_api "$port" "$RUN_DIR/bench-search-api.log"

q() { psql -tAc "$1" -d "$BENCH_DB"; }
tenant=$(q "select id from tenant where name = 'Bench 01'")
WRK_TOKEN=$(curl -sf -X POST "$api_url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export WRK_TOKEN
search_terms "$tenant"

echo "| search | 1 client req/s | p50 / p95 / p99 ms | errors | 16 clients req/s | p50 / p95 / p99 ms | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
measure() {  # name, path
  echo "| $1 |$(wrk_cells "$2")"
}
measure "very common (kak)" "/api/v1/search/messages?q=kak"
measure "common (pengiriman)" "/api/v1/search/messages?q=pengiriman"
measure "mid-frequency ($mid_word)" "/api/v1/search/messages?q=$mid_word"
measure "rare word ($rare_word)" "/api/v1/search/messages?q=$rare_word"
measure "order number ($rare)" "/api/v1/search/messages?q=$rare"
