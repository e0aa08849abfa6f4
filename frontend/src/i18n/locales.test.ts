import { describe, expect, it } from 'vitest';
import { resources } from '@/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files', () => {
  it.each(Object.keys(resources.id))('English %s has exactly the Indonesian keys', (namespace) => {
    const id = resources.id[namespace as keyof typeof resources.id];
    const en = resources.en[namespace as keyof typeof resources.en];
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
});
