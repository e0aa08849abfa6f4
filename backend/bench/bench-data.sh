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
port=${BENCH_DATA_API_PORT:-18099}
source "$here/api.sh"

echo "Creating database $BENCH_DB ($size: $rooms rooms, $((rooms * 10)) messages)"
dropdb --if-exists --force "$BENCH_DB"
createdb "$BENCH_DB"

# The product's own migrations: start the packaged API once against the empty database.
trap 'stop_api' EXIT
start_api "$port" "$RUN_DIR/bench-migrate.log"
stop_api
trap - EXIT

start=$(date +%s)
sed -e "s/\${rooms}/$rooms/g" -e 's/\${messages_per_room}/10/g' "$here/generate.sql" | psql -q -v ON_ERROR_STOP=1 -d "$BENCH_DB"
psql -q -d "$BENCH_DB" -c "vacuum analyze"
echo "Generated in $(( $(date +%s) - start )) s:"
psql -d "$BENCH_DB" -c "select (select count(*) from tenant) tenants, (select count(*) from room) rooms,
  (select count(*) from message) messages, (select max(n) from (select count(*) n from room group by tenant_id) t) largest_tenant_rooms,
  pg_size_pretty(pg_database_size(current_database())) size"
