/**
 * Until openapi.yaml describes an operation, a feature may type it by hand in the shape
 * openapi-typescript generates, and call it through the same client (same middleware):
 *
 *   const client = apiClient as unknown as Client<MyPaths>;
 *
 * When the contract lands, delete the hand-written paths and the cast (see each feature's
 * api/pending-types.ts).
 */
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
type NoContent = { headers: Record<string, unknown>; content?: never };

export type JsonOperation<Body, Result, Status extends number = 200, PathParams = never> = {
  parameters: [PathParams] extends [never] ? NoParams : Omit<NoParams, 'path'> & { path: PathParams };
  responses: { [S in Status]: [Result] extends [never] ? NoContent : Json<Result> };
} & ([Body] extends [never] ? { requestBody?: never } : { requestBody: { content: { 'application/json': Body } } });
