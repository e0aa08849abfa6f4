import type { Room, SessionState } from '@/lib/api/types';

/**
 * The session state at `now`, derived the way the API derives it (from windowExpiresAt and the
 * threshold the room carries), so badges turn amber and red on time between two polls.
 */
export function sessionStateAt(
  room: Pick<Room, 'windowExpiresAt' | 'expiringThresholdMinutes'>,
  now: number,
): SessionState {
  if (!room.windowExpiresAt) return 'OPEN';
  const remaining = Date.parse(room.windowExpiresAt) - now;
  if (remaining <= 0) return 'EXPIRED';
  if (remaining < room.expiringThresholdMinutes * 60_000) return 'EXPIRING';
  return 'OPEN';
}

export function remainingMs(room: Pick<Room, 'windowExpiresAt'>, now: number): number | null {
  if (!room.windowExpiresAt) return null;
  return Date.parse(room.windowExpiresAt) - now;
}

export interface DurationParts {
  unit: 'dh' | 'hm' | 'ms';
  a: number;
  b: number;
}

/** Two most significant units of a duration: days+hours, hours+minutes or minutes+seconds. */
export function durationParts(ms: number): DurationParts {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return { unit: 'dh', a: days, b: hours };
  if (hours > 0) return { unit: 'hm', a: hours, b: minutes };
  return { unit: 'ms', a: minutes, b: seconds };
}
