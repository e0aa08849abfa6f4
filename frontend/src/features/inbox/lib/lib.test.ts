import { describe, expect, it } from 'vitest';
import { parseInboxView, toSearchParams } from './inbox-url';
import { durationParts, sessionStateAt } from './session-window';
import { parseSnippet } from './snippet';

describe('inbox URL', () => {
  it('round-trips a view and leaves defaults out', () => {
    const view = parseInboxView(new URLSearchParams('tab=assigned&session=expired&session=open&agent=2&tag=4&channel=1&sort=oldest&q=siti&room=9'));
    expect(view).toMatchObject({ tab: 'assigned', sessions: ['open', 'expired'], agentIds: ['2'], tagIds: ['4'], channelIds: ['1'], sort: 'oldest', q: 'siti', searchMode: 'contacts', roomId: 9, messageId: null });
    expect(toSearchParams(parseInboxView(toSearchParams(view))).toString()).toBe(toSearchParams(view).toString());
    expect(toSearchParams(parseInboxView(new URLSearchParams(''))).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    const view = parseInboxView(new URLSearchParams('tab=spam&session=soon&agent=x&sort=random&room=-1&msg=abc'));
    expect(view).toMatchObject({ tab: 'all', sessions: [], agentIds: [], sort: 'latest', roomId: null, messageId: null });
  });
});

describe('session window', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  it('uses the threshold the room carries', () => {
    expect(sessionStateAt({ windowExpiresAt: at(241), expiringThresholdMinutes: 240 }, now)).toBe('OPEN');
    expect(sessionStateAt({ windowExpiresAt: at(239), expiringThresholdMinutes: 240 }, now)).toBe('EXPIRING');
    expect(sessionStateAt({ windowExpiresAt: at(59), expiringThresholdMinutes: 60 }, now)).toBe('EXPIRING');
    expect(sessionStateAt({ windowExpiresAt: at(0), expiringThresholdMinutes: 240 }, now)).toBe('EXPIRED');
    expect(sessionStateAt({ windowExpiresAt: null, expiringThresholdMinutes: 240 }, now)).toBe('OPEN');
  });
  it('splits durations into their two largest units', () => {
    expect(durationParts(((2 * 24 + 3) * 60 + 5) * 60_000)).toEqual({ unit: 'dh', a: 2, b: 3 });
    expect(durationParts((3 * 60 + 12) * 60_000)).toEqual({ unit: 'hm', a: 3, b: 12 });
    expect(durationParts(12 * 60_000 + 5000)).toEqual({ unit: 'ms', a: 12, b: 5 });
  });
});

describe('search snippet', () => {
  it('keeps <mark> as the only markup and unescapes the rest into text', () => {
    expect(parseSnippet('a &lt;b&gt; <mark>pesanan</mark> &amp; <mark>ORD-1</mark>')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'pesanan', marked: true },
      { text: ' & ', marked: false },
      { text: 'ORD-1', marked: true },
    ]);
  });
});
