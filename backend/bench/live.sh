#!/usr/bin/env bash
# The live stream's figures of issue 13, on the benchmark database (tenant 'Bench 01'); writes a markdown section to
# $RUN_DIR/bench-live.md and appends it to $BENCH_OUT. Reads the variables of run.sh (DB_*, BENCH_DB, JAR, RUN_DIR,
# JWT_*). `make bench` runs it last; `make bench-live` alone. The load comes from tools/live-bench/live-client.mjs.
#
# 1. Memory: BENCH_LIVE_STREAMS (2,000) streams (GET /api/v1/events) held by one instance (java -Xmx512m, as every
#    benchmark API): that every stream got its `ready` event, and the API process's resident memory (/proc).
# 2. Latency: replies posted at BENCH_LIVE_RATE (100) a second for BENCH_LIVE_SECONDS through the API while
#    BENCH_LIVE_LATENCY_STREAMS (100) streams on instance A follow the company; events delivered per second, and the
#    time from each reply's HTTP answer (the commit precedes it) to its message.created event on every stream. Once
#    with writes and streams on instance A, once with writes through instance B (a second API on the same database).
# 3. Idle cost: BENCH_LIVE_AGENTS (200) agents for BENCH_LIVE_IDLE_SECONDS (60): each holding one stream, vs each
#    polling as the SPA did before issue 13 (4 requests every 5 s), and, when the presence endpoint exists, holding a
#    stream and saying it views its room every 10 s as the SPA does now: the CPU time the API process and the
#    database's backends serving it used meanwhile (/proc/<pid>/stat, user + system).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
client=$root/tools/live-bench/live-client.mjs
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
source "$here/api.sh"

port_a=${BENCH_LIVE_API_PORT:-18084}            # instance A; its metrics on the next port
port_b=$((port_a + 2))                           # instance B; its metrics on the next port
streams=${BENCH_LIVE_STREAMS:-2000}
hold_seconds=${BENCH_LIVE_HOLD_SECONDS:-20}
latency_streams=${BENCH_LIVE_LATENCY_STREAMS:-100}
rate=${BENCH_LIVE_RATE:-100}
seconds=${BENCH_LIVE_SECONDS:-30}
warmup=${BENCH_LIVE_WARMUP_SECONDS:-10}
agents=${BENCH_LIVE_AGENTS:-200}
idle_seconds=${BENCH_LIVE_IDLE_SECONDS:-60}
# which parts to run (all by default): memory latency idle
parts=" ${BENCH_LIVE_PARTS:-memory latency idle} "
has() { [[ $parts == *" $1 "* ]]; }
out=${BENCH_OUT:-$RUN_DIR/bench-results.md}
live_out=$RUN_DIR/bench-live.md
url_a="http://127.0.0.1:$port_a"
url_b="http://127.0.0.1:$port_b"
work=$(mktemp -d)
q() { psql -tAc "$1" -d "$BENCH_DB"; }

# every stream is a socket in this shell's children (client and API): raise the open-files limit to what is allowed
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((streams + 1000)) ]; then
  echo "The open-files limit ($(ulimit -n)) is below $((streams + 1000)): raise it (ulimit -Hn) or lower BENCH_LIVE_STREAMS" >&2
  exit 1
fi
for port in $port_a $port_b; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then echo "Port $port is taken: set BENCH_LIVE_API_PORT" >&2; exit 1; fi
done

api_env=(INBOX_OUTBOX_RELAY_ENABLED=false INBOX_ACCESS_TOKEN_LIFETIME=PT2H)
api_a="" api_b="" load=""
stop() {  # pid...
  for pid in "$@"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
}
trap 'stop $load $api_a $api_b; rm -rf "$work"' EXIT
start_instance() {  # port, log: sets $api
  start_api "$1" "$2" "${api_env[@]}"
}

# the client in the background: started LABEL MODE ARGS... (its output in $work/LABEL.out), waits for its READY line
started() {
  local label=$1
  shift
  : > "$work/$label.out"
  node "$client" "$@" > "$work/$label.out" 2> "$work/$label.err" &
  load=$!
  until grep -q '^READY' "$work/$label.out"; do
    kill -0 "$load" 2>/dev/null || { echo "live-client $label failed:" >&2; cat "$work/$label.err" >&2; exit 1; }
    sleep 0.2
  done
}
finished() {  # stops the client (it prints its DONE line)
  kill -TERM "$load"
  wait "$load" || true
  load=""
}
ready_json() { grep '^READY' "$work/$1.out" | cut -d' ' -f2-; }
done_json() { grep '^DONE' "$work/$1.out" | cut -d' ' -f2-; }
rss_mb() { awk -v k="$2:" '$1 == k {printf "%d", $2 / 1024}' "/proc/$1/status"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK)
# CPU ticks of the API process and of the database backends serving the benchmark database ("pid ticks" lines)
cpu_snapshot() {  # api pid
  echo "api $(ticks "$1")"
  for pid in $(q "select pid from pg_stat_activity where datname = '$BENCH_DB' and pid <> pg_backend_pid()"); do
    [ -r "/proc/$pid/stat" ] && echo "$pid $(ticks "$pid")"
  done
}
# seconds of CPU between two snapshots: "api db" (backends that started in between count from zero)
cpu_between() {  # before-file after-file
  awk -v hz="$hz" 'NR == FNR { before[$1] = $2; next }
    { d = $2 - before[$1]; if ($1 == "api") api += d; else db += d }
    END { printf "%.1f %.1f", api / hz, db / hz }' "$1" "$2"
}
ms_per_agent_minute() {  # cpu seconds, agents, seconds
  awk -v c="$1" -v n="$2" -v s="$3" 'BEGIN { printf "%.1f", c * 1000 / n / (s / 60) }'
}

echo "Live stream: instance A on $port_a"
start_instance "$port_a" "$RUN_DIR/bench-live-api-a.log"
api_a=$api
tenant=$(q "select id from tenant where name = 'Bench 01'")
# the company's users: the supervisor (who writes) first, then its agents
for user in supervisor $(seq -f 'agent%g' 1 10); do
  curl -sf -X POST "$url_a/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user@t1.bench\",\"password\":\"inbox-demo\"}" | jq -r .accessToken
done > "$work/tokens"
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url_a/api/v1/events" -H "Authorization: Bearer $(head -1 "$work/tokens")" || true)
if [ "$status" != 200 ]; then
  echo "GET /api/v1/events answered $status: this build has no live stream yet; nothing measured" >&2
  exit 1
fi
# rooms a reply may go to (WhatsApp, window open for hours yet), and rooms agents have open
q "select r.id from room r join channel ch on ch.id = r.channel_id where r.tenant_id = $tenant and ch.kind = 'WHATSAPP'
    and r.window_expires_at > now() + interval '2 hours' order by r.last_activity_at desc limit 1000" > "$work/rooms"
[ -s "$work/rooms" ] || { echo "No room with an open window in Bench 01: generate the data again (make bench-data)" >&2; exit 1; }
machine="$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"

# ---------------------------------------------------------------- 1. memory with 2,000 streams
if has memory; then
echo "  $streams streams on one instance"
rss_before=$(rss_mb "$api_a" VmRSS)
started hold hold --url "$url_a" --tokens "$work/tokens" --streams "$streams"
opened=$(ready_json hold)
rss_open=$(rss_mb "$api_a" VmRSS)
cpu_snapshot "$api_a" > "$work/hold-before"
sleep "$hold_seconds"
cpu_snapshot "$api_a" > "$work/hold-after"
rss_held=$(rss_mb "$api_a" VmRSS)
rss_peak=$(rss_mb "$api_a" VmHWM)
finished
held=$(done_json hold)
read -r hold_api_cpu hold_db_cpu <<< "$(cpu_between "$work/hold-before" "$work/hold-after")"
ready=$(jq -r .ready <<< "$opened")
echo "  $ready of $streams ready in $(jq -r .readyMs <<< "$opened") ms; RSS $rss_before MB before, $rss_held MB with them, peak $rss_peak MB"
fi

# ---------------------------------------------------------------- 2. latency at 100 changes a second
if has latency; then
echo "Live stream: instance B on $port_b"
start_instance "$port_b" "$RUN_DIR/bench-live-api-b.log"
api_b=$api
latency() {  # label, write url, seconds
  node "$client" latency --stream-url "$url_a" --write-url "$2" --tokens "$work/tokens" --streams "$latency_streams" \
    --rooms "$work/rooms" --rate "$rate" --seconds "$3" > "$work/$1.out" 2> "$work/$1.err" \
    || { echo "live-client latency failed:" >&2; cat "$work/$1.err" >&2; exit 1; }
  grep '^RESULT' "$work/$1.out" | cut -d' ' -f2-
}
echo "  $rate replies/s, $latency_streams streams on A, writes through A"
latency warm-a "$url_a" "$warmup" > /dev/null
same=$(latency same "$url_a" "$seconds")
echo "  $rate replies/s, $latency_streams streams on A, writes through B"
latency warm-b "$url_b" "$warmup" > /dev/null
across=$(latency across "$url_b" "$seconds")
stop "$api_b"
api_b=""
latency_row() {  # label, result json
  jq -r --arg name "$1" '"| \($name) | \(.ready) of \(.streams) | \(.writes.sent) (\(.writes.perSecond)/s; " +
    ([.writes.statuses | to_entries[] | "\(.key): \(.value)"] | join(", ")) + ") | \(.writes.answerMs.p50) / \(.writes.answerMs.p95) | " +
    "\(.delivered.perSecond) | \(.pairs.matched) of \(.pairs.expected) (\(.pairs.missing) missing) | " +
    "\(.answerToEventMs.p50) / \(.answerToEventMs.p95) / \(.answerToEventMs.p99) / \(.answerToEventMs.max) | " +
    "\(.sendToEventMs.p50) / \(.sendToEventMs.p95) | \(.pairs.eventBeforeAnswer) |"' <<< "$2"
}
echo "$(latency_row "through A" "$same")"
echo "$(latency_row "across" "$across")"
fi

# ---------------------------------------------------------------- 3. what an idle agent costs
if has idle; then
# idle LABEL MODE ARGS...: the client's load in place, then BENCH_LIVE_IDLE_SECONDS of CPU; sets $cpu and $summary
idle() {
  local label=$1
  shift
  started "$label" "$@"
  cpu_snapshot "$api_a" > "$work/$label-before"
  sleep "$idle_seconds"
  cpu_snapshot "$api_a" > "$work/$label-after"
  finished
  summary=$(done_json "$label")
  cpu=$(cpu_between "$work/$label-before" "$work/$label-after")
}
echo "  $agents agents for $idle_seconds s: holding a stream"
idle streaming hold --url "$url_a" --tokens "$work/tokens" --streams "$agents"
read -r stream_api stream_db <<< "$cpu"
stream_done=$summary
stream_ready=$(jq -r .ready <<< "$(ready_json streaming)")
echo "  $agents agents for $idle_seconds s: polling (warm-up first)"
started poll-warm poll --url "$url_a" --tokens "$work/tokens" --agents "$agents" --rooms "$work/rooms"
sleep "$warmup"
finished
idle polling poll --url "$url_a" --tokens "$work/tokens" --agents "$agents" --rooms "$work/rooms"
read -r poll_api poll_db <<< "$cpu"
poll_done=$summary
presence_status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$url_a/api/v1/rooms/$(head -1 "$work/rooms")/presence" \
  -H "Authorization: Bearer $(head -1 "$work/tokens")" -H 'Content-Type: application/json' -d '{"typing":false}' || true)
if [ "$presence_status" = 204 ]; then
  echo "  $agents agents for $idle_seconds s: holding a stream, a room open (presence every 10 s)"
  idle presence hold --url "$url_a" --tokens "$work/tokens" --streams "$agents" --rooms "$work/rooms" --presence-every 10000
  read -r presence_api presence_db <<< "$cpu"
  presence_done=$summary
fi
fi
stop "$api_a"
api_a=""

verdict() { awk -v v="$1" -v goal="$2" 'BEGIN { print (v + 0 < goal + 0) ? "met" : "**missed**" }'; }
# a latency run meets the goal when every reply reached every stream, with p95 under 1 s
latency_verdict() {  # result json
  if [ "$(jq -r .pairs.missing <<< "$1")" != 0 ]; then echo "**missed** ($(jq -r .pairs.missing <<< "$1") events never arrived)"
  else verdict "$(jq -r .answerToEventMs.p95 <<< "$1")" 1000; fi
}
{
  echo
  echo "## Live stream (issue 13): streams held, latency at $rate changes/s, idle agents"
  echo
  echo "Tenant 'Bench 01' of the benchmark database; API java -Xmx512m (as every benchmark API), outbox relay off, load from"
  echo "\`tools/live-bench/live-client.mjs\` (Node, one process) on the same machine ($machine)."
  if has memory; then
  echo
  echo "**$streams streams on one instance** (users of the company round robin, at most 50 opening at a time):"
  echo
  echo "| streams | got \`ready\` | all ready after | API RSS before | RSS, streams open | RSS after ${hold_seconds} s | peak RSS (VmHWM) | goal < 768 MB | events / heartbeats while held | ended early | API CPU while held |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  echo "| $streams | $ready | $(jq -r .readyMs <<< "$opened") ms | $rss_before MB | $rss_open MB | $rss_held MB | $rss_peak MB | $(verdict "$rss_peak" 768) | $(jq -r '"\(.eventsWhileHeld) / \(.heartbeatsWhileHeld)"' <<< "$held") | $(jq -c .ended <<< "$held") | $hold_api_cpu s in ${hold_seconds} s |"
  fi
  if has latency; then
  echo
  echo "**Latency at $rate replies/s** (POST /api/v1/rooms/{id}/messages as the supervisor, a steady rate for $seconds s after a"
  echo "${warmup}-s warm-up, each reply matched with its \`message.created\` on each of $latency_streams streams held by instance A;"
  echo "\"across\": the replies go through instance B, a second API on the same database, and reach A through the event"
  echo "log and LISTEN/NOTIFY). *Answer → event* is when a stream received the event minus when the reply's 201 arrived:"
  echo "the transaction commits before the answer is sent, so it is the time from commit to client plus at most the"
  echo "answer's own trip (on loopback, well under a millisecond), and it is negative when the event overtook the answer."
  echo "*Send → event* counts from when the reply was sent (an upper bound, including the write itself). Events delivered"
  echo "per second: every event the streams received while the replies were sent (each reply causes \`message.created\` and"
  echo "\`room.changed\` on every stream), divided by $seconds s."
  echo
  echo "| writes | streams ready | replies (rate; answers) | reply p50 / p95 ms | events delivered/s | reply × stream pairs matched | answer → event p50 / p95 / p99 / max ms | send → event p50 / p95 ms | events before the answer |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  latency_row "through A (streams on A)" "$same"
  latency_row "through B (streams on A)" "$across"
  echo
  echo "Goal: p95 from commit to client under 1 s: through one instance $(latency_verdict "$same"), across two $(latency_verdict "$across")."
  fi
  if has idle; then
  echo
  echo "**An idle agent: streaming vs polling.** $agents agents for $idle_seconds s each, against instance A; CPU time (user + system"
  echo "from /proc) of the API process and of the PostgreSQL backends serving the benchmark database meanwhile. Polling as the"
  echo "SPA did before this issue with a room open: every 5 s the room list, the tab counts, the open room and its messages"
  echo "(the \`refetchInterval\`s of \`frontend/src/features/inbox/api/\`, POLL_MS = 5000, one page loaded), 24 requests per"
  echo "agent every 30 s; agents spread over the 5 s."
  echo
  echo "| $agents agents, $idle_seconds s | requests | API CPU s | PostgreSQL CPU s | API CPU ms per agent-minute | notes |"
  echo "| --- | --- | --- | --- | --- | --- |"
  echo "| one stream each (heartbeat every 15 s) | $agents streams, opened before | $stream_api | $stream_db | $(ms_per_agent_minute "$stream_api" "$agents" "$idle_seconds") | $stream_ready of $agents ready; $(jq -r '"\(.heartbeatsWhileHeld) heartbeats, \(.eventsWhileHeld) events; ended early: \(.ended | tostring)"' <<< "$stream_done") |"
  if [ -n "${presence_done:-}" ]; then
    echo "| one stream each, a room open (PUT presence every 10 s) | $(jq -r '.presence.requests' <<< "$presence_done") | $presence_api | $presence_db | $(ms_per_agent_minute "$presence_api" "$agents" "$idle_seconds") | answers $(jq -c .presence.statuses <<< "$presence_done"); $(jq -r '"\(.eventsWhileHeld) events (presence)"' <<< "$presence_done") |"
  else
    echo "| one stream each, a room open (presence) | - | - | - | - | not measured: PUT /api/v1/rooms/{id}/presence answered $presence_status |"
  fi
  echo "| polling, 4 requests every 5 s | $(jq -r .requests <<< "$poll_done") ($(jq -r .perSecond <<< "$poll_done")/s) | $poll_api | $poll_db | $(ms_per_agent_minute "$poll_api" "$agents" "$idle_seconds") | answers $(jq -c .statuses <<< "$poll_done"); p50 / p95 $(jq -r '"\(.latencyMs.p50) / \(.latencyMs.p95)"' <<< "$poll_done") ms |"
  fi
} > "$live_out"
cat "$live_out" >> "$out"
echo "Live-stream figures written to $live_out and appended to $out"
