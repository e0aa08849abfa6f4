export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits a search snippet (HTML-escaped text whose only markup is <mark>…</mark>) into plain
 * text parts, so it is rendered as text nodes and <mark> elements, never as HTML.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(snippet); match !== null; match = pattern.exec(snippet)) {
    if (match.index > last) parts.push({ text: unescape(snippet.slice(last, match.index)), marked: false });
    parts.push({ text: unescape(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}
