/**
 * The composer's emoji: a short curated set agents use with customers (greetings, thanks, apologies,
 * orders and delivery), instead of a full emoji library that would weigh more than the whole inbox.
 */
export const EMOJI: readonly string[] = [
  '😊', '🙂', '😀', '😁', '😂', '🤣', '😉', '😍',
  '🥰', '😘', '🤗', '🤔', '😅', '😢', '😭', '😔',
  '😮', '😎', '🙏', '👍', '👌', '👏', '🙌', '💪',
  '👋', '🤝', '✌️', '❤️', '💙', '💚', '✨', '🎉',
  '🔥', '⭐', '✅', '❌', '⚠️', 'ℹ️', '⏰', '⏳',
  '📦', '🚚', '🛵', '🛒', '🛍️', '🎁', '💳', '💰',
  '🧾', '📍', '📞', '📱', '📧', '📝', '📷', '🔔',
];

/** The text with `emoji` in place of the selection from `start` to `end`, and where the caret goes after it. */
export function insertAt(text: string, start: number, end: number, emoji: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + emoji + text.slice(end), caret: start + emoji.length };
}
