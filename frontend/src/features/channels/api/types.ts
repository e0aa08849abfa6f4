import type { components } from '@/lib/api/schema';

// Taken from the contract (generated from openapi.yaml), as lib/api/types.ts does.
export type Channel = components['schemas']['ConnectedChannel'];
export type ConnectChannel = components['schemas']['ConnectChannelRequest'];
export type TemplateSyncResult = components['schemas']['TemplateSyncResult'];
