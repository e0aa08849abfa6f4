import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/api/types';
import { initialValues, isNameField } from './template-fields';

function template(body: string, examples: string[]): Template {
  return { id: 1, channelId: 1, name: 't', language: 'id', category: 'UTILITY', body, placeholderCount: examples.length, status: 'APPROVED', examples };
}

describe('template fields that are the contact name', () => {
  it('are the ones the body greets, in Indonesian and English', () => {
    expect(isNameField('Halo {{1}}, pesanan {{2}} sudah dikirim.', 1, 'Siti')).toBe(true);
    expect(isNameField('Hai Kak {{1}}!', 1, undefined)).toBe(true);
    expect(isNameField('Hi {{1}}, here is an update on {{2}}.', 1, 'Siti')).toBe(true);
    expect(isNameField('Yth. Bapak {{1}},', 1, undefined)).toBe(true);
    expect(isNameField('Halo {{1}}, pesanan {{2}} sudah dikirim.', 2, 'ORD-482913')).toBe(false);
    expect(isNameField('{{1}} is your verification code.', 1, '482913')).toBe(false);
    expect(isNameField('Pesanan {{1}} untuk Shanghai {{2}}', 2, 'Jakarta')).toBe(false);
  });

  it('are the ones whose example is the word for a name', () => {
    expect(isNameField('Pesanan atas nama {{1}} siap diambil.', 1, 'Nama pelanggan')).toBe(true);
    expect(isNameField('Order for {{1}} is ready.', 1, 'Customer name')).toBe(true);
    expect(isNameField('Order for {{1}} is ready.', 1, 'Namaste')).toBe(false);
  });

  it('start with the contact name; the other fields start empty', () => {
    expect(initialValues(template('Halo {{1}}, pesanan {{2}} sudah dikirim.', ['Siti', 'ORD-482913']), 'Rina Wulandari')).toEqual([
      'Rina Wulandari',
      '',
    ]);
  });
});
