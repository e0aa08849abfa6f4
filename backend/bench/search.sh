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
word_of_rank() {  # as run.sh: the generator's word of a rank, in about 1/rank of the messages
  q "select (array['ba','ka','ma','sa','ta','ri','lo','nu','pe','di','go','ju','wa','ye','hu','ce','fi','zo','qi','xe'])[1 + $1 % 20]
    || (array['ra','li','mo','ne','su','ti','ga','do','ke','pu','ha','bi','so','ru','ze','lu','ni','ko','tu','fa'])[1 + ($1 / 20) % 20]
    || (array['n','s','k','r','t','l','m','h','p','d','ng','ny','st','kt','rs','nd','mp','lt','ks','g'])[1 + ($1 / 400) % 20]
    || (array['a','i','u','e','o','ai','au','ia','io','ua','ea','oi','ei','ou','uo','ie','ae','ao','iu','eo'])[1 + ($1 / 8000) % 20]"
}
mid_word=$(word_of_rank 300)
rare_word=$(word_of_rank 30000)
rare=$(q "select substring(body from 'ORD-[0-9]+') from message where tenant_id = $tenant and body like '%ORD-%' limit 1")

echo "| search | 1 client req/s | p50 / p95 / p99 ms | errors | 16 clients req/s | p50 / p95 / p99 ms | errors |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
measure() {  # name, path
  local line="| $1 |"
  for c in 1 16; do
    local threads=$(( c < 2 ? 1 : 2 )) result
    wrk -t$threads -c$c -d2s -s "$here/report.lua" "$api_url$2" >/dev/null 2>&1 || true
    result=$(wrk -t$threads -c$c -d${duration}s -s "$here/report.lua" "$api_url$2" 2>&1 | grep '^RESULT' | tail -1)
    read -r _ rps p50 p95 p99 errors <<< "$result"
    line="$line $rps | $p50 / $p95 / $p99 | $errors |"
  done
  echo "$line"
}
measure "very common (kak)" "/api/v1/search/messages?q=kak"
measure "common (pengiriman)" "/api/v1/search/messages?q=pengiriman"
measure "mid-frequency ($mid_word)" "/api/v1/search/messages?q=$mid_word"
measure "rare word ($rare_word)" "/api/v1/search/messages?q=$rare_word"
measure "order number ($rare)" "/api/v1/search/messages?q=$rare"
