import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders';
import { replaceSlashQuery, slashQueryAt } from './slash-query';

const values = { contactName: 'Siti Rahmawati', contactPhone: '+6281234567890', agentName: 'Budi Santoso' };

describe('canned reply placeholders', () => {
  it('fills the contact name and phone and the agent name, however often and however spaced', () => {
    expect(fillPlaceholders('Halo {{contact.name}}, saya {{ agent.name }}. {{contact.name}} di {{contact.phone}}?', values)).toBe(
      'Halo Siti Rahmawati, saya Budi Santoso. Siti Rahmawati di +6281234567890?',
    );
  });

  it('leaves an unknown placeholder as typed', () => {
    expect(fillPlaceholders('Pesanan {{order.id}} untuk {{contact.nama}} {{1}}', values)).toBe('Pesanan {{order.id}} untuk {{contact.nama}} {{1}}');
  });

  it('fills a phone the contact does not have with nothing', () => {
    expect(fillPlaceholders('Nomor: {{contact.phone}}.', { ...values, contactPhone: null })).toBe('Nomor: .');
  });
});

describe('the /query in the composer', () => {
  it('opens at the start of the reply and after a space or line break, up to the caret', () => {
    expect(slashQueryAt('/sal', 4)).toEqual({ start: 0, end: 4, query: 'sal' });
    expect(slashQueryAt('Halo kak /ong', 13)).toEqual({ start: 9, end: 13, query: 'ong' });
    expect(slashQueryAt('Halo\n/', 6)).toEqual({ start: 5, end: 6, query: '' });
    expect(slashQueryAt('/salam pagi', 3)).toEqual({ start: 0, end: 3, query: 'sa' });
  });

  it('does not open inside a word, a URL or a date, or once a space follows the query', () => {
    expect(slashQueryAt('lihat https://toko.test/promo', 29)).toBeNull();
    expect(slashQueryAt('tanggal 1/12', 12)).toBeNull();
    expect(slashQueryAt('/salam ', 7)).toBeNull();
    expect(slashQueryAt('Halo', 4)).toBeNull();
  });

  it('replaces the /query with the reply and puts the caret after it', () => {
    const text = 'Halo kak /sal terima kasih';
    const slash = slashQueryAt(text, 13)!;
    expect(replaceSlashQuery(text, slash, 'Selamat pagi!')).toEqual({ text: 'Halo kak Selamat pagi! terima kasih', caret: 22 });
  });
});
