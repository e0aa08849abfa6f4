/**
 * One Idempotency-Key per intended reply, per room. The same draft sent again (after a network
 * error, a 503, or coming back to the room) reuses its key, so the API stores it at most once even
 * when the first attempt did commit; an edited draft is a new message and gets a new key, and a
 * sent one gives its key up.
 */
const keys = new Map<number, { text: string; key: string }>();

export function replyKeyFor(roomId: number, text: string): string {
  const kept = keys.get(roomId);
  if (kept && kept.text === text) return kept.key;
  const key = crypto.randomUUID();
  keys.set(roomId, { text, key });
  return key;
}

export function replySent(roomId: number, key: string) {
  if (keys.get(roomId)?.key === key) keys.delete(roomId);
}
