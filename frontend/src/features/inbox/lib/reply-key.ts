/**
 * One Idempotency-Key per intended reply, per room. The same draft sent again (after a network
 * error, a 503, or coming back to the room) reuses its key, so the API stores it at most once even
 * when the first attempt did commit; an edited draft is a new message and gets a new key, and a
 * sent one gives its key up.
 *
 * The key's request is repeated exactly, including the newest message the screen showed when it
 * was first sent (`seenMessageId`): a retry with the same key and another body would be refused.
 */
export interface ReplyIntent {
  key: string;
  seenMessageId: number | null;
}

const intents = new Map<number, ReplyIntent & { text: string }>();

export function replyIntentFor(roomId: number, text: string, seenMessageId: number | null): ReplyIntent {
  const kept = intents.get(roomId);
  if (kept && kept.text === text) return { key: kept.key, seenMessageId: kept.seenMessageId };
  return freshReplyIntent(roomId, text, seenMessageId);
}

/**
 * A new key for the same draft: sending it again on purpose (after a stale-reply warning, against
 * what is shown now) is a new request, not a retry of the refused one.
 */
export function freshReplyIntent(roomId: number, text: string, seenMessageId: number | null): ReplyIntent {
  const intent = { key: crypto.randomUUID(), seenMessageId };
  intents.set(roomId, { ...intent, text });
  return intent;
}

export function replySent(roomId: number, key: string) {
  if (intents.get(roomId)?.key === key) intents.delete(roomId);
}
