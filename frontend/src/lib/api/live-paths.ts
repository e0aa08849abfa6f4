import type { components } from './schema';

/** The live inbox's REST shapes (issue 13), as generated from openapi.yaml. */
export type PresenceViewer = components['schemas']['Viewer'];
export type RoomPresence = components['schemas']['RoomPresence'];
export type UnreadCount = components['schemas']['UnreadCount'];

