/**
 * A stand-in for `GET /api/v1/events` in unit tests: every connection the app opens is recorded
 * (with its headers), and the test sends SSE events down the newest one or closes it.
 */
export interface StreamConnection {
  request: Request;
  send: (event: string, data: unknown, id?: number | string) => void;
  /** Anything raw (a heartbeat comment, a malformed line). */
  write: (text: string) => void;
  /** The server ends the response. */
  close: () => void;
  closed: () => boolean;
}

export function sseFrame(event: string, data: unknown, id?: number | string): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function createEventServer(options: { greet?: (connection: StreamConnection) => void } = {}) {
  const connections: StreamConnection[] = [];
  const encoder = new TextEncoder();

  const handler = (request: Request): Response => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let closed = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    const close = () => {
      if (closed) return;
      closed = true;
      try {
        controller.close();
      } catch {
        // Already cancelled by the client.
      }
    };
    request.signal.addEventListener('abort', close);
    const write = (text: string) => {
      if (!closed) controller.enqueue(encoder.encode(text));
    };
    const connection: StreamConnection = {
      request,
      write,
      send: (event, data, id) => write(sseFrame(event, data, id)),
      close,
      closed: () => closed,
    };
    connections.push(connection);
    queueMicrotask(() => options.greet?.(connection));
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  };

  return {
    handler,
    connections,
    /** The connection the app holds now. */
    latest: () => connections[connections.length - 1],
  };
}

/**
 * What the API says first: to a client without Last-Event-ID `ready` with the latest id (it then
 * loads what it shows); to one resuming, `ready` without id once the missed events (none here) are sent.
 */
export function greetReady(connection: StreamConnection) {
  if (connection.request.headers.get('Last-Event-ID')) connection.send('ready', { resumed: true });
  else connection.send('ready', { resumed: false }, 1);
}
