#!/usr/bin/env node
// The load of the live stream's benchmark (backend/bench/live.sh): many event streams held by one process, writes
// at a steady rate matched with the events they cause, and the SPA's polling from before issue 13. Node 20, no
// dependencies (node:http). Every mode prints one line "READY {json}" when its load is in place (live.sh measures the
// API from then on) and one line "DONE {json}" or "RESULT {json}" at the end.
//
//   node tools/live-bench/live-client.mjs <mode> --option value ...
//
// hold     --url BASE --tokens FILE --streams N [--open-concurrency 50] [--open-timeout-ms 120000]
//          [--rooms FILE --presence-every MS]
//          Opens N streams (GET BASE/api/v1/events, Bearer tokens from FILE, one a line, used round robin) and prints
//          READY once every stream got its `ready` event (or the open timeout passed), with how many did. Holds them
//          until SIGTERM/SIGINT, then prints DONE: events and heartbeats received, streams that ended early and why.
//          With --presence-every, each stream's agent also says it views a room (PUT /api/v1/rooms/{id}/presence,
//          rooms from FILE round robin) at that interval, as the SPA does while a room is open.
// poll     --url BASE --tokens FILE --agents N --rooms FILE [--every-ms 5000]
//          N agents, each with a room open, polling as the SPA did before issue 13: every 5 s the room list
//          (GET /api/v1/rooms?status=all&sort=latest&limit=50), the tab counts (GET /api/v1/rooms/counts), the open room
//          (GET /api/v1/rooms/{id}) and its newest messages (GET /api/v1/rooms/{id}/messages): the refetchInterval of
//          room-list-query.ts, room-counts-query.ts, room-query.ts and conversation-query.ts (POLL_MS, one page loaded).
//          Agents start spread over the first interval. READY after every agent's first round; DONE on SIGTERM.
// latency  --stream-url BASE --write-url BASE --tokens FILE --streams N --rooms FILE --rate R --seconds S
//          [--drain-ms 10000]
//          Opens N streams on stream-url, then posts R replies a second for S seconds through write-url (POST
//          /api/v1/rooms/{id}/messages as the first token's user, rooms from FILE round robin, a new Idempotency-Key
//          each) without waiting for answers (a steady rate), and matches every stored reply (its id in the 201) with
//          the message.created event carrying that id on every stream. Latency of a pair = when the stream received
//          the event - when the reply's HTTP answer arrived (the commit precedes the answer, so this is commit to
//          client plus at most the answer's trip; negative when the event overtook the answer). Prints RESULT.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, ...rest] = process.argv.slice(2);
const opts = {};
for (let i = 0; i < rest.length; i += 2) {
  if (!rest[i].startsWith('--') || rest[i + 1] === undefined) usage(`bad argument ${rest[i]}`);
  opts[rest[i].slice(2)] = rest[i + 1];
}
function usage(message) {
  console.error(`live-client: ${message}\nusage: live-client.mjs hold|poll|latency --option value ... (see the file's header)`);
  process.exit(2);
}
function need(name) {
  if (opts[name] === undefined) usage(`--${name} is required for ${mode}`);
  return opts[name];
}
const number = (name, fallback) => (opts[name] === undefined ? fallback : Number(opts[name]));
const lines = (file) => readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const now = () => performance.now();
const print = (tag, value) => process.stdout.write(`${tag} ${JSON.stringify(value)}\n`);

function percentiles(values) {
  if (values.length === 0) return { count: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  const round = (v) => Math.round(v * 10) / 10;
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.at(-1)) };
}

// ---------------------------------------------------------------- one event stream

const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/**
 * Opens GET base/api/v1/events and parses the SSE it sends. on.event(type, id, data, receivedAt) for every event,
 * on.comment() for every comment line (heartbeats), on.end(reason) once when it ends (HTTP error, close, error).
 * Resolves when the response headers arrived (or it failed). Returns a handle with close().
 */
function openStream(base, token, on) {
  let ended = false;
  const end = (reason) => {
    if (!ended) {
      ended = true;
      on.end(reason);
    }
  };
  const request = http.request(new URL('/api/v1/events', base), {
    agent: streamAgent,
    headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
  });
  const opened = new Promise((resolve) => {
    request.on('response', (response) => {
      resolve();
      if (response.statusCode !== 200) {
        response.resume();
        end(`HTTP ${response.statusCode}`);
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      let type = 'message';
      let id = null;
      let data = null;
      response.on('data', (chunk) => {
        const receivedAt = now();
        buffer += chunk;
        let newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          let line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line.endsWith('\r')) line = line.slice(0, -1);
          if (line === '') {
            if (data !== null) on.event(type, id, data, receivedAt);
            type = 'message';
            id = null;
            data = null;
          } else if (line.startsWith(':')) {
            on.comment();
          } else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            let value = colon < 0 ? '' : line.slice(colon + 1);
            if (value.startsWith(' ')) value = value.slice(1);
            if (field === 'event') type = value;
            else if (field === 'id') id = value;
            else if (field === 'data') data = data === null ? value : `${data}\n${value}`;
          }
        }
      });
      response.on('end', () => end('closed by the server'));
      response.on('error', (error) => end(error.code ?? error.message));
    });
    request.on('error', (error) => {
      resolve();
      end(error.code ?? error.message);
    });
  });
  request.end();
  return { opened, close: () => request.destroy() };
}

/** Opens n streams, at most `concurrency` waiting for their headers at a time; make(i) opens the i-th. */
async function openAll(n, concurrency, make) {
  let next = 0;
  const worker = async () => {
    while (next < n) await make(next++).opened;
  };
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
}

function count(map, key) {
  map[key] = (map[key] ?? 0) + 1;
}

/** Resolves when check() holds (checked every 50 ms) or after timeoutMs. */
function until(check, timeoutMs) {
  const deadline = now() + timeoutMs;
  return new Promise((resolve) => {
    const poll = () => (check() || now() > deadline ? resolve() : setTimeout(poll, 50));
    poll();
  });
}

function onSignal(handler) {
  let done = false;
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      if (!done) {
        done = true;
        handler();
      }
    });
  }
}

// ---------------------------------------------------------------- plain requests

function request(agent, method, base, path, token, body, headers = {}) {
  return new Promise((resolve) => {
    const sentAt = now();
    const req = http.request(new URL(path, base), {
      method,
      agent,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }),
        ...headers,
      },
    });
    req.on('response', (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8'), sentAt, answeredAt: now() }),
      );
      response.on('error', (error) => resolve({ status: 0, error: error.code ?? error.message, sentAt, answeredAt: now() }));
    });
    req.on('error', (error) => resolve({ status: 0, error: error.code ?? error.message, sentAt, answeredAt: now() }));
    req.end(body);
  });
}

// ---------------------------------------------------------------- modes

async function hold() {
  const base = need('url');
  const tokens = lines(need('tokens'));
  const n = number('streams', 1);
  const presenceEvery = number('presence-every', 0);
  const rooms = presenceEvery > 0 ? lines(need('rooms')) : [];
  const started = now();
  const stats = { ready: 0, events: 0, heartbeats: 0, ended: {}, eventTypes: {} };
  const streams = [];
  await openAll(n, number('open-concurrency', 50), (i) => {
    const stream = openStream(base, tokens[i % tokens.length], {
      event: (type) => {
        stats.events++;
        count(stats.eventTypes, type);
        if (type === 'ready') stats.ready++;
      },
      comment: () => stats.heartbeats++,
      end: (reason) => count(stats.ended, reason),
    });
    streams.push(stream);
    return stream;
  });
  const openedMs = Math.round(now() - started);
  await until(() => stats.ready + Object.values(stats.ended).reduce((a, b) => a + b, 0) >= n, number('open-timeout-ms', 120000));
  const readyMs = Math.round(now() - started);

  // the agents' presence calls while their room is open (PUT every presenceEvery ms, spread over the interval);
  // READY only once every agent has arrived, so what follows is the steady state
  const presence = { requests: 0, statuses: {} };
  const timers = [];
  if (presenceEvery > 0) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    for (let i = 0; i < n; i++) {
      const say = async () => {
        const answer = await request(agent, 'PUT', base, `/api/v1/rooms/${rooms[i % rooms.length]}/presence`,
          tokens[i % tokens.length], '{"typing":false}');
        presence.requests++;
        count(presence.statuses, answer.status);
      };
      timers.push(setTimeout(() => {
        void say();
        timers.push(setInterval(say, presenceEvery));
      }, (presenceEvery * i) / n));
    }
    await until(() => presence.requests >= n, presenceEvery * 3);
    presence.requests = 0;
    presence.statuses = {};
  }
  print('READY', { streams: n, ready: stats.ready, ended: stats.ended, headersMs: openedMs, readyMs });
  const counted = { events: stats.events, heartbeats: stats.heartbeats, since: now() };
  onSignal(() => {
    timers.forEach(clearTimeout);
    timers.forEach(clearInterval);
    const seconds = (now() - counted.since) / 1000;
    print('DONE', {
      heldSeconds: Math.round(seconds),
      open: n - Object.values(stats.ended).reduce((a, b) => a + b, 0),
      eventsWhileHeld: stats.events - counted.events,
      heartbeatsWhileHeld: stats.heartbeats - counted.heartbeats,
      eventTypes: stats.eventTypes,
      ended: stats.ended,
      presence,
    });
    streams.forEach((stream) => stream.close());
    setTimeout(() => process.exit(0), 100);
  });
}

async function poll() {
  const base = need('url');
  const tokens = lines(need('tokens'));
  const n = number('agents', 1);
  const rooms = lines(need('rooms'));
  const every = number('every-ms', 5000);
  const latencies = [];
  const statuses = {};
  let requests = 0;
  let firstRounds = 0;
  let counting = false;
  const timers = [];
  for (let i = 0; i < n; i++) {
    // a browser keeps up to 6 connections per origin alive
    const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
    const token = tokens[i % tokens.length];
    const room = rooms[i % rooms.length];
    const paths = ['/api/v1/rooms?status=all&sort=latest&limit=50', '/api/v1/rooms/counts', `/api/v1/rooms/${room}`,
      `/api/v1/rooms/${room}/messages`];
    let rounds = 0;
    const round = async () => {
      const answers = await Promise.all(paths.map((path) => request(agent, 'GET', base, path, token)));
      for (const answer of answers) {
        if (counting) {
          requests++;
          count(statuses, answer.status);
          latencies.push(answer.answeredAt - answer.sentAt);
        }
      }
      if (++rounds === 1) firstRounds++;
    };
    timers.push(setTimeout(() => {
      void round();
      timers.push(setInterval(round, every));
    }, (every * i) / n));
  }
  await until(() => firstRounds >= n, every * 4);
  counting = true;
  const since = now();
  print('READY', { agents: n, requestsPerAgentEvery30s: (4 * 30000) / every });
  onSignal(() => {
    timers.forEach(clearTimeout);
    timers.forEach(clearInterval);
    const seconds = (now() - since) / 1000;
    print('DONE', {
      seconds: Math.round(seconds),
      requests,
      perSecond: Math.round((requests / seconds) * 10) / 10,
      statuses,
      latencyMs: percentiles(latencies),
    });
    setTimeout(() => process.exit(0), 100);
  });
}
async function latency() {
  const streamBase = need('stream-url');
  const writeBase = need('write-url');
  const tokens = lines(need('tokens'));
  const n = number('streams', 1);
  const rooms = lines(need('rooms'));
  const rate = number('rate', 100);
  const seconds = number('seconds', 30);
  const total = Math.round(rate * seconds);

  // every stream: when it received each message.created (by message id), and how many events it got in the window
  const received = [];
  const window = { from: Infinity, to: Infinity, events: 0 };
  let ready = 0;
  const ended = {};
  const messageId = /"message":\{"id":(\d+)/;
  await openAll(n, number('open-concurrency', 50), (i) => {
    const seen = new Map();
    received.push(seen);
    return openStream(streamBase, tokens[i % tokens.length], {
      event: (type, id, data, at) => {
        if (type === 'ready') ready++;
        if (at >= window.from && at <= window.to) window.events++;
        if (type === 'message.created') {
          const match = messageId.exec(data);
          const message = match ? Number(match[1]) : JSON.parse(data).message?.id;
          if (message !== undefined && !seen.has(message)) seen.set(message, at);
        }
      },
      comment: () => {},
      end: (reason) => count(ended, reason),
    });
  });
  await until(() => ready + Object.values(ended).reduce((a, b) => a + b, 0) >= n, 120000);
  print('READY', { streams: n, ready, ended });

  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const writer = tokens[0];
  const run = `${process.pid}-${Date.now()}`;
  const writes = [];
  const pending = [];
  const interval = 1000 / rate;
  const start = now();
  window.from = start;
  window.to = start + seconds * 1000;
  await new Promise((resolve) => {
    let i = 0;
    const tick = () => {
      while (i < total && start + i * interval <= now()) {
        const k = i++;
        const body = JSON.stringify({ text: `Live benchmark reply ${k}` });
        pending.push(
          request(agent, 'POST', writeBase, `/api/v1/rooms/${rooms[k % rooms.length]}/messages`, writer, body, {
            'Idempotency-Key': `bench-live-${run}-${k}`,
          }).then((answer) => {
            let id;
            if (answer.status === 201) {
              try {
                id = JSON.parse(answer.body).id;
              } catch {
                id = undefined;
              }
            }
            writes.push({ status: answer.status, id, sentAt: answer.sentAt, answeredAt: answer.answeredAt });
          }),
        );
      }
      if (i < total) setTimeout(tick, Math.max(0, start + i * interval - now()));
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const sendingSeconds = (now() - start) / 1000;
  const stored = writes.filter((w) => w.id !== undefined);
  const allSeen = () => stored.every((w) => received.every((seen) => seen.has(w.id)));
  await until(allSeen, number('drain-ms', 10000));

  const latencies = [];
  const sendToEvent = [];
  let missing = 0;
  let overtook = 0;
  for (const w of stored) {
    for (const seen of received) {
      const at = seen.get(w.id);
      if (at === undefined) {
        missing++;
        continue;
      }
      latencies.push(at - w.answeredAt);
      sendToEvent.push(at - w.sentAt);
      if (at < w.answeredAt) overtook++;
    }
  }
  const statuses = {};
  writes.forEach((w) => count(statuses, w.status));
  print('RESULT', {
    streams: n,
    ready,
    ended,
    writes: {
      sent: writes.length,
      stored: stored.length,
      statuses,
      perSecond: Math.round((writes.length / sendingSeconds) * 10) / 10,
      answerMs: percentiles(writes.map((w) => w.answeredAt - w.sentAt)),
    },
    delivered: { events: window.events, perSecond: Math.round(window.events / seconds) },
    pairs: { expected: stored.length * n, matched: latencies.length, missing, eventBeforeAnswer: overtook },
    answerToEventMs: percentiles(latencies),
    sendToEventMs: percentiles(sendToEvent),
  });
  process.exit(0);
}

const modes = { hold, poll, latency };
if (!modes[mode]) usage(`unknown mode ${mode ?? '(none)'}`);
modes[mode]().catch((error) => {
  console.error(error);
  process.exit(1);
});
