/** A `/query` being typed in the composer: where it starts (the `/`), where it ends (the caret) and what follows the `/`. */
export interface SlashQuery {
  start: number;
  end: number;
  query: string;
}

const LONGEST_QUERY = 40;

/**
 * The `/query` that ends at the caret, when the `/` starts the text or follows a space or line break
 * and nothing but the query lies between it and the caret; otherwise null (a URL such as
 * `https://…` or `1/2` opens nothing).
 */
export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  let start = caret;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1;
  if (text[start] !== '/') return null;
  const query = text.slice(start + 1, caret);
  if (query.includes('/') || query.length > LONGEST_QUERY) return null;
  return { start, end: caret, query };
}

/** The text with the `/query` replaced by `insert`, and where the caret goes after it. */
export function replaceSlashQuery(text: string, slash: SlashQuery, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, slash.start) + insert + text.slice(slash.end), caret: slash.start + insert.length };
}
