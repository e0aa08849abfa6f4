import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { endSession, readSession } from '@/lib/session';
import { isUsable, renewSession } from '@/lib/session-renewal';
import { NetworkError, toApiError } from './errors';
import type { paths } from './schema';

// A copy of each authenticated request, so it can be sent again once after a renewal (the
// original's body is consumed by then). Keyed by openapi-fetch's per-request id.
const replayable = new Map<string, Request>();

function bearerOf(request: Request): string | null {
  return request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null;
}

/**
 * Adds the bearer token, renewing it first when it has run out. A 401 `token-expired` renews
 * and retries the request once; any other 401 on an authenticated call means the server ended
 * the session (`session-ended`, `unauthorized`, …): sign out.
 */
const authMiddleware: Middleware = {
  async onRequest({ request, id }) {
    let session = readSession();
    if (session && !isUsable(session)) {
      const outcome = await renewSession(session.accessToken);
      if (outcome.kind === 'renewed') session = outcome.session;
      if (outcome.kind === 'ended') {
        endSession(session.accessToken);
        session = readSession();
      }
    }
    if (!session) return request;
    request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    replayable.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id }) {
    const copy = replayable.get(id);
    replayable.delete(id);
    if (response.status !== 401 || !request.headers.has('Authorization')) return undefined;
    const { code } = await toApiError(response);
    if (code === 'token-expired' && copy) {
      const outcome = await renewSession(bearerOf(request));
      if (outcome.kind === 'renewed') {
        const retry = new Request(copy);
        retry.headers.set('Authorization', `Bearer ${outcome.session.accessToken}`);
        let second: Response;
        try {
          second = await globalThis.fetch(retry);
        } catch (error) {
          throw new NetworkError(error);
        }
        // A fresh token refused: the session itself is over.
        if (second.status === 401) endSession(outcome.session.accessToken);
        return second;
      }
      // Renewal could not reach the server: keep the session, the caller sees this failure.
      if (outcome.kind === 'failed') return undefined;
    }
    endSession(bearerOf(request));
    return undefined;
  },
  onError({ id }) {
    replayable.delete(id);
    return undefined;
  },
};

/**
 * Turns every failure into a thrown ApiError or NetworkError, so TanStack Query sees a
 * rejected promise carrying the status, problem code and Retry-After header.
 */
const errorMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
    return undefined;
  },
  onError({ error }) {
    // A cancelled query is not a network failure; let TanStack Query see the abort as is.
    if (error instanceof Error && error.name === 'AbortError') return error;
    return new NetworkError(error);
  },
};

export const apiClient = createFetchClient<paths>({
  baseUrl: '',
  // Resolve fetch at call time (not at creation) so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});
// Order matters: responses pass through middleware in reverse, so the auth check sees a 401
// before the error middleware throws it.
apiClient.use(errorMiddleware, authMiddleware);

/** Typed TanStack Query hooks and query options over the same client. */
export const $api = createQueryClient(apiClient);

