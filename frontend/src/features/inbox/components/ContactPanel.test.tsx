import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '@/lib/api/types';
import { inboxHandlers, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';
import { contactPanelStorageKey } from '../hooks/use-contact-panel';

const whatsApp = makeRoom({ id: 57, contact: { id: 7, name: 'Siti Rahmawati', avatarUrl: null, phone: '+6281234567890' } });
const telegram = makeRoom({
  id: 58,
  contact: { id: 8, name: 'Siti R', avatarUrl: null, phone: '+6281234567890' },
  channel: { id: 3, kind: 'TELEGRAM', name: 'Telegram Toko' },
  lastMessage: { preview: 'Pesanan kedua saya?', direction: 'INBOUND', sender: null, createdAt: new Date().toISOString() },
});
const past = makeRoom({
  id: 12,
  contact: whatsApp.contact,
  channel: { id: 5, kind: 'EMAIL', name: 'cs@tokonusantara.test' },
  status: 'RESOLVED',
  resolvedAt: new Date(Date.now() - 86_400_000).toISOString(),
  lastMessage: { preview: 'Terima kasih, sudah sampai', direction: 'INBOUND', sender: null, createdAt: new Date(Date.now() - 86_400_000).toISOString() },
});

const contact: Contact = {
  id: 7,
  name: 'Siti Rahmawati',
  phone: '+6281234567890',
  externalId: '6281234567890',
  avatarUrl: null,
  channels: [
    { id: 1, kind: 'WHATSAPP', name: 'WhatsApp Toko Nusantara' },
    { id: 3, kind: 'TELEGRAM', name: 'Telegram Toko' },
  ],
  notes: 'Pelanggan grosir',
  attributes: { kota: 'Bandung' },
  version: 2,
};

type Server = { contact: Contact };

/** The inbox with room 57 whose customer also wrote on Telegram (room 58) and once by e-mail (resolved). */
function contactServer(
  patch: (request: Request, server: Server) => Response | Promise<Response> = async (request, server) => {
    server.contact = { ...server.contact, ...((await request.json()) as object), version: server.contact.version + 1 };
    return json(server.contact);
  },
) {
  const server: Server = { contact: { ...contact } };
  return mockApi({
    ...inboxHandlers([whatsApp, telegram, past]),
    'GET /api/v1/contacts/7': () => json(server.contact, { headers: { ETag: `"v${server.contact.version}"` } }),
    'GET /api/v1/contacts/7/rooms': () => json({ items: [telegram, whatsApp, past], nextCursor: null }),
    'PATCH /api/v1/contacts/7': (request) => patch(request, server),
  });
}

async function openPanel() {
  const app = renderApp('/?room=57');
  await app.user.click(await screen.findByRole('button', { name: 'Info kontak' }));
  const panel = await screen.findByRole('complementary', { name: 'Info kontak' });
  await within(panel).findByText('+6281234567890');
  return { ...app, panel };
}

describe('contact panel', () => {
  beforeEach(() => storeSession());

  it('lists the same person’s other rooms and past conversations, and opens one', async () => {
    contactServer();
    const { panel, user, router } = await openPanel();

    const others = within(panel).getByRole('region', { name: 'Percakapan lain' });
    expect(within(others).getByText('Pesanan kedua saya?')).toBeInTheDocument();
    expect(within(others).queryByText(whatsApp.lastMessage!.preview)).not.toBeInTheDocument();
    const earlier = within(panel).getByRole('region', { name: 'Percakapan sebelumnya' });
    expect(within(earlier).getByText('Terima kasih, sudah sampai')).toBeInTheDocument();
    expect(within(panel).getAllByText('Telegram Toko').length).toBeGreaterThan(0);

    await user.click(within(others).getByRole('button', { name: /Telegram Toko/ }));
    await waitFor(() => expect(router.state.location.search).toContain('room=58'));
  });

  it('is remembered per user: open after a reload, until closed', async () => {
    contactServer();
    const { unmount } = await openPanel();
    expect(window.localStorage.getItem(contactPanelStorageKey(1))).toBe('open');
    unmount();

    const { user } = renderApp('/?room=57');
    const panel = await screen.findByRole('complementary', { name: 'Info kontak' });
    expect(screen.getByRole('button', { name: 'Info kontak' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(panel).getByRole('button', { name: 'Tutup info kontak' }));
    expect(screen.queryByRole('complementary', { name: 'Info kontak' })).not.toBeInTheDocument();
    expect(window.localStorage.getItem(contactPanelStorageKey(1))).toBe('closed');
  });

  it('copies the phone number and says so', async () => {
    contactServer();
    const { panel, user } = await openPanel();

    await user.click(within(panel).getByRole('button', { name: 'Salin nomor' }));
    expect(await screen.findByText('Nomor +6281234567890 disalin.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('+6281234567890');
  });

  it('saves notes and attributes on the version shown, with feedback', async () => {
    const saved: unknown[] = [];
    const fetchMock = contactServer(async (request, server) => {
      const body = (await request.json()) as object;
      saved.push(body);
      server.contact = { ...server.contact, ...body, version: server.contact.version + 1 };
      return json(server.contact);
    });
    const { panel, user } = await openPanel();

    const notes = within(panel).getByRole('textbox', { name: 'Catatan' });
    await user.clear(notes);
    await user.type(notes, 'Minta faktur setiap pesanan');
    await user.click(within(panel).getByRole('button', { name: 'Tambah atribut' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Nama atribut 2' }), 'tier');
    await user.type(within(panel).getByRole('textbox', { name: 'Isi atribut 2' }), 'gold');
    await user.click(within(panel).getByRole('button', { name: 'Hapus atribut 1' }));
    await user.click(within(panel).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Info kontak disimpan.')).toBeInTheDocument();
    const [request] = callsTo(fetchMock, 'PATCH', '/api/v1/contacts/7');
    expect(request!.headers.get('If-Match')).toBe('"v2"');
    expect(saved).toEqual([{ notes: 'Minta faktur setiap pesanan', attributes: { tier: 'gold' } }]);
  });

  it('refuses an attribute without a name before asking the API', async () => {
    const fetchMock = contactServer();
    const { panel, user } = await openPanel();

    await user.click(within(panel).getByRole('button', { name: 'Tambah atribut' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Isi atribut 2' }), 'gold');
    await user.click(within(panel).getByRole('button', { name: 'Simpan' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('Setiap atribut perlu nama.');
    expect(callsTo(fetchMock, 'PATCH', '/api/v1/contacts/7')).toHaveLength(0);
  });

  it('says when a colleague edited the contact meanwhile and shows their version', async () => {
    contactServer((_request, server) => {
      server.contact = { ...server.contact, notes: 'Catatan rekan', version: 3 };
      return problem({ status: 412, code: 'contact-changed' }, { ETag: '"v3"' });
    });
    const { panel, user } = await openPanel();

    await user.type(within(panel).getByRole('textbox', { name: 'Catatan' }), ' lagi');
    await user.click(within(panel).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText(/baru saja diubah rekan Anda/)).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('textbox', { name: 'Catatan' })).toHaveValue('Catatan rekan'));
  });
});
