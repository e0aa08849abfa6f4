/** Query keys of the team page; invalidating a prefix refreshes everything under it. */
export const teamKeys = {
  all: ['team'] as const,
  users: ['team', 'users'] as const,
  apiKeys: ['team', 'api-keys'] as const,
};
