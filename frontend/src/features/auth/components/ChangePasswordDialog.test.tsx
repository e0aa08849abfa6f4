import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/lib/session';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { callsTo, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, within } from '@/testing/test-utils';

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: /Budi Santoso/ }));
  await user.click(screen.getByRole('button', { name: 'Ubah kata sandi' }));
  return screen.getByRole('dialog', { name: 'Ubah kata sandi' });
}

async function fill(user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement, current: string, next: string, repeat = next) {
  await user.type(within(dialog).getByLabelText('Kata sandi saat ini'), current);
  await user.type(within(dialog).getByLabelText('Kata sandi baru'), next);
  await user.type(within(dialog).getByLabelText('Ulangi kata sandi baru'), repeat);
  await user.click(within(dialog).getByRole('button', { name: 'Simpan kata sandi' }));
}

describe('change password dialog', () => {
  it('shows the API’s weak-password refusal in Indonesian, and in English after switching', async () => {
    storeSession();
    const fetchMock = mockApi({
      ...inboxHandlers([]),
      'PUT /api/v1/me/password': () =>
        problem({ status: 400, code: 'weak-password', detail: 'The password is among the most common passwords.' }),
    });
    const { user } = renderApp('/');

    const dialog = await openDialog(user);
    await fill(user, dialog, 'inbox-demo', 'password123');

    const field = within(dialog).getByLabelText('Kata sandi baru');
    expect(await within(dialog).findByText('Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.')).toBeInTheDocument();
    expect(field).toBeInvalid();
    const [request] = callsTo(fetchMock, 'PUT', '/api/v1/me/password');
    expect(await request!.json()).toEqual({ currentPassword: 'inbox-demo', newPassword: 'password123' });

    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(within(dialog).getByLabelText('New password')).toHaveAccessibleDescription(
      'This password is too common and easy to guess. Choose another.',
    );
  });

  it('says a too-short password is too short', async () => {
    storeSession();
    mockApi({ ...inboxHandlers([]), 'PUT /api/v1/me/password': () => problem({ status: 400, code: 'weak-password' }) });
    const { user } = renderApp('/');

    const dialog = await openDialog(user);
    await fill(user, dialog, 'inbox-demo', 'short');

    expect(await within(dialog).findByText('Kata sandi terlalu pendek: minimal 10 karakter.')).toBeInTheDocument();
  });

  it('marks a wrong current password and checks the repeat before calling the API', async () => {
    storeSession();
    const fetchMock = mockApi({
      ...inboxHandlers([]),
      'PUT /api/v1/me/password': () => problem({ status: 422, code: 'wrong-password' }),
    });
    const { user } = renderApp('/');

    const dialog = await openDialog(user);
    await fill(user, dialog, 'salah', 'kopi-tubruk-pagi', 'kopi-tubruk-sore');
    expect(within(dialog).getByLabelText('Ulangi kata sandi baru')).toHaveAccessibleDescription('Kedua kata sandi baru tidak sama.');
    expect(callsTo(fetchMock, 'PUT', '/api/v1/me/password')).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('Ulangi kata sandi baru'));
    await user.type(within(dialog).getByLabelText('Ulangi kata sandi baru'), 'kopi-tubruk-pagi');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan kata sandi' }));
    expect(await within(dialog).findByText('Kata sandi saat ini salah.')).toBeInTheDocument();
  });

  it('confirms the change and keeps this session signed in', async () => {
    storeSession();
    mockApi({ ...inboxHandlers([]), 'PUT /api/v1/me/password': () => new Response(null, { status: 204 }) });
    const { user } = renderApp('/');

    const dialog = await openDialog(user);
    await fill(user, dialog, 'inbox-demo', 'kopi-tubruk-pagi');

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Kata sandi Anda telah diubah.');
    await user.click(within(dialog).getByRole('button', { name: 'Oke' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Budi Santoso');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).not.toBeNull();
  });
});
