import { afterEach, describe, expect, it, vi } from 'vitest';
import { inboxHandlers } from '@/testing/inbox-fixtures';
import { mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen } from '@/testing/test-utils';

function stubNotification(answer: NotificationPermission) {
  const requestPermission = vi.fn(async () => answer);
  vi.stubGlobal('Notification', Object.assign(vi.fn(), { permission: 'default', requestPermission }));
  return requestPermission;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('notification settings in the account menu', () => {
  it('are off by default; turning desktop notifications on asks the browser, and the choice is kept for the user', async () => {
    storeSession();
    mockApi(inboxHandlers([]));
    const requestPermission = stubNotification('granted');
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: /Budi Santoso/ }));
    const desktop = screen.getByRole('checkbox', { name: 'Notifikasi desktop' });
    const sound = screen.getByRole('checkbox', { name: 'Bunyi untuk pesan baru' });
    expect(desktop).not.toBeChecked();
    expect(sound).not.toBeChecked();

    await user.click(desktop);

    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(desktop).toBeChecked();
    expect(JSON.parse(window.localStorage.getItem('inbox.notifications.1')!)).toEqual({ desktop: true, sound: false });
  });

  it('stay off and say why when the browser refuses', async () => {
    storeSession();
    mockApi(inboxHandlers([]));
    stubNotification('denied');
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: /Budi Santoso/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Notifikasi desktop' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Browser memblokir notifikasi');
    expect(screen.getByRole('checkbox', { name: 'Notifikasi desktop' })).not.toBeChecked();
  });
});
