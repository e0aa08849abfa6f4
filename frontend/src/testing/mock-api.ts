import { vi } from 'vitest';
import type { CurrentUser, LoginResponse } from '@/lib/api/types';
import type { Problem } from '@/lib/api/errors';
import { createEventServer, greetReady } from './event-stream';

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Stubs globalThis.fetch (the only seam; the real API client runs) with handlers keyed by
 * "METHOD /path". Unknown requests fail the test loudly with a 599.
 */
export function mockApi(handlers: Record<string, Handler>) {
  // A visitor without a refresh cookie, unless the test says otherwise: the SPA's one renewal
  // attempt on load is answered as the API would, and signing out is accepted.
  const all: Record<string, Handler> = {
    'POST /api/v1/auth/refresh': () => problem({ status: 401, code: 'session-expired' }),
    'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    // Every signed-in screen holds the live event stream: a quiet one unless the test brings its own.
    'GET /api/v1/events': createEventServer({ greet: greetReady }).handler,
    // The header's mention bell, on every signed-in screen: nobody mentioned the user unless the test says so.
    'GET /api/v1/mentions': () => json({ items: [], nextCursor: null, unreadCount: 0 }),
    ...handlers,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const key = `${request.method} ${new URL(request.url, 'http://localhost').pathname}`;
    const handler = all[key];
    if (!handler) return new Response(`no mock for ${key}`, { status: 599 });
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/** The requests of `method path` the app made so far. */
export function callsTo(fetchMock: ReturnType<typeof mockApi>, method: string, path: string): Request[] {
  return fetchMock.mock.calls
    .map(([input]) => input as Request)
    .filter((request) => request.method === method && new URL(request.url).pathname === path);
}

export function problem(body: Problem & { status: number }, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', ...body }), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const demoUser: CurrentUser = {
  id: 1,
  name: 'Budi Santoso',
  username: 'agent1@nusantara.test',
  role: 'agent',
  tenant: { id: 1, name: 'Toko Nusantara' },
};

export function loginResponse(user: CurrentUser = demoUser): LoginResponse {
  return {
    accessToken: 'test-token',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
    user,
  };
}
