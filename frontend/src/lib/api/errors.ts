import type { ProblemCode } from './problem-codes';
import type { components } from './schema';

/** One invalid input field, as listed by a `validation-failed` problem. */
export type FieldError = components['schemas']['FieldError'];

/**
 * RFC 9457 problem details as the API sends them (application/problem+json), typed by the
 * contract; partial because a proxy's error page carries none of it.
 */
export type Problem = Partial<components['schemas']['Problem']>;

/** The API answered with a non-2xx status. */
export class ApiError extends Error {
  readonly status: number;
  /**
   * The stable machine code (`invalid-credentials`, `too-many-attempts`, …), if any. Typed by the
   * contract's closed list, so comparing it with a code the API never sends is a type error.
   */
  readonly code: ProblemCode | undefined;
  readonly problem: Problem | undefined;
  /** Seconds from a `Retry-After` header (429, 503), when present. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem | undefined, retryAfterSeconds?: number) {
    super(problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.code = problem?.code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

/** The request never got an HTTP answer (server down, proxy unreachable, offline). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads a failed response into an ApiError without assuming its body is JSON. */
export async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  try {
    const text = await response.clone().text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    if (body && typeof body === 'object') problem = body as Problem;
  } catch {
    // Not JSON (e.g. an HTML error page from a proxy): the status alone must do.
  }
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')));
}
