import { describe, expect, it } from 'vitest';
import { inboxHandlers, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const NAMES = ['Siti Rahmawati', 'Agus Salim', 'Rina Wijaya', 'Joko Susilo'];

function fourRooms() {
  return NAMES.map((name, index) =>
    makeRoom({ id: 201 + index, contact: { id: 201 + index, name, avatarUrl: null, phone: null } }),
  );
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name: `Pilih ${name}` });

describe('selecting rooms for a bulk change', () => {
  it('ticks a range with shift-click, toggles the focused room with x, and selects all shown', async () => {
    storeSession();
    mockApi(inboxHandlers(fourRooms()));
    const { user } = renderApp('/');

    await screen.findByText('Joko Susilo');
    expect(screen.queryByRole('toolbar', { name: 'Tindakan untuk percakapan terpilih' })).not.toBeInTheDocument();

    await user.click(checkbox('Siti Rahmawati'));
    await user.keyboard('{Shift>}');
    await user.click(checkbox('Rina Wijaya'));
    await user.keyboard('{/Shift}');

    const bar = screen.getByRole('toolbar', { name: 'Tindakan untuk percakapan terpilih' });
    expect(within(bar).getByRole('status')).toHaveTextContent('3 dipilih');
    expect(checkbox('Agus Salim')).toBeChecked();
    expect(checkbox('Joko Susilo')).not.toBeChecked();

    screen.getByRole('link', { name: /Agus Salim/ }).focus();
    await user.keyboard('x');
    expect(checkbox('Agus Salim')).not.toBeChecked();
    expect(within(bar).getByRole('status')).toHaveTextContent('2 dipilih');

    await user.click(within(bar).getByRole('button', { name: 'Pilih semua yang tampil' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('4 dipilih');

    await user.click(within(bar).getByRole('button', { name: 'Batalkan pilihan' }));
    expect(screen.queryByRole('toolbar', { name: 'Tindakan untuk percakapan terpilih' })).not.toBeInTheDocument();
    expect(checkbox('Siti Rahmawati')).not.toBeChecked();
  });

  it('resolves the ticked rooms at once, clears the selection and offers Undo', async () => {
    storeSession();
    const fetchMock = mockApi({
      ...inboxHandlers(fourRooms()),
      'POST /api/v1/rooms/bulk': () =>
        json({
          batchId: 'b5a1d9a2-4a0c-4d43-9f0e-1c1f3f1b2a11',
          action: 'RESOLVE',
          changedRoomIds: [201, 202, 203],
          skipped: [],
          undoUntil: new Date(Date.now() + 15 * 60_000).toISOString(),
        }),
      'POST /api/v1/rooms/bulk/b5a1d9a2-4a0c-4d43-9f0e-1c1f3f1b2a11/undo': () => json({ restoredCount: 3 }),
    });
    const { user } = renderApp('/');

    await screen.findByText('Joko Susilo');
    await user.click(checkbox('Siti Rahmawati'));
    await user.click(checkbox('Agus Salim'));
    await user.click(checkbox('Rina Wijaya'));
    await user.click(screen.getByRole('button', { name: 'Selesaikan' }));

    const notice = await screen.findByText('3 percakapan diselesaikan');
    const [request] = callsTo(fetchMock, 'POST', '/api/v1/rooms/bulk');
    expect(await request!.json()).toEqual({ action: 'RESOLVE', roomIds: [201, 202, 203] });
    expect(screen.queryByRole('toolbar', { name: 'Tindakan untuk percakapan terpilih' })).not.toBeInTheDocument();
    expect(checkbox('Siti Rahmawati')).not.toBeChecked();

    await user.click(within(notice.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Urungkan' }));
    expect(await screen.findByText('3 percakapan dikembalikan seperti semula')).toBeInTheDocument();
    await waitFor(() =>
      expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/bulk/b5a1d9a2-4a0c-4d43-9f0e-1c1f3f1b2a11/undo')).toHaveLength(1),
    );
  });

  it('assigns and tags the ticked rooms through the bar and says what was skipped', async () => {
    storeSession();
    const sent: unknown[] = [];
    mockApi({
      ...inboxHandlers(fourRooms()),
      'POST /api/v1/rooms/bulk': async (request) => {
        const body = (await request.json()) as { action: string; roomIds: number[] };
        sent.push(body);
        return json({
          batchId: 'c7e0a0d4-0b2e-4b8f-8a59-7f3c2d9e4b10',
          action: body.action,
          changedRoomIds: body.roomIds.slice(1),
          skipped: [{ roomId: body.roomIds[0], reason: 'FORBIDDEN' }],
          undoUntil: new Date(Date.now() + 15 * 60_000).toISOString(),
        });
      },
    });
    const { user } = renderApp('/');

    await screen.findByText('Joko Susilo');
    await user.click(checkbox('Siti Rahmawati'));
    await user.click(checkbox('Agus Salim'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tambah label…' }), 'Komplain');

    expect(await screen.findByText('Label Komplain ditambahkan ke 1 percakapan')).toBeInTheDocument();
    expect(screen.getByText('1 percakapan dilewati karena ditangani agen lain')).toBeInTheDocument();
    expect(sent).toEqual([{ action: 'TAG', tagId: 4, roomIds: [201, 202] }]);
  });
});
