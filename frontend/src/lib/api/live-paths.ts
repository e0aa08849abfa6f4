import type { components, paths as generatedPaths } from './schema';

/**
 * The live inbox's REST endpoints (issue 13, /work/shared13/CONTRACT.md), written by hand in the
 * shape openapi-typescript generates, because openapi.yaml does not document them yet. Once the
 * schema is regenerated with them, `liveApiClient` calls move to `apiClient` and this file goes.
 */
type Problem = components['schemas']['Problem'];
type Message = components['schemas']['Message'];
type ProblemResponse = { headers: { [name: string]: unknown }; content: { 'application/problem+json': Problem } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type RoomPath = { query?: never; header?: never; path: { roomId: number }; cookie?: never };

/** Someone viewing a room, and whether they are typing (ephemeral; see the contract). */
export interface PresenceViewer {
  id: number;
  name: string;
  typing: boolean;
}

export interface RoomPresence {
  roomId: number;
  viewers: PresenceViewer[];
}

export interface UnreadCount {
  /** Rooms with unread messages that are the caller's or unassigned, not resolved. */
  count: number;
  /** The count stopped counting (shown as "99+"). */
  capped: boolean;
}

/** The 409 `newer-messages` problem of a stale reply: what arrived since the agent's screen updated. */
export type NewerMessagesProblem = Problem & { messages: Message[] };

type ReplyOperation = generatedPaths['/api/v1/rooms/{roomId}/messages']['post'];

export interface livePaths {
  '/api/v1/rooms/unread-count': {
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': UnreadCount } };
        401: ProblemResponse;
      };
    };
  };
  '/api/v1/presence': {
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': { rooms: RoomPresence[] } } };
        401: ProblemResponse;
      };
    };
  };
  '/api/v1/rooms/{roomId}/presence': {
    put: {
      parameters: RoomPath;
      requestBody: { content: { 'application/json': { typing: boolean } } };
      responses: { 204: NoContent; 404: ProblemResponse };
    };
    delete: {
      parameters: RoomPath;
      requestBody?: never;
      responses: { 204: NoContent; 404: ProblemResponse };
    };
  };
  /** The reply as generated, plus the stale-reply check's `seenMessageId`. */
  '/api/v1/rooms/{roomId}/messages': {
    post: Omit<ReplyOperation, 'requestBody'> & {
      requestBody: {
        content: { 'application/json': components['schemas']['ReplyRequest'] & { seenMessageId?: number } };
      };
    };
  };
}
