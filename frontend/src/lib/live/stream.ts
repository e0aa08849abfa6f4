import { fetchEventSource } from '@microsoft/fetch-event-source';
import { toApiError } from '@/lib/api/errors';
import { endSession, readSession } from '@/lib/session';
import { isUsable, renewSession } from '@/lib/session-renewal';
import { parseLiveEvent, type GoodbyeReason, type LiveEvent } from './events';

/**
 * The connection to `GET /api/v1/events` (SSE over fetch, so it can send the bearer token). One
 * connection at a time; after a drop it reconnects with backoff and `Last-Event-ID`, so the server
 * replays what was missed. A stream ends when its token expires (`goodbye` token-expired): the
 * token is renewed as every request renews it and the stream resumes at once. A session the
 * server ended (`goodbye` signed-out/deactivated, a 401 other than token-expired) signs out.
 */
export type LiveStatus =
  /** Not started (nobody signed in uses it). */
  | 'idle'
  /** The first connection is being made. */
  | 'connecting'
  /** Connected: events arrive as they happen. */
  | 'live'
  /** Dropped; the next attempt is pending or under way. */
  | 'reconnecting'
  /** No session any more: nothing to connect with. */
  | 'stopped';

export interface EventStreamOptions {
  onEvent: (event: LiveEvent) => void;
  onStatus: (status: LiveStatus) => void;
  url?: string;
  /** How long to wait before reconnect attempt `attempt` (1, 2, …) after a drop. */
  backoff?: (attempt: number) => number;
  /** Nothing at all (no event, no heartbeat) for this long: the connection is dead. */
  silenceMs?: number;
}

export interface EventStream {
  start(): void;
  stop(): void;
  /** The id of the last durable event received, sent as Last-Event-ID on reconnect. */
  lastEventId(): string | null;
}

const EVENTS_URL = '/api/v1/events';
const MAX_BACKOFF_MS = 30_000;
// The server sends a heartbeat every 15 s; three missed ones mean a dead connection (a proxy or
// a sleeping laptop that dropped it without a word).
const SILENCE_MS = 50_000;

/** 1 s, 2 s, 4 s … up to 30 s, with jitter so a restarted API is not hit by every tab at once. */
export function defaultBackoff(attempt: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + Math.random() * 0.5));
}

type Outcome =
  /** The server said goodbye, then closed. */
  | { kind: 'goodbye'; reason: GoodbyeReason }
  /** Refused with 401 and this problem code. */
  | { kind: 'refused'; code: string | undefined }
  /** Closed, failed or went silent; `opened` if it had connected first. */
  | { kind: 'dropped'; opened: boolean };

class Refused extends Error {
  constructor(readonly code: string | undefined) {
    super(`event stream refused: ${code ?? 'unauthorized'}`);
  }
}

/** The response with every chunk of its body reported, heartbeats included (the SSE parser hides comments). */
function watchBytes(response: Response, onBytes: () => void): Response {
  if (!response.body) return response;
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes();
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export function createEventStream(options: EventStreamOptions): EventStream {
  const { onEvent, url = EVENTS_URL, backoff = defaultBackoff, silenceMs = SILENCE_MS } = options;
  let status: LiveStatus = 'idle';
  const onStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };
  let lastEventId: string | null = null;
  let running = false;
  // Each start() runs its own loop; a loop from before a stop() ends at its next step.
  let current = 0;
  let connection: AbortController | null = null;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = window.setTimeout(done, ms);
      function done() {
        window.clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  // Back online: try now instead of finishing the backoff.
  const onOnline = () => wake?.();

  function connectOnce(token: string): Promise<Outcome> {
    return new Promise((resolve) => {
      const controller = new AbortController();
      connection = controller;
      let opened = false;
      let goodbye: GoodbyeReason | null = null;
      let silence: number | undefined;
      const finish = (outcome: Outcome) => {
        window.clearTimeout(silence);
        if (!controller.signal.aborted) controller.abort();
        resolve(outcome);
      };
      const heard = () => {
        window.clearTimeout(silence);
        silence = window.setTimeout(() => finish({ kind: 'dropped', opened }), silenceMs);
      };
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
      if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;

      fetchEventSource(url, {
        headers,
        signal: controller.signal,
        // Keep receiving while the tab is hidden: notifications are for exactly that time.
        openWhenHidden: true,
        // One Request, as the API client sends them (resolved at call time, so tests can stub fetch).
        fetch: async (input, init) => watchBytes(await globalThis.fetch(new Request(input, init)), heard),
        async onopen(response) {
          if (response.ok && (response.headers.get('Content-Type') ?? '').startsWith('text/event-stream')) {
            opened = true;
            heard();
            onStatus('live');
            return;
          }
          if (response.status === 401) throw new Refused((await toApiError(response)).code);
          throw new Error(`event stream answered ${response.status}`);
        },
        onmessage(message) {
          const event = parseLiveEvent(message);
          if (!event) return;
          if (event.id) lastEventId = event.id;
          if (event.event === 'goodbye') goodbye = event.data.reason;
          onEvent(event);
        },
        // Reconnecting is this loop's job (with a fresh token), not the library's.
        onerror(error) {
          throw error;
        },
      }).then(
        () => finish(goodbye ? { kind: 'goodbye', reason: goodbye } : { kind: 'dropped', opened }),
        (error: unknown) => finish(error instanceof Refused ? { kind: 'refused', code: error.code } : { kind: 'dropped', opened }),
      );
    });
  }

  /** A token good for a while, renewed if needed; null when there is no session (or it ended). */
  async function usableToken(): Promise<string | null | 'retry'> {
    const session = readSession();
    if (!session) return null;
    if (isUsable(session)) return session.accessToken;
    return renewed(session.accessToken);
  }

  async function renewed(stale: string): Promise<string | null | 'retry'> {
    const outcome = await renewSession(stale);
    if (outcome.kind === 'renewed') return outcome.session.accessToken;
    if (outcome.kind === 'failed') return 'retry';
    endSession(stale);
    return readSession()?.accessToken ?? null;
  }

  async function run(generation: number) {
    const alive = () => running && generation === current;
    let attempt = 0;
    let token = await usableToken();
    while (alive() && token !== null) {
      if (token === 'retry') {
        attempt += 1;
        onStatus('reconnecting');
      } else {
        const outcome = await connectOnce(token);
        if (!alive()) return;
        onStatus('reconnecting');
        if (outcome.kind === 'goodbye' || outcome.kind === 'refused') {
          const reason = outcome.kind === 'goodbye' ? outcome.reason : outcome.code;
          if (reason === 'token-expired') {
            token = await renewed(token);
            // A stream that ran until its token expired resumes at once; a fresh token refused
            // as expired again (a skewed clock) must not turn into a tight loop.
            attempt = outcome.kind === 'goodbye' ? 0 : attempt + 1;
            if (attempt > 1) await sleep(backoff(attempt));
            continue;
          }
          // The server ended this session (signed out elsewhere, deactivated, revoked).
          endSession(token);
          token = readSession()?.accessToken ?? null;
          continue;
        }
        attempt = outcome.opened ? 1 : attempt + 1;
      }
      await sleep(backoff(attempt));
      if (!alive()) return;
      token = await usableToken();
    }
    if (alive()) {
      running = false;
      lastEventId = null;
      onStatus('stopped');
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      current += 1;
      onStatus('connecting');
      window.addEventListener('online', onOnline);
      void run(current);
    },
    stop() {
      running = false;
      window.removeEventListener('online', onOnline);
      connection?.abort();
      wake?.();
      onStatus('idle');
    },
    lastEventId: () => lastEventId,
  };
}
