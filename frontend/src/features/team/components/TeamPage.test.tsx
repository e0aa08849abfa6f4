import { describe, expect, it } from 'vitest';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, demoUser, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, within } from '@/testing/test-utils';
import type { ApiKey, TeamUser } from '../api/types';

const supervisor = { ...demoUser, id: 2, name: 'Sari Wijaya', username: 'supervisor@nusantara.test', role: 'supervisor' as const };

function teamUser(overrides: Partial<TeamUser>): TeamUser {
  return {
    id: 1,
    name: 'Budi Santoso',
    username: 'agent1@nusantara.test',
    role: 'agent',
    active: true,
    createdAt: '2025-01-02T03:00:00Z',
    lastActiveAt: '2025-03-03T02:30:00Z',
    ...overrides,
  };
}

function teamHandlers(users: TeamUser[], keys: ApiKey[] = []) {
  return {
    ...inboxHandlers([]),
    'GET /api/v1/me': () => json(supervisor),
    'GET /api/v1/users': () => json({ items: users }),
    'GET /api/v1/api-keys': () => json({ items: keys }),
  };
}

describe('team page', () => {
  it('lists the users, and a supervisor deactivates one after confirming', async () => {
    storeSession();
    let users = [
      teamUser({ id: 2, name: 'Sari Wijaya', username: 'supervisor@nusantara.test', role: 'supervisor' }),
      teamUser({ id: 1 }),
      teamUser({ id: 3, name: 'Dewi Lestari', username: 'agent2@nusantara.test', active: false, lastActiveAt: null }),
    ];
    const changes: unknown[] = [];
    mockApi({
      ...teamHandlers(users),
      'GET /api/v1/users': () => json({ items: users }),
      'PATCH /api/v1/users/1': async (request) => {
        const change = (await request.json()) as Partial<TeamUser>;
        changes.push(change);
        users = users.map((user) => (user.id === 1 ? { ...user, ...change } : user));
        return json(users.find((user) => user.id === 1));
      },
    });
    const { user } = renderApp('/team');

    const budi = await screen.findByRole('row', { name: 'Budi Santoso' });
    expect(within(budi).getByText('agent1@nusantara.test')).toBeInTheDocument();
    expect(within(budi).getByRole('combobox', { name: 'Peran Budi Santoso' })).toHaveValue('agent');
    expect(within(budi).getByText('Aktif')).toBeInTheDocument();
    const dewi = screen.getByRole('row', { name: 'Dewi Lestari' });
    expect(within(dewi).getByText('Nonaktif')).toBeInTheDocument();
    expect(within(dewi).getByText('Belum pernah')).toBeInTheDocument();
    expect(within(dewi).getByRole('button', { name: 'Aktifkan kembali Dewi Lestari' })).toBeInTheDocument();
    // No action on one's own account.
    const self = screen.getByRole('row', { name: 'Sari Wijaya' });
    expect(within(self).getByText('Anda')).toBeInTheDocument();
    expect(within(self).queryByRole('button')).not.toBeInTheDocument();
    expect(within(self).getByRole('combobox')).toBeDisabled();

    await user.click(within(budi).getByRole('button', { name: 'Nonaktifkan Budi Santoso' }));
    const dialog = screen.getByRole('dialog', { name: 'Nonaktifkan Budi Santoso?' });
    expect(changes).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Nonaktifkan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Budi Santoso telah dinonaktifkan.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: 'Budi Santoso' })).getByText('Nonaktif')).toBeInTheDocument();
    expect(changes).toEqual([{ active: false }]);
  });

  it('adds a user with an initial password and explains a taken email', async () => {
    storeSession();
    let taken = true;
    mockApi({
      ...teamHandlers([teamUser({ id: 2, name: 'Sari Wijaya', role: 'supervisor' })]),
      'POST /api/v1/users': async (request) => {
        if (taken) return problem({ status: 409, code: 'username-taken' });
        const body = (await request.json()) as TeamUser;
        return json(teamUser({ id: 9, name: body.name, username: body.username, role: body.role }), { status: 201 });
      },
    });
    const { user } = renderApp('/team');

    await user.click(await screen.findByRole('button', { name: 'Tambah pengguna' }));
    const dialog = screen.getByRole('dialog', { name: 'Tambah pengguna' });
    await user.type(within(dialog).getByLabelText('Nama'), 'Rudi Hartono');
    await user.type(within(dialog).getByLabelText('Email'), 'rudi@nusantara.test');
    await user.selectOptions(within(dialog).getByLabelText('Peran'), 'agent');
    await user.type(within(dialog).getByLabelText('Kata sandi awal'), 'teh-manis-hangat');
    await user.click(within(dialog).getByRole('button', { name: 'Tambah' }));

    expect(await within(dialog).findByText('Email ini sudah dipakai pengguna lain.')).toBeInTheDocument();
    taken = false;
    await user.click(within(dialog).getByRole('button', { name: 'Tambah' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Rudi Hartono telah ditambahkan.');
  });

  it('shows a new API key once, with a copy button and a warning', async () => {
    storeSession();
    const created: ApiKey = {
      id: 5,
      name: 'Integrasi CRM',
      prefix: 'inbx_a1b2',
      createdAt: '2025-03-03T02:30:00Z',
      createdBy: { id: 2, name: 'Sari Wijaya' },
      lastUsedAt: null,
      revokedAt: null,
    };
    let keys: ApiKey[] = [];
    const fetchMock = mockApi({
      ...teamHandlers([teamUser({ id: 2, name: 'Sari Wijaya', role: 'supervisor' })], []),
      'GET /api/v1/api-keys': () => json({ items: keys }),
      'POST /api/v1/api-keys': () => {
        keys = [created];
        return json({ apiKey: created, key: 'inbx_a1b2_secret-shown-once' }, { status: 201 });
      },
    });
    const { user } = renderApp('/team');

    expect(await screen.findByText('Belum ada kunci API.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buat kunci API' }));
    const dialog = screen.getByRole('dialog', { name: 'Buat kunci API' });
    await user.type(within(dialog).getByLabelText('Nama'), 'Integrasi CRM');
    await user.click(within(dialog).getByRole('button', { name: 'Buat kunci' }));

    const shown = await screen.findByRole('dialog', { name: 'Kunci API “Integrasi CRM” dibuat' });
    expect(within(shown).getByLabelText('Kunci API')).toHaveValue('inbx_a1b2_secret-shown-once');
    expect(within(shown).getByText(/hanya ditampilkan sekali/)).toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: 'Salin' })).toBeInTheDocument();
    expect(await callsTo(fetchMock, 'POST', '/api/v1/api-keys')[0]!.json()).toEqual({ name: 'Integrasi CRM' });

    await user.click(within(shown).getByRole('button', { name: 'Saya sudah menyimpannya' }));
    const row = await screen.findByRole('row', { name: 'Integrasi CRM' });
    expect(within(row).getByText('inbx_a1b2…')).toBeInTheDocument();
    // The list never shows the secret again.
    expect(screen.queryByDisplayValue('inbx_a1b2_secret-shown-once')).not.toBeInTheDocument();
    expect(screen.queryByText(/secret-shown-once/)).not.toBeInTheDocument();
  });

  it('sends an agent who opens /team to the inbox', async () => {
    storeSession();
    mockApi(inboxHandlers([]));
    const { router } = renderApp('/team');

    expect(await screen.findByRole('tablist', { name: 'Status percakapan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
