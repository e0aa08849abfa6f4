import type { paths } from './schema';

// Types are taken from operations, not component names, so they survive a regenerated spec.
export type LoginRequest =
  paths['/api/v1/auth/login']['post']['requestBody']['content']['application/json'];
export type LoginResponse =
  paths['/api/v1/auth/login']['post']['responses'][200]['content']['application/json'];
export type CurrentUser = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type UserRole = CurrentUser['role'];
