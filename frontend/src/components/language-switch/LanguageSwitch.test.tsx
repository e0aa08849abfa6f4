import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from '@/i18n';
import { mockApi } from '@/testing/mock-api';
import { renderApp, screen } from '@/testing/test-utils';

describe('language switch', () => {
  it('defaults to Indonesian', async () => {
    mockApi({});
    renderApp('/login');

    expect(await screen.findByRole('button', { name: /Bahasa Indonesia/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Masuk ke akun Anda' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('id');
  });

  it('persists the choice in localStorage so a reload keeps it', async () => {
    mockApi({});
    const { user, unmount } = renderApp('/login');

    await user.click(await screen.findByRole('button', { name: /English/ }));

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: /English/ })).toHaveAttribute('aria-pressed', 'true');

    // A reload reads the stored choice when i18n starts.
    unmount();
    expect(storedLanguage()).toBe('en');
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Sign in to your account' })).toBeInTheDocument();
  });

  it('ignores an unknown stored language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('id');
  });
});
