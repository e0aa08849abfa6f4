/**
 * Query keys of the management pages that the live stream refreshes from the shell: kept here, not in
 * the features, so the shell does not load those pages (they are split off and loaded on first visit).
 * One factory per operation; a prefix refreshes everything under it.
 */
export const teamKeys = {
  all: ['team'] as const,
  users: () => ['team', 'users'] as const,
  apiKeys: () => ['team', 'api-keys'] as const,
};

export const channelKeys = {
  connections: () => ['channels', 'connections'] as const,
};
