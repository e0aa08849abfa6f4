import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/lib/session';
import { makeRoom } from '@/testing/inbox-fixtures';
import { createEventServer } from '@/testing/event-stream';
import { callsTo, json, loginResponse, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import type { LiveEvent } from './events';
import { createEventStream, type EventStream, type LiveStatus } from './stream';

let stream: EventStream | undefined;
afterEach(() => stream?.stop());

function start(options: { silenceMs?: number } = {}) {
  const events: LiveEvent[] = [];
  const statuses: LiveStatus[] = [];
  stream = createEventStream({
    onEvent: (event) => events.push(event),
    onStatus: (status) => statuses.push(status),
    backoff: () => 10,
    ...options,
  });
  stream.start();
  return { events, statuses };
}

const renewed = () => json({ ...loginResponse(), accessToken: 'renewed-token' });

describe('the event stream', () => {
  it('delivers events in order and reconnects after a drop with the last durable id as Last-Event-ID', async () => {
    storeSession();
    const server = createEventServer();
    mockApi({ 'GET /api/v1/events': server.handler });
    const { events, statuses } = start();

    await waitFor(() => expect(server.connections).toHaveLength(1));
    const first = server.latest()!;
    expect(first.request.headers.get('Authorization')).toBe('Bearer stored-token');
    expect(first.request.headers.get('Last-Event-ID')).toBeNull();
    first.send('ready', { resumed: false }, 41);
    first.send('room.changed', { room: makeRoom({ id: 5 }) }, 42);
    // Ephemeral: no id, so it does not move the resume point.
    first.send('presence', { roomId: 5, viewers: [] });
    first.write(': keep-alive\n\n');
    await waitFor(() => expect(events.map((event) => event.event)).toEqual(['ready', 'room.changed', 'presence']));
    expect(stream!.lastEventId()).toBe('42');

    first.close();

    await waitFor(() => expect(server.connections).toHaveLength(2));
    expect(server.latest()!.request.headers.get('Last-Event-ID')).toBe('42');
    await waitFor(() => expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live']));
  });

  it('ignores events it does not know and data that is not JSON', async () => {
    storeSession();
    const server = createEventServer();
    mockApi({ 'GET /api/v1/events': server.handler });
    const { events } = start();

    await waitFor(() => expect(server.connections).toHaveLength(1));
    server.latest()!.send('something.new', { x: 1 }, 3);
    server.latest()!.write('event: room.changed\ndata: {not json\n\n');
    server.latest()!.send('resync', {}, 9);

    await waitFor(() => expect(events.map((event) => event.event)).toEqual(['resync']));
    expect(stream!.lastEventId()).toBe('9');
  });

  it('renews the token after goodbye token-expired and resumes at once where it stopped', async () => {
    storeSession();
    const server = createEventServer();
    const fetchMock = mockApi({ 'GET /api/v1/events': server.handler, 'POST /api/v1/auth/refresh': renewed });
    start();

    await waitFor(() => expect(server.connections).toHaveLength(1));
    server.latest()!.send('ready', { resumed: false }, 7);
    server.latest()!.send('goodbye', { reason: 'token-expired' });
    server.latest()!.close();

    await waitFor(() => expect(server.connections).toHaveLength(2));
    expect(callsTo(fetchMock, 'POST', '/api/v1/auth/refresh')).toHaveLength(1);
    expect(server.latest()!.request.headers.get('Authorization')).toBe('Bearer renewed-token');
    expect(server.latest()!.request.headers.get('Last-Event-ID')).toBe('7');
  });

  it('renews and retries when the stream is refused with 401 token-expired', async () => {
    storeSession();
    const server = createEventServer();
    const fetchMock = mockApi({
      'GET /api/v1/events': (request) =>
        request.headers.get('Authorization') === 'Bearer stored-token'
          ? problem({ status: 401, code: 'token-expired' })
          : server.handler(request),
      'POST /api/v1/auth/refresh': renewed,
    });
    const { statuses } = start();

    await waitFor(() => expect(server.connections).toHaveLength(1));
    expect(server.latest()!.request.headers.get('Authorization')).toBe('Bearer renewed-token');
    expect(callsTo(fetchMock, 'POST', '/api/v1/auth/refresh')).toHaveLength(1);
    await waitFor(() => expect(statuses.at(-1)).toBe('live'));
  });

  it('signs out after goodbye signed-out and does not reconnect', async () => {
    storeSession();
    const server = createEventServer();
    mockApi({ 'GET /api/v1/events': server.handler });
    const { statuses } = start();

    await waitFor(() => expect(server.connections).toHaveLength(1));
    server.latest()!.send('goodbye', { reason: 'signed-out' });
    server.latest()!.close();

    await waitFor(() => expect(statuses.at(-1)).toBe('stopped'));
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(server.connections).toHaveLength(1);
  });

  it('treats a connection that stays silent (no event, no heartbeat) as dropped and reconnects', async () => {
    storeSession();
    const server = createEventServer();
    mockApi({ 'GET /api/v1/events': server.handler });
    start({ silenceMs: 100 });

    await waitFor(() => expect(server.connections).toHaveLength(1));
    server.latest()!.send('ready', { resumed: false }, 3);

    await waitFor(() => expect(server.connections.length).toBeGreaterThanOrEqual(2));
    expect(server.connections[0]!.closed()).toBe(true);
    expect(server.connections[1]!.request.headers.get('Last-Event-ID')).toBe('3');
  });

  it('keeps trying with backoff while the API cannot be reached', async () => {
    storeSession();
    const server = createEventServer();
    let refusals = 2;
    mockApi({
      'GET /api/v1/events': (request) => (refusals-- > 0 ? new Response('bad gateway', { status: 502 }) : server.handler(request)),
    });
    const { statuses } = start();

    await waitFor(() => expect(server.connections).toHaveLength(1));
    expect(statuses).toEqual(['connecting', 'reconnecting', 'live']);
  });
});
