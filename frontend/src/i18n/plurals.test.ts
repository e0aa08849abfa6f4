import { describe, expect, it } from 'vitest';
import { i18n, resources } from '@/i18n';

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value !== 'object' || value === null) return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

describe('counts in both languages', () => {
  it('says "1 conversation" and "2 conversations" in English, "1 percakapan" in Indonesian', () => {
    const en = i18n.getFixedT('en', 'inbox');
    const id = i18n.getFixedT('id', 'inbox');
    expect(en('resolveAll.confirm', { count: 1 })).toBe('Resolve 1 conversation');
    expect(en('resolveAll.confirm', { count: 2 })).toBe('Resolve 2 conversations');
    expect(en('resolveAll.done', { count: 1 })).toBe('1 expired conversation resolved.');
    expect(en('stale.newer', { count: 1 })).toMatch(/^1 new message arrived/);
    expect(en('stale.newer', { count: 3 })).toMatch(/^3 new messages arrived/);
    expect(id('resolveAll.confirm', { count: 1 })).toBe('Selesaikan 1 percakapan');
    expect(id('resolveAll.undone', { count: 5 })).toBe('5 percakapan dibuka kembali.');
  });

  it.each(['id', 'en'] as const)('every %s text with a count is a _one/_other pair', (language) => {
    const texts = Object.values(resources[language]).flatMap((namespace) => entries(namespace));
    const keys = new Set(texts.map(([key]) => key));
    for (const [key, text] of texts) {
      if (!text.includes('{{count}}')) continue;
      const base = key.replace(/_(one|other)$/, '');
      expect([key, keys.has(`${base}_one`) && keys.has(`${base}_other`)]).toEqual([key, true]);
    }
  });
});
