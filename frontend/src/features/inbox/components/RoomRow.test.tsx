import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n';
import type { Room } from '@/lib/api/types';
import { expiredRoom, makeRoom } from '@/testing/inbox-fixtures';
import { demoUser } from '@/testing/mock-api';
import { RoomRow } from './RoomRow';

function renderRow(room: Room) {
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <RoomRow room={room} user={demoUser} href={`?room=${room.id}`} open={false} active={false} onOpen={() => {}} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return screen.getByRole('link');
}

describe('room row', () => {
  // The clock stands still, so countdowns read the same however slowly the machine runs.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T09:30:00+07:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows contact, channel, preview, unread count, assignee and tags of an open room', () => {
    const row = renderRow(
      makeRoom({
        unreadCount: 3,
        assignee: { id: 3, name: 'Dewi Lestari', active: true },
        status: 'ASSIGNED',
        tags: [
          { id: 1, name: 'Pengiriman', color: '#2563eb' },
          { id: 2, name: 'VIP', color: '#ca8a04' },
          { id: 3, name: 'Promo', color: '#db2777' },
        ],
      }),
    );
    expect(within(row).getByText('Siti Rahmawati')).toBeInTheDocument();
    expect(within(row).getByText('WhatsApp Toko Nusantara')).toBeInTheDocument();
    expect(within(row).getByText('Halo kak, pesanan saya belum sampai')).toBeInTheDocument();
    expect(within(row).getByLabelText('3 belum dibaca')).toHaveTextContent('3');
    expect(within(row).getByText('Dewi Lestari')).toBeInTheDocument();
    expect(within(row).getByText('Pengiriman')).toBeInTheDocument();
    expect(within(row).getByText('+1')).toBeInTheDocument();
    expect(within(row).getByText('Terbuka')).toBeInTheDocument();
    expect(within(row).getByText('sisa 20 j 0 mnt')).toBeInTheDocument();
    expect(within(row).queryByRole('img', { name: 'Selesai' })).not.toBeInTheDocument();
    // The exact time is on hover.
    expect(within(row).getByText('5 mnt')).toHaveAttribute('title', expect.stringMatching(/\d{2}[.:]\d{2}/));
  });

  it('counts down an expiring window in amber', () => {
    const row = renderRow(makeRoom({ windowExpiresAt: new Date(Date.now() + 95 * 60_000).toISOString(), sessionState: 'EXPIRING' }));
    const badge = within(row).getByText('Segera berakhir').parentElement!;
    expect(badge).toHaveAttribute('data-session', 'EXPIRING');
    expect(badge).toHaveTextContent('sisa 1 j 35 mnt');
  });

  it('marks an assignee who was deactivated as inactive', () => {
    const row = renderRow(makeRoom({ status: 'ASSIGNED', assignee: { id: 7, name: 'Rudi Hartono', active: false } }));
    expect(within(row).getByText('Rudi Hartono (nonaktif)')).toBeInTheDocument();
  });

  it('derives the state from windowExpiresAt, not from a stale sessionState', () => {
    // The server said OPEN a while ago; the window has closed since.
    const row = renderRow(makeRoom({ sessionState: 'OPEN', windowExpiresAt: new Date(Date.now() - 1000).toISOString() }));
    expect(within(row).getByText('Kedaluwarsa').parentElement).toHaveAttribute('data-session', 'EXPIRED');
  });

  it('shows an expired room without time left, and unassigned', () => {
    const row = renderRow(expiredRoom());
    expect(within(row).getByText('Kedaluwarsa')).toBeInTheDocument();
    expect(within(row).queryByText(/sisa/)).not.toBeInTheDocument();
    expect(within(row).getByText('Belum ditugaskan')).toBeInTheDocument();
  });

  it('marks a resolved room with the blue check and the own assignee as "Anda"', () => {
    const row = renderRow(
      expiredRoom({ status: 'RESOLVED', assignee: { id: demoUser.id, name: demoUser.name, active: true }, resolvedAt: new Date().toISOString() }),
    );
    expect(within(row).getByRole('img', { name: 'Selesai' })).toBeInTheDocument();
    expect(within(row).getByText('Anda')).toBeInTheDocument();
  });

  it('shows initials without a picture and channels without a window as open with no countdown', () => {
    const row = renderRow(
      makeRoom({
        contact: { id: 9, name: 'Agus Pratama', avatarUrl: null, phone: null },
        channel: { id: 5, kind: 'EMAIL', name: 'cs@tokonusantara.test' },
        windowExpiresAt: null,
      }),
    );
    expect(within(row).getByText('AP')).toBeInTheDocument();
    expect(within(row).getByText('Terbuka')).toBeInTheDocument();
    expect(within(row).queryByText(/sisa/)).not.toBeInTheDocument();
  });

  it('renders customer text as text, never as HTML', () => {
    const row = renderRow(
      makeRoom({ lastMessage: { preview: '<img src=x onerror=alert(1)><b>halo</b>', direction: 'INBOUND', sender: null, createdAt: new Date().toISOString() } }),
    );
    expect(within(row).getByText('<img src=x onerror=alert(1)><b>halo</b>')).toBeInTheDocument();
    expect(row.querySelector('b')).toBeNull();
  });

  it("names a colleague who wrote the last reply, and says \"Anda\" only for one's own", () => {
    const outgoing = (sender: { id: number; name: string }) =>
      makeRoom({ lastMessage: { preview: 'COD tersedia', direction: 'OUTBOUND', sender, createdAt: new Date().toISOString() } });

    const colleagues = renderRow(outgoing({ id: 3, name: 'Dewi Lestari' }));
    expect(within(colleagues).getByText('Dewi Lestari: COD tersedia')).toBeInTheDocument();
    expect(within(colleagues).queryByText(/Anda:/)).not.toBeInTheDocument();
    cleanup();

    const own = renderRow(outgoing({ id: demoUser.id, name: demoUser.name }));
    expect(within(own).getByText('Anda: COD tersedia')).toBeInTheDocument();
  });
});
