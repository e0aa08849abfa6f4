import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { clearSession, getSession } from '@/lib/session';
import { NetworkError, toApiError } from './errors';
import type { paths } from './schema';

/** Adds the bearer token; a 401 on an authenticated call means the token is dead: sign out. */
const authMiddleware: Middleware = {
  onRequest({ request }) {
    const session = getSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) clearSession();
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
