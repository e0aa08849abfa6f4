#!/usr/bin/env bash
# Fills the benchmark database with a generated dataset: bench-data.sh small|large
#   small: 100k rooms, 1M messages (about a minute); large: 1M rooms, 10M messages (a few minutes).
# Reads DB_HOST, DB_PORT, DB_USER, DB_PASSWORD (from make's .run/db.env), BENCH_DB, JAR and the JWT key files.
set -euo pipefail
size=${1:-small}
case "$size" in
  small) rooms=100000 ;;
  large) rooms=1000000 ;;
  *) echo "usage: $0 small|large" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
port=18099

echo "Creating database $BENCH_DB ($size: $rooms rooms, $((rooms * 10)) messages)"
dropdb --if-exists --force "$BENCH_DB"
createdb "$BENCH_DB"

# The product's own migrations: start the packaged API once against the empty database.
INBOX_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$BENCH_DB" INBOX_DB_USER="$DB_USER" INBOX_DB_PASSWORD="$DB_PASSWORD" \
INBOX_HTTP_PORT=$port INBOX_DEMO_SEED=false INBOX_JWT_PRIVATE_KEY="$JWT_PRIVATE_KEY" INBOX_JWT_PUBLIC_KEY="$JWT_PUBLIC_KEY" \
  java -jar "$JAR" > "$RUN_DIR/bench-migrate.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 $api 2>/dev/null || { echo "The API did not start; see .run/bench-migrate.log" >&2; exit 1; }
  sleep 0.5
done
kill $api; wait $api 2>/dev/null || true
trap - EXIT

start=$(date +%s)
sed -e "s/\${rooms}/$rooms/g" -e 's/\${messages_per_room}/10/g' "$here/generate.sql" | psql -q -v ON_ERROR_STOP=1 -d "$BENCH_DB"
psql -q -d "$BENCH_DB" -c "vacuum analyze"
echo "Generated in $(( $(date +%s) - start )) s:"
psql -d "$BENCH_DB" -c "select (select count(*) from tenant) tenants, (select count(*) from room) rooms,
  (select count(*) from message) messages, (select max(n) from (select count(*) n from room group by tenant_id) t) largest_tenant_rooms,
  pg_size_pretty(pg_database_size(current_database())) size"
