import type { components, paths } from './schema';

// Types are taken from operations, not component names, so they survive a regenerated spec.
export type LoginRequest =
  paths['/api/v1/auth/login']['post']['requestBody']['content']['application/json'];
export type LoginResponse =
  paths['/api/v1/auth/login']['post']['responses'][200]['content']['application/json'];
export type CurrentUser = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type UserRole = CurrentUser['role'];

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete'> = paths[P][M] extends {
  responses: infer Rs;
}
  ? Rs extends { 200: infer R }
    ? JsonOf<R>
    : Rs extends { 201: infer R }
      ? JsonOf<R>
      : never
  : never;

export type RoomPage = Ok<'/api/v1/rooms', 'get'>;
export type Room = RoomPage['items'][number];
export type RoomStatus = Room['status'];
export type SessionState = Room['sessionState'];
export type ChannelKind = Room['channel']['kind'];
export type RoomTag = Room['tags'][number];
export type RoomCounts = Ok<'/api/v1/rooms/counts', 'get'>;
export type MessagePage = Ok<'/api/v1/rooms/{roomId}/messages', 'get'>;
export type Message = MessagePage['items'][number];
export type SystemEvent = NonNullable<Message['system']>['event'];
// The contract types deliveryStatus loosely (string | enum); the enum is what the API sends.
export type DeliveryStatus = components['schemas']['DeliveryStatus'];
export type DeliveryFailureReason = components['schemas']['DeliveryFailureReason'];
export type MessageKind = components['schemas']['MessageKind'];
export type MessageContent = components['schemas']['MessageContent'];
export type MessageHitPage = Ok<'/api/v1/search/messages', 'get'>;
export type MessageHit = MessageHitPage['items'][number];
export type ResolveExpiredResult = Ok<'/api/v1/rooms/resolve-expired', 'post'>;
export type BulkRoomsRequest = NonNullable<paths['/api/v1/rooms/bulk']['post']['requestBody']>['content']['application/json'];
export type BulkRoomsResult = Ok<'/api/v1/rooms/bulk', 'post'>;
export type Agent = Ok<'/api/v1/agents', 'get'>['items'][number];
export type Tag = Ok<'/api/v1/tags', 'get'>['items'][number];
export type Channel = Ok<'/api/v1/channels', 'get'>['items'][number];
export type Template = Ok<'/api/v1/templates', 'get'>['items'][number];
export type CannedReplyPage = Ok<'/api/v1/canned-replies', 'get'>;
export type CannedReply = CannedReplyPage['items'][number];
export type CannedReplyScope = CannedReply['scope'];
export type NoteRequest = paths['/api/v1/rooms/{roomId}/notes']['post']['requestBody']['content']['application/json'];
export type MentionPage = Ok<'/api/v1/mentions', 'get'>;
export type Mention = MentionPage['items'][number];
export type Contact = Ok<'/api/v1/contacts/{contactId}', 'get'>;
export type ContactUpdate = NonNullable<
  paths['/api/v1/contacts/{contactId}']['patch']['requestBody']
>['content']['application/json'];
