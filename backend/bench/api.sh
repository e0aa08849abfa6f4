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
