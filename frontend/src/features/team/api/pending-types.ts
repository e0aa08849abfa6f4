import type { Client } from 'openapi-fetch';
import { apiClient } from '@/lib/api/client';
import type { JsonOperation } from '@/lib/api/pending';
import type { UserRole } from '@/lib/api/types';

// Hand-typed from the issue-9 API until openapi.yaml describes these operations. After
// `make openapi`, take these from `paths` (as lib/api/types.ts does) and use apiClient directly.

export interface TeamUser {
  id: number;
  name: string;
  username: string;
  role: UserRole;
  active: boolean;
  createdAt: string;
  lastActiveAt: string | null;
}

export interface NewUser {
  username: string;
  name: string;
  role: UserRole;
  password: string;
}

export type UserChange = Partial<Pick<TeamUser, 'name' | 'role' | 'active'>>;

export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: { id: number; name: string };
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The secret, shown once. */
  key: string;
}

interface TeamPaths {
  '/api/v1/users': {
    get: JsonOperation<never, { items: TeamUser[] }>;
    post: JsonOperation<NewUser, TeamUser, 201>;
  };
  '/api/v1/users/{id}': { patch: JsonOperation<UserChange, TeamUser, 200, { id: number }> };
  '/api/v1/api-keys': {
    get: JsonOperation<never, { items: ApiKey[] }>;
    post: JsonOperation<{ name: string }, CreatedApiKey, 201>;
  };
  '/api/v1/api-keys/{id}': { delete: JsonOperation<never, never, 204, { id: number }> };
}

/** The app's API client (same middleware), typed for the team operations. */
export const teamClient = apiClient as unknown as Client<TeamPaths>;
