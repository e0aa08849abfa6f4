/**
 * `@mentions` in a private note's text: what is being typed after an `@`, inserting a chosen
 * colleague's name, which chosen colleagues the text still names, and the named parts of a note.
 */
export interface Person {
  id: number;
  name: string;
}

export interface MentionQuery {
  /** Where the `@` is. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

// An @ at the start or after a space, then up to 30 characters without another @ or a line break.
const TYPING = /(^|\s)@([^@\n]{0,30})$/;

/** The mention being typed at the caret, if any. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = TYPING.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** The colleagues whose name (or a word of it) starts with the query, at most `limit`. */
export function matchPeople<P extends Person>(people: P[], query: string, limit = 6): P[] {
  const wanted = query.toLocaleLowerCase();
  // not trimmed: `@Dewi Lestari ` (a finished mention) suggests no one
  return people
    .filter((person) => {
      const name = person.name.toLocaleLowerCase();
      return !wanted || name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
    })
    .slice(0, limit);
}

/** The text with the typed mention replaced by `@Name `, and where the caret goes after it. */
export function insertMention(text: string, at: MentionQuery, caret: number, person: Person) {
  const inserted = `@${person.name} `;
  return { text: text.slice(0, at.start) + inserted + text.slice(caret), caret: at.start + inserted.length };
}

/** The chosen colleagues the text still mentions (`@Name`), each once. */
export function mentionedIn(text: string, chosen: Person[]): Person[] {
  const seen = new Set<number>();
  return chosen.filter((person) => {
    if (seen.has(person.id) || !text.includes(`@${person.name}`)) return false;
    seen.add(person.id);
    return true;
  });
}

export interface NotePart {
  text: string;
  /** The part is `@Name` of a mentioned colleague. */
  mention: boolean;
}

/** A note's text cut into plain parts and `@Name` parts of the colleagues it mentions. */
export function noteParts(body: string, mentioned: Person[]): NotePart[] {
  const names = [...new Set(mentioned.map((person) => `@${person.name}`))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [{ text: body, mention: false }];
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return body
    .split(new RegExp(`(${escaped.join('|')})`, 'g'))
    .filter((text) => text !== '')
    .map((text) => ({ text, mention: names.includes(text) }));
}
