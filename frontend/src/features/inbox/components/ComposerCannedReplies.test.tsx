import { describe, expect, it } from 'vitest';
import type { CannedReply } from '@/lib/api/types';
import { createEventServer, greetReady } from '@/testing/event-stream';
import { inboxHandlers, makeRoom } from '@/testing/inbox-fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

function reply(overrides: Partial<CannedReply>): CannedReply {
  return {
    id: 1,
    shortcut: 'salam',
    body: 'Halo {{contact.name}}, saya {{agent.name}}. Ada yang bisa kami bantu?',
    scope: 'COMPANY',
    editable: false,
    createdAt: '2026-01-02T03:00:00Z',
    updatedAt: '2026-01-02T03:00:00Z',
    ...overrides,
  };
}

const defaultReplies = [
  reply({ id: 1 }),
  reply({ id: 2, shortcut: 'salam-pagi', body: 'Selamat pagi {{contact.name}} {{order.id}}', scope: 'PERSONAL', editable: true }),
  reply({ id: 3, shortcut: 'ongkir', body: 'Ongkir gratis ke {{contact.phone}}' }),
];

// Drafts are kept per room for the page's life: each test opens a room of its own.
let roomId = 41;

/** The inbox with one open WhatsApp room of Siti Rahmawati and the canned replies, filtered by q as the API does. */
function openRoom(replies = defaultReplies) {
  const id = roomId++;
  storeSession();
  const queries: string[] = [];
  const events = createEventServer({ greet: greetReady });
  mockApi({
    ...inboxHandlers([makeRoom({ id })]),
    'GET /api/v1/events': events.handler,
    'GET /api/v1/canned-replies': (request) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      queries.push(q);
      return json({ items: replies.filter((item) => item.shortcut.startsWith(q)), nextCursor: null });
    },
  });
  const rendered = renderApp(`/?room=${id}`);
  return { ...rendered, queries, events };
}

/** The open suggestion list (the page's selects have options too). */
function suggestions() {
  return screen.findByRole('listbox', { name: 'Balasan cepat' });
}

describe('canned replies in the composer', () => {
  it('opens the suggestions on / at the start and filters them by what follows', async () => {
    const { user, queries } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, '/sal');

    const list = await screen.findByRole('listbox', { name: 'Balasan cepat' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(queries).toContain('sal');
    const first = within(list).getAllByRole('option')[0]!;
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-controls', list.id);
    expect(box).toHaveAttribute('aria-activedescendant', first.id);
  });

  it('moves with the arrow keys and inserts the chosen reply with Enter, placeholders filled, in place of the /query', async () => {
    const { user } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, 'Kak /sal');
    const list = await screen.findByRole('listbox', { name: 'Balasan cepat' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('option', { name: /salam-pagi/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    // Sent nothing: Enter picked the reply; the unknown placeholder stays as typed.
    expect(box).toHaveValue('Kak Selamat pagi Siti Rahmawati {{order.id}}');
    expect(screen.queryByRole('listbox', { name: 'Balasan cepat' })).not.toBeInTheDocument();
    expect(box).toHaveFocus();
  });

  it('inserts with Tab and with a click too', async () => {
    const { user } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, '/ongkir');
    await within(await suggestions()).findByRole('option', { name: /ongkir/ });
    await user.keyboard('{Tab}');
    expect(box).toHaveValue('Ongkir gratis ke +6281234567890');

    await user.type(box, ' /salam');
    await waitFor(async () => expect(within(await suggestions()).getAllByRole('option')).toHaveLength(2));
    await user.click(within(await suggestions()).getByRole('option', { name: /salam Halo/ }));
    expect(box).toHaveValue('Ongkir gratis ke +6281234567890 Halo Siti Rahmawati, saya Budi Santoso. Ada yang bisa kami bantu?');
  });

  it('closes on Esc and keeps the draft as typed', async () => {
    const { user } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, 'lihat /sa');
    await screen.findByRole('listbox', { name: 'Balasan cepat' });
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('listbox', { name: 'Balasan cepat' })).not.toBeInTheDocument();
    expect(box).toHaveValue('lihat /sa');
    // Typing on in the same /query does not reopen it.
    await user.type(box, 'l');
    expect(screen.queryByRole('listbox', { name: 'Balasan cepat' })).not.toBeInTheDocument();
  });

  it('opens nothing for a / inside a word or a URL', async () => {
    const { user, queries } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, 'https://toko.test/promo 1/2');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(queries).toEqual([]);
  });

  it('without a match says so and links to the canned replies page', async () => {
    const { user } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });

    await user.type(box, '/zzz');

    expect(await screen.findByText(/Tidak ada balasan cepat untuk “\/zzz”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kelola balasan cepat' })).toHaveAttribute('href', '/canned-replies');
  });
});

describe('canned replies changed elsewhere', () => {
  it('are offered as soon as the live stream says so', async () => {
    const replies = [reply({ id: 1 })];
    const { user, events } = openRoom(replies);
    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, '/');
    await waitFor(async () => expect(within(await suggestions()).getAllByRole('option')).toHaveLength(1));

    replies.push(reply({ id: 9, shortcut: 'baru', body: 'Balasan baru dari supervisor' }));
    events.latest()!.send('reference.changed', { kind: 'canned-replies' }, 2);

    expect(await within(await suggestions()).findByRole('option', { name: /baru/ })).toBeInTheDocument();
  });
});

describe('emoji in the composer', () => {
  it('inserts the picked emoji at the caret and returns to the reply', async () => {
    const { user } = openRoom();
    const box = await screen.findByRole('textbox', { name: 'Balasan' });
    await user.type(box, 'Terima kasih kak');
    (box as HTMLTextAreaElement).setSelectionRange(12, 12);

    await user.click(screen.getByRole('button', { name: 'Sisipkan emoji' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Emoji' })).getByRole('button', { name: '🙏' }));

    expect(box).toHaveValue('Terima kasih🙏 kak');
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.queryByRole('dialog', { name: 'Emoji' })).not.toBeInTheDocument();
  });
});
