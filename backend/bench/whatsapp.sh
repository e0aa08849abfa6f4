#!/usr/bin/env bash
# The WhatsApp figures of issue 12, against the Graph API stand-in (tools/graph-standin), on the benchmark
# database; appends a markdown section to $BENCH_OUT. Reads the variables of run.sh (DB_*, BENCH_DB, JAR,
# RUN_DIR, JWT_*). `make bench` runs it last; `make bench-whatsapp` runs it alone.
#
# 1. Webhook acknowledgements: N customer-message webhooks, signed beforehand with unique wamids (wrk's Lua
#    cannot compute an HMAC), posted by wrk (BENCH_WEBHOOK_CONNECTIONS connections for BENCH_WEBHOOK_SECONDS),
#    while the API's worker processes them as usual. Then: how long the worker takes to drain what is left, and
#    that every acknowledged message is stored exactly once (counted by wamid).
# 2. Relay throughput: BENCH_RELAY_MESSAGES replies queued through the API, one per room of one number, with
#    the relay off; then an API with the relay on sends them to the stand-in, which records when each arrived:
#    sends per second and the most in any one second (the number's rate, INBOX_OUTBOX_RATE_PER_NUMBER, is 80).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
standin=$root/tools/graph-standin
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
source "$here/api.sh"

port=${BENCH_WHATSAPP_API_PORT:-18093}          # its metrics on the next port
graph_port=${BENCH_GRAPH_PORT:-18095}
connections=${BENCH_WEBHOOK_CONNECTIONS:-16}
seconds=${BENCH_WEBHOOK_SECONDS:-20}
bodies=${BENCH_WEBHOOK_BODIES:-60000}
customers=${BENCH_WEBHOOK_CUSTOMERS:-2000}
relay_messages=${BENCH_RELAY_MESSAGES:-2000}
rate=${BENCH_RELAY_RATE:-80}
out=${BENCH_OUT:-$RUN_DIR/bench-results.md}
api_url="http://127.0.0.1:$port"
secret=bench-app-secret
number=900000000001
access_token=bench-access-token
work=$(mktemp -d)
q() { psql -tAc "$1" -d "$BENCH_DB"; }

api_env=(INBOX_WHATSAPP_APP_SECRET=$secret INBOX_WHATSAPP_VERIFY_TOKEN=bench-verify-token
  INBOX_SECRETS_KEY="$(openssl rand -base64 32)" INBOX_WHATSAPP_GRAPH_URL="http://127.0.0.1:$graph_port/v21.0"
  INBOX_OUTBOX_RATE_PER_NUMBER=$rate)
GRAPH_STANDIN_PORT=$graph_port GRAPH_STANDIN_WEBHOOK_URL="$api_url/webhooks/whatsapp" GRAPH_STANDIN_APP_SECRET=$secret \
GRAPH_STANDIN_ACCESS_TOKEN=$access_token node "$standin/server.mjs" > "$RUN_DIR/bench-graph.log" 2>&1 &
graph=$!
trap 'stop_api; kill $graph 2>/dev/null || true; rm -rf "$work"' EXIT

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "WhatsApp: webhooks in"
start_api "$port" "$RUN_DIR/bench-whatsapp-api.log" "${api_env[@]}" INBOX_OUTBOX_RELAY_ENABLED=false
channel=$("$standin/connect-channel.sh" "$api_url" supervisor@t1.bench inbox-demo "WhatsApp Cloud (bench)" $number $access_token)

node "$standin/bench-bodies.mjs" --count 2000 --customers "$customers" --phone-number-id $number --secret $secret \
  --out "$work/warmup.tsv" --wamids "$work/warmup-wamids.txt"
node "$standin/bench-bodies.mjs" --count "$bodies" --customers "$customers" --phone-number-id $number --secret $secret \
  --out "$work/bodies.tsv" --wamids "$work/wamids.txt"
webhooks() {  # bodies file, seconds: wrk's RESULT and WEBHOOKS lines
  WRK_THREADS=2 WRK_BODIES_FILE=$1 wrk -t2 -c"$connections" -d"$2"s -s "$here/webhook.lua" "$api_url/webhooks/whatsapp" 2>&1 \
    | grep -E '^(RESULT|WEBHOOKS)'
}
webhooks "$work/warmup.tsv" 5 > /dev/null
pending() { q "select count(*) from whatsapp_webhook where status = 'PENDING'"; }
until [ "$(pending)" = 0 ]; do sleep 0.5; done
q "vacuum analyze whatsapp_webhook" > /dev/null

result=$(webhooks "$work/bodies.tsv" "$seconds")
finished=$(date +%s%N)
read -r _ rps p50 p95 p99 errors <<< "$(grep '^RESULT' <<< "$result")"
read -r _ posted acknowledged redelivered <<< "$(grep '^WEBHOOKS' <<< "$result")"
left=$(pending)
until [ "$(pending)" = 0 ]; do sleep 0.2; done
drain_ms=$(( ($(date +%s%N) - finished) / 1000000 ))
# every message of the posted bodies: stored once per wamid, never twice
read -r stored rows <<< "$(psql -q -tA -F ' ' -d "$BENCH_DB" <<EOF
create temp table posted (wamid text primary key);
\\copy posted from '$work/wamids.txt'
select count(distinct m.provider_message_id), count(*) from message m join posted p on p.wamid = m.provider_message_id
  join room r on r.id = m.room_id where r.channel_id = $channel;
EOF
)"
duplicates=$(( rows - stored ))
failed_events=$(q "select count(*) from whatsapp_webhook where status <> 'DONE' and received_at > now() - interval '1 hour'")
echo "  $acknowledged acknowledged ($rps req/s, p50 $p50 ms, p95 $p95 ms), $stored stored, $duplicates duplicates, drained in $drain_ms ms"

echo "WhatsApp: relay out"
# one reply to each of the first rooms of the number (their customers just wrote: the window is open)
bearer=$(curl -sf -X POST "$api_url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor@t1.bench","password":"inbox-demo"}' | jq -r .accessToken)
q "select id from room where channel_id = $channel order by id limit $relay_messages" > "$work/rooms.txt"
queue_start=$(date +%s%N)
xargs -P 8 -I{} curl -sf -o /dev/null -X POST "$api_url/api/v1/rooms/{}/messages" -H "Authorization: Bearer $bearer" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: bench-relay-$$-{}" -d '{"text":"Baik kak, pesanan Anda sudah kami kirim."}' \
  < "$work/rooms.txt"
queue_ms=$(( ($(date +%s%N) - queue_start) / 1000000 ))
queued=$(q "select count(*) from outbox where channel_id = $channel")
stop_api
since=$(( $(date +%s%N) / 1000000 ))
start_api "$port" "$RUN_DIR/bench-whatsapp-api.log" "${api_env[@]}" INBOX_OUTBOX_RELAY_ENABLED=true
until [ "$(q "select count(*) from outbox where channel_id = $channel")" = 0 ]; do sleep 0.5; done
relay=$(curl -sf "http://127.0.0.1:$graph_port/_standin/sends?phone_number_id=$number&since=$since" | node -e '
  let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
    const at = JSON.parse(text).data.map((s) => s.at).sort((a, b) => a - b);
    let most = 0;
    for (let i = 0, j = 0; i < at.length; i++) { while (at[i] - at[j] >= 1000) j++; most = Math.max(most, i - j + 1); }
    const perSecond = {};
    for (const t of at) perSecond[Math.floor(t / 1000)] = (perSecond[Math.floor(t / 1000)] ?? 0) + 1;
    const span = (at.at(-1) - at[0]) / 1000;
    console.log(at.length, span.toFixed(1), (span > 0 ? (at.length - 1) / span : 0).toFixed(1),
      Math.max(0, ...Object.values(perSecond)), most);
  });')
read -r sent span sends_per_second busiest_second busiest <<< "$relay"
failed=$(q "select count(*) from message m join room r on r.id = m.room_id
  where r.channel_id = $channel and m.direction = 'OUTBOUND' and m.delivery_status = 'FAILED'")
echo "  $sent sent in $span s ($sends_per_second/s), at most $busiest_second in a clock second ($busiest in any 1 s window), $failed failed"

{
  echo
  echo "## WhatsApp (issue 12): webhooks in, relay out"
  echo
  echo "Against the Graph API stand-in (tools/graph-standin) on the same machine ($(nproc) cores, load average $load when it started); API java -Xmx512m, pool of 16 connections, one webhook worker."
  echo
  echo "**Webhook acknowledgements**: $connections connections for $seconds s (wrk), each request one customer text message signed beforehand with a unique wamid, $customers customers; the worker processes while they arrive."
  echo
  echo "| acknowledged/s | p50 / p95 / p99 ms | errors | acknowledged | stored (by wamid) | stored twice | queued at the end | drain after the load |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  echo "| $rps | $p50 / $p95 / $p99 | $errors | $acknowledged (posted $posted, redelivered $redelivered) | $stored | $duplicates | $left | $drain_ms ms |"
  echo
  echo "The worker processed the $left queued at the end at $(( drain_ms > 0 ? left * 1000 / drain_ms : 0 )) events/s. Events not done afterwards: $failed_events. Stored can exceed acknowledged by the requests in flight when wrk stopped (stored, answer not counted)."
  echo
  echo "**Relay**: $queued replies queued on one number (one per room, through the API, in $queue_ms ms with the relay off), then sent by an API with the relay on at $rate messages/s per number."
  echo
  echo "| sent | over | sends/s | most in a clock second | most in any 1 s window | failed |"
  echo "| --- | --- | --- | --- | --- | --- |"
  echo "| $sent | $span s | $sends_per_second | $busiest_second (limit $rate) | $busiest | $failed |"
  echo
  echo "Sends are counted when they reach the stand-in; when the relay falls behind its reserved slots (a loaded machine) the late ones leave together."
} >> "$out"
echo "WhatsApp figures appended to $out"
