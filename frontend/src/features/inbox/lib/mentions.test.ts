import { describe, expect, it } from 'vitest';
import { insertMention, matchPeople, mentionedIn, mentionQueryAt, noteParts } from './mentions';

const dewi = { id: 3, name: 'Dewi Lestari' };
const budi = { id: 1, name: 'Budi Santoso' };

describe('@mentions in notes', () => {
  it('finds the mention being typed only after a space or at the start, not inside an e-mail address', () => {
    expect(mentionQueryAt('Tolong @De', 10)).toEqual({ start: 7, query: 'De' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('kirim ke cs@toko', 16)).toBeNull();
  });

  it('matches colleagues by the start of their name or of any word of it, and no one after a finished mention', () => {
    expect(matchPeople([budi, dewi], 'les')).toEqual([dewi]);
    expect(matchPeople([budi, dewi], '')).toEqual([budi, dewi]);
    expect(matchPeople([budi, dewi], 'Dewi Lestari ')).toEqual([]);
  });

  it('inserts the chosen name and keeps only colleagues still named in the text', () => {
    const typed = 'Tolong @De cek';
    expect(insertMention(typed, { start: 7, query: 'De' }, 10, dewi)).toEqual({ text: 'Tolong @Dewi Lestari  cek', caret: 21 });
    expect(mentionedIn('@Dewi Lestari cek', [dewi, budi, dewi])).toEqual([dewi]);
  });

  it('cuts a note into plain text and the mentions it made', () => {
    expect(noteParts('Cek @Dewi Lestari ya @Budi', [dewi])).toEqual([
      { text: 'Cek ', mention: false },
      { text: '@Dewi Lestari', mention: true },
      { text: ' ya @Budi', mention: false },
    ]);
  });
});
