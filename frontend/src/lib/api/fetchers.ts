/**
 * The body of an answer from the API client. Refused and failed requests are already thrown by
 * the client's middleware (ApiError, NetworkError); an answer without the body the contract
 * promises is a failure too, never a silent `undefined`.
 */
export function bodyOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  if (result.data === undefined) throw new Error(`The API answered ${result.response.status} without a body`);
  return result.data;
}
