import type { paths } from '@/lib/api/schema';

// Taken from the operations (generated from openapi.yaml), as lib/api/types.ts does.
export type TeamUser =
  paths['/api/v1/users']['get']['responses'][200]['content']['application/json']['items'][number];
export type NewUser = paths['/api/v1/users']['post']['requestBody']['content']['application/json'];
export type UserChange =
  paths['/api/v1/users/{id}']['patch']['requestBody']['content']['application/json'];
export type ApiKey =
  paths['/api/v1/api-keys']['get']['responses'][200]['content']['application/json']['items'][number];
export type CreatedApiKey =
  paths['/api/v1/api-keys']['post']['responses'][201]['content']['application/json'];
