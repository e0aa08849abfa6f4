/** Query keys of the team page, one factory per operation; a prefix refreshes everything under it. */
export const teamKeys = {
  all: ['team'] as const,
  users: () => ['team', 'users'] as const,
  apiKeys: () => ['team', 'api-keys'] as const,
};
