import { describe, expect, it } from 'vitest';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, demoUser, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, within } from '@/testing/test-utils';
import type { Channel } from '../api/types';

const supervisor = { ...demoUser, id: 2, name: 'Sari Wijaya', username: 'supervisor@nusantara.test', role: 'supervisor' as const };

function channel(overrides: Partial<Channel>): Channel {
  return {
    id: 1,
    kind: 'WHATSAPP',
    name: 'WhatsApp Toko',
    provider: 'WHATSAPP_CLOUD',
    phoneNumberId: '106540352242922',
    wabaId: '102290129340398',
    windowMinutes: 1440,
    active: true,
    connectedAt: '2025-03-03T02:30:00Z',
    disconnectedAt: null,
    tokenUpdatedAt: '2025-03-03T02:30:00Z',
    templatesSyncedAt: null,
    ...overrides,
  };
}

function channelHandlers(channels: () => Channel[]) {
  return {
    ...inboxHandlers([]),
    'GET /api/v1/me': () => json(supervisor),
    'GET /api/v1/channels/connections': () => json({ items: channels() }),
  };
}

describe('channels page', () => {
  it('lists the channels with how they are connected and the webhook URL', async () => {
    storeSession();
    mockApi(
      channelHandlers(() => [
        channel({}),
        channel({ id: 2, name: 'WhatsApp Demo', provider: 'SANDBOX', wabaId: null, tokenUpdatedAt: null, phoneNumberId: '6281100000001' }),
        channel({ id: 3, name: 'WhatsApp Lama', active: false, disconnectedAt: '2025-03-04T02:30:00Z', wabaId: null, tokenUpdatedAt: null }),
      ]),
    );
    renderApp('/channels');

    const cloud = await screen.findByRole('listitem', { name: 'WhatsApp Toko' });
    expect(within(cloud).getByText('WhatsApp Cloud API')).toBeInTheDocument();
    expect(within(cloud).getByText('106540352242922')).toBeInTheDocument();
    expect(within(cloud).getByText('Terhubung')).toBeInTheDocument();
    expect(within(cloud).getByText('Template belum pernah disinkronkan', { exact: false })).toBeInTheDocument();
    expect(within(cloud).getByRole('button', { name: 'Sinkronkan template WhatsApp Toko' })).toBeInTheDocument();
    const sandbox = screen.getByRole('listitem', { name: 'WhatsApp Demo' });
    expect(within(sandbox).getByText('Sandbox (demo)')).toBeInTheDocument();
    expect(within(sandbox).queryByRole('button', { name: /Sinkronkan/ })).not.toBeInTheDocument();
    const old = screen.getByRole('listitem', { name: 'WhatsApp Lama' });
    expect(within(old).getByText('Terputus')).toBeInTheDocument();
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Callback URL' })).toHaveValue(`${window.location.origin}/webhooks/whatsapp`);
    expect(screen.getByRole('link', { name: 'Saluran' })).toHaveAttribute('aria-current', 'page');
  });

  it('connects a number and shows the API’s field errors next to the fields', async () => {
    storeSession();
    let channels: Channel[] = [];
    let refuse = true;
    const sent: unknown[] = [];
    const fetchMock = mockApi({
      ...channelHandlers(() => channels),
      'POST /api/v1/channels': async (request) => {
        const body = (await request.json()) as { name: string; phoneNumberId: string; wabaId?: string };
        sent.push(body);
        if (refuse) {
          refuse = false;
          return problem({ status: 400, code: 'validation-failed', errors: [{ field: 'connect.request.wabaId', message: 'must be the numeric WhatsApp Business Account id' }] });
        }
        const saved = channel({ id: 9, name: body.name, phoneNumberId: body.phoneNumberId, wabaId: body.wabaId ?? null });
        channels = [saved];
        return json(saved, { status: 201 });
      },
    });
    const { user } = renderApp('/channels');

    await user.click(await screen.findByRole('button', { name: 'Hubungkan nomor WhatsApp' }));
    const dialog = screen.getByRole('dialog', { name: 'Hubungkan nomor WhatsApp' });
    await user.click(within(dialog).getByRole('button', { name: 'Hubungkan' }));
    expect(within(dialog).getByText('Masukkan nama.')).toBeInTheDocument();
    expect(within(dialog).getByText('Masukkan token akses.')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', '/api/v1/channels')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Nama'), 'WhatsApp CS');
    await user.type(within(dialog).getByLabelText('ID nomor telepon'), '106540352242922');
    await user.type(within(dialog).getByLabelText('ID WhatsApp Business Account (opsional)'), 'waba-1');
    const token = within(dialog).getByLabelText('Token akses');
    expect(token).toHaveAttribute('type', 'password');
    await user.type(token, 'EAAG-secret');
    await user.click(within(dialog).getByRole('button', { name: 'Hubungkan' }));

    expect(await within(dialog).findByText('ID WABA berupa angka hingga 30 digit.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('ID WhatsApp Business Account (opsional)')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(dialog).getByLabelText('ID WhatsApp Business Account (opsional)'));
    await user.type(within(dialog).getByLabelText('ID WhatsApp Business Account (opsional)'), '102290129340398');
    await user.click(within(dialog).getByRole('button', { name: 'Hubungkan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('WhatsApp CS terhubung.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'WhatsApp CS' })).toBeInTheDocument();
    expect(sent[1]).toEqual({ kind: 'WHATSAPP', name: 'WhatsApp CS', phoneNumberId: '106540352242922', accessToken: 'EAAG-secret', wabaId: '102290129340398' });
  });

  it('disconnects only after the confirmation that says what happens', async () => {
    storeSession();
    let channels = [channel({})];
    const fetchMock = mockApi({
      ...channelHandlers(() => channels),
      'DELETE /api/v1/channels/1': () => {
        channels = [channel({ active: false, disconnectedAt: '2025-03-05T02:30:00Z', wabaId: null })];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/channels');

    await user.click(await screen.findByRole('button', { name: 'Putuskan WhatsApp Toko' }));
    const dialog = screen.getByRole('dialog', { name: 'Putuskan WhatsApp Toko?' });
    expect(dialog).toHaveTextContent('Pesan yang masih menunggu dikirim lewat nomor ini akan gagal');
    expect(callsTo(fetchMock, 'DELETE', '/api/v1/channels/1')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Putuskan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('WhatsApp Toko telah diputuskan.');
    expect(await within(screen.getByRole('listitem', { name: 'WhatsApp Toko' })).findByText('Terputus')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'DELETE', '/api/v1/channels/1')).toHaveLength(1);
  });

  it('syncs templates and reports what changed, or why it failed', async () => {
    storeSession();
    let answer = () =>
      json({ added: 3, updated: 1, disabled: 0, total: 12, skipped: [{ name: 'catalogue', language: 'id', reason: 'media header' }] });
    mockApi({
      ...channelHandlers(() => [channel({})]),
      'POST /api/v1/channels/1/template-sync': () => answer(),
    });
    const { user } = renderApp('/channels');

    await user.click(await screen.findByRole('button', { name: 'Sinkronkan template WhatsApp Toko' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('3 ditambahkan, 1 diperbarui, 0 dinonaktifkan (total 12 disetujui)');
    expect(status).toHaveTextContent('catalogue');

    answer = () => problem({ status: 422, code: 'graph-token-rejected' });
    await user.click(screen.getByRole('button', { name: 'Sinkronkan template WhatsApp Toko' }));
    expect(await screen.findByText(/WhatsApp menolak token akses/)).toHaveAttribute('role', 'alert');
  });

  it('replaces an access token without ever showing it, and sets a missing WABA ID', async () => {
    storeSession();
    let channels = [channel({ wabaId: null })];
    const tokens: unknown[] = [];
    mockApi({
      ...channelHandlers(() => channels),
      'PUT /api/v1/channels/1/access-token': async (request) => {
        tokens.push(await request.json());
        return json(channels[0]);
      },
      'PUT /api/v1/channels/1/waba-id': async (request) => {
        const { wabaId } = (await request.json()) as { wabaId: string };
        if (wabaId === '12a') return problem({ status: 400, code: 'validation-failed', errors: [{ field: 'setWabaId.request.wabaId', message: 'must be numeric' }] });
        channels = [channel({ wabaId })];
        return json(channels[0]);
      },
    });
    const { user } = renderApp('/channels');

    await user.click(await screen.findByRole('button', { name: 'Ganti token akses WhatsApp Toko' }));
    const tokenDialog = screen.getByRole('dialog', { name: 'Ganti token akses WhatsApp Toko' });
    expect(within(tokenDialog).getByLabelText('Token akses baru')).toHaveAttribute('type', 'password');
    await user.type(within(tokenDialog).getByLabelText('Token akses baru'), 'EAAG-rotated');
    await user.click(within(tokenDialog).getByRole('button', { name: 'Ganti' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Token akses WhatsApp Toko telah diganti.');
    expect(tokens).toEqual([{ accessToken: 'EAAG-rotated' }]);
    expect(screen.queryByText('EAAG-rotated')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Atur ID WABA WhatsApp Toko' }));
    const wabaDialog = screen.getByRole('dialog', { name: 'ID WABA WhatsApp Toko' });
    await user.type(within(wabaDialog).getByLabelText('ID WhatsApp Business Account'), '12a');
    await user.click(within(wabaDialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(wabaDialog).findByText('ID WABA berupa angka hingga 30 digit.')).toBeInTheDocument();
    await user.clear(within(wabaDialog).getByLabelText('ID WhatsApp Business Account'));
    await user.type(within(wabaDialog).getByLabelText('ID WhatsApp Business Account'), '102290129340398');
    await user.click(within(wabaDialog).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('ID WABA WhatsApp Toko telah disimpan.');
    expect(await screen.findByRole('button', { name: 'Sinkronkan template WhatsApp Toko' })).toBeInTheDocument();
  });

  it('is not offered to agents', async () => {
    storeSession();
    mockApi({ ...inboxHandlers([]), 'GET /api/v1/me': () => json(demoUser) });
    const { router } = renderApp('/channels');

    await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(screen.queryByRole('link', { name: 'Saluran' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
