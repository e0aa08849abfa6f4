import { describe, expect, it } from 'vitest';
import type { CannedReply } from '@/lib/api/types';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, demoUser, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const supervisor = { ...demoUser, id: 2, name: 'Sari Wijaya', username: 'supervisor@nusantara.test', role: 'supervisor' as const };

function reply(overrides: Partial<CannedReply>): CannedReply {
  return {
    id: 1,
    shortcut: 'salam',
    body: 'Halo {{contact.name}}!',
    scope: 'COMPANY',
    editable: true,
    createdAt: '2026-01-02T03:00:00Z',
    updatedAt: '2026-01-02T03:00:00Z',
    ...overrides,
  };
}

/** The page's API: the replies in shortcut order, each write applied to them. */
function cannedApi(me: typeof demoUser, start: CannedReply[]) {
  let replies = [...start];
  let nextId = 50;
  const fetchMock = mockApi({
    ...inboxHandlers([]),
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/canned-replies': (request) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      const items = replies.filter((item) => item.shortcut.startsWith(q) || item.body.toLowerCase().includes(q.toLowerCase()));
      return json({ items: items.sort((a, b) => a.shortcut.localeCompare(b.shortcut)), nextCursor: null });
    },
    'POST /api/v1/canned-replies': async (request) => {
      const body = (await request.clone().json()) as Pick<CannedReply, 'shortcut' | 'body' | 'scope'>;
      if (replies.some((item) => item.shortcut === body.shortcut && item.scope === body.scope))
        return problem({ status: 409, code: 'shortcut-taken' });
      const created = reply({ ...body, id: nextId++ });
      replies.push(created);
      return json(created, { status: 201 });
    },
    'DELETE /api/v1/canned-replies/1': () => {
      replies = replies.filter((item) => item.id !== 1);
      return new Response(null, { status: 204 });
    },
  });
  return fetchMock;
}

describe('canned replies page', () => {
  it('is reachable from the shell for an agent, who sees company replies read-only and edits only their own', async () => {
    storeSession();
    cannedApi(demoUser, [
      reply({ id: 1, shortcut: 'salam', scope: 'COMPANY', editable: false }),
      reply({ id: 2, shortcut: 'rekening', body: 'BCA 123', scope: 'PERSONAL', editable: true }),
    ]);
    const { user, router } = renderApp('/');

    await user.click(within(await screen.findByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Balasan cepat' }));
    // the page is loaded on first visit: the navigation lands once it is there
    await waitFor(() => expect(router.state.location.pathname).toBe('/canned-replies'));

    const company = await screen.findByRole('row', { name: '/salam' });
    expect(within(company).getByText('Perusahaan')).toBeInTheDocument();
    expect(within(company).getByText('Hanya baca')).toBeInTheDocument();
    expect(within(company).queryByRole('button')).not.toBeInTheDocument();
    const personal = screen.getByRole('row', { name: '/rekening' });
    expect(within(personal).getByRole('button', { name: 'Ubah' })).toBeInTheDocument();
    expect(within(personal).getByRole('button', { name: 'Hapus' })).toBeInTheDocument();

    // An agent's new reply is personal: there is no scope to choose.
    await user.click(screen.getByRole('button', { name: 'Tambah balasan cepat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah balasan cepat' });
    expect(within(dialog).queryByRole('combobox', { name: 'Cakupan' })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/Disimpan sebagai balasan pribadi Anda/)).toBeInTheDocument();
  });

  it('lets a supervisor add a company-wide reply, says so, and explains a taken shortcut', async () => {
    storeSession();
    const fetchMock = cannedApi(supervisor, [reply({ id: 1, shortcut: 'salam' })]);
    const { user } = renderApp('/canned-replies');

    await user.click(await screen.findByRole('button', { name: 'Tambah balasan cepat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah balasan cepat' });
    expect(within(dialog).getByRole('combobox', { name: 'Cakupan' })).toHaveValue('COMPANY');
    expect(within(dialog).getByText(/\{\{contact\.name\}\} nama kontak/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Pintasan' }), 'Salam');
    await user.type(within(dialog).getByRole('textbox', { name: 'Teks' }), 'Halo lagi');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByText('Pintasan ini sudah dipakai balasan lain dengan cakupan yang sama.')).toBeInTheDocument();

    const shortcut = within(dialog).getByRole('textbox', { name: 'Pintasan' });
    await user.clear(shortcut);
    await user.type(shortcut, 'ongkir');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Teks' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Teks' }), 'Ongkir gratis, {{{{contact.name}}');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Balasan cepat /ongkir telah disimpan.'));
    expect(await screen.findByRole('row', { name: '/ongkir' })).toBeInTheDocument();
    const posts = callsTo(fetchMock, 'POST', '/api/v1/canned-replies');
    expect(await posts.at(-1)!.json()).toEqual({ shortcut: 'ongkir', body: 'Ongkir gratis, {{contact.name}}', scope: 'COMPANY' });
  });

  it('refuses a shortcut the API would refuse before sending it', async () => {
    storeSession();
    const fetchMock = cannedApi(supervisor, []);
    const { user } = renderApp('/canned-replies');

    expect(await screen.findByText('Belum ada balasan cepat. Tambahkan yang pertama.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tambah balasan cepat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tambah balasan cepat' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Pintasan' }), 'jam_buka');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    expect(within(dialog).getByText('Gunakan huruf kecil, angka, dan tanda hubung (-), paling banyak 40.')).toBeInTheDocument();
    expect(within(dialog).getByText('Isi teks balasannya.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', '/api/v1/canned-replies')).toHaveLength(0);
  });

  it('deletes a reply after confirming', async () => {
    storeSession();
    cannedApi(supervisor, [reply({ id: 1, shortcut: 'salam' }), reply({ id: 2, shortcut: 'pagi' })]);
    const { user } = renderApp('/canned-replies');

    await user.click(within(await screen.findByRole('row', { name: '/salam' })).getByRole('button', { name: 'Hapus' }));
    const confirm = await screen.findByRole('dialog', { name: 'Hapus /salam?' });
    await user.click(within(confirm).getByRole('button', { name: 'Hapus' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Balasan cepat /salam telah dihapus.'));
    await waitFor(() => expect(screen.queryByRole('row', { name: '/salam' })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: '/pagi' })).toBeInTheDocument();
  });
});
