# Sourced by the benchmark scripts. start_api PORT LOG [VAR=value ...]: starts the packaged API ($JAR) on the
# benchmark database ($BENCH_DB on DB_HOST/DB_PORT as DB_USER) with the benchmark's JWT keys, no demo data and
# the extra variables given, sets $api to its PID and waits until it is ready. Its management interface (metrics)
# listens on PORT + 1, so it never takes the one of a running `make run`. stop_api: stops it.
start_api() {
  local port=$1 log=$2
  shift 2
  env INBOX_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB" INBOX_DB_USER="$DB_USER" INBOX_DB_PASSWORD="$DB_PASSWORD" \
    INBOX_HTTP_PORT="$port" INBOX_MANAGEMENT_PORT=$((port + 1)) INBOX_DEMO_SEED=false \
    INBOX_JWT_PRIVATE_KEY="$JWT_PRIVATE_KEY" INBOX_JWT_PUBLIC_KEY="$JWT_PUBLIC_KEY" "$@" \
    java -Xmx512m -jar "$JAR" > "$log" 2>&1 &
  api=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
    kill -0 "$api" 2>/dev/null || { echo "The API did not start; see $log" >&2; return 1; }
    sleep 0.5
  done
  echo "The API did not become ready; see $log" >&2
  return 1
}

stop_api() {
  kill "$api" 2>/dev/null || true
  wait "$api" 2>/dev/null || true
}

# wrk on one path of the API ($api_url; report.lua beside the script, $here) at 1 and 16 clients, a short warm-up
# before each measured run of $duration seconds: " req/s | p50 / p95 / p99 | errors |" for each, as the tables of run.sh and search.sh show them.
wrk_cells() {  # path
  local cells=""
  for c in 1 16; do
    local threads=$(( c < 2 ? 1 : 2 )) result
    wrk -t$threads -c$c -d2s -s "$here/report.lua" "$api_url$1" >/dev/null 2>&1 || true
    result=$(wrk -t$threads -c$c -d${duration}s -s "$here/report.lua" "$api_url$1" 2>&1 | grep '^RESULT' | tail -1)
    read -r _ rps p50 p95 p99 errors <<< "$result"
    cells="$cells $rps | $p50 / $p95 / $p99 | $errors |"
  done
  echo "$cells"
}

# The search terms of company $1 by frequency band, from the generator's words (generate.sql, bench_word: a word
# of rank r is in about 1/r of the messages): sets mid_word (1 in 300), rare_word (1 in 30,000) and rare (an order
# number).
search_terms() {  # tenant
  mid_word=$(psql -tAc "$(word_of_rank_sql 300)" -d "$BENCH_DB")
  rare_word=$(psql -tAc "$(word_of_rank_sql 30000)" -d "$BENCH_DB")
  rare=$(psql -tAc "select substring(body from 'ORD-[0-9]+') from message where tenant_id = $1 and body like '%ORD-%' limit 1" \
    -d "$BENCH_DB")
}

word_of_rank_sql() {  # rank
  echo "select (array['ba','ka','ma','sa','ta','ri','lo','nu','pe','di','go','ju','wa','ye','hu','ce','fi','zo','qi','xe'])[1 + $1 % 20]
    || (array['ra','li','mo','ne','su','ti','ga','do','ke','pu','ha','bi','so','ru','ze','lu','ni','ko','tu','fa'])[1 + ($1 / 20) % 20]
    || (array['n','s','k','r','t','l','m','h','p','d','ng','ny','st','kt','rs','nd','mp','lt','ks','g'])[1 + ($1 / 400) % 20]
    || (array['a','i','u','e','o','ai','au','ia','io','ua','ea','oi','ei','ou','uo','ie','ae','ao','iu','eo'])[1 + ($1 / 8000) % 20]"
}
