import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n';
import type { SearchMode } from '../lib/inbox-url';
import { SearchBar } from './SearchBar';

const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

/** The bar as the inbox renders it; `applied` is what the URL says, changed only by the test. */
function renderBar(applied: { q: string; mode: SearchMode }) {
  const onSearch = vi.fn();
  const onClear = vi.fn();
  const user = userEvent.setup();
  const props = { onSearch, onClear, onLeave: vi.fn() };
  const utils = render(<SearchBar q={applied.q} mode={applied.mode} {...props} />, { wrapper });
  const urlShows = (next: { q: string; mode: SearchMode }) =>
    utils.rerender(<SearchBar q={next.q} mode={next.mode} {...props} />);
  return { user, onSearch, onClear, urlShows };
}

describe('search bar', () => {
  it('keeps what was typed right after switching the mode, even when the URL catches up later', async () => {
    const { user, onSearch, urlShows } = renderBar({ q: 'pengiriman', mode: 'messages' });

    await user.click(screen.getByRole('radio', { name: 'Kontak' }));
    expect(onSearch).toHaveBeenCalledWith('pengiriman', 'contacts');
    // The user types before the new URL has rendered (a busy machine, a slow transition).
    const box = screen.getByRole('searchbox', { name: 'Kata pencarian' });
    await user.clear(box);
    await user.type(box, '0812345');
    urlShows({ q: 'pengiriman', mode: 'contacts' });

    expect(box).toHaveValue('0812345');
    expect(screen.getByRole('radio', { name: 'Kontak' })).toBeChecked();
  });

  it('keeps typing after a clear whose URL change arrives late', async () => {
    const { user, onClear, urlShows } = renderBar({ q: 'siti', mode: 'contacts' });

    await user.click(screen.getByRole('button', { name: 'Hapus pencarian' }));
    expect(onClear).toHaveBeenCalled();
    await user.type(screen.getByRole('searchbox', { name: 'Kata pencarian' }), 'budi');
    urlShows({ q: '', mode: 'contacts' });

    expect(screen.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('budi');
  });

  it('follows the URL when it changes from elsewhere (back button, shared link)', async () => {
    const { urlShows } = renderBar({ q: 'siti', mode: 'contacts' });

    urlShows({ q: 'ongkir', mode: 'messages' });

    expect(screen.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('ongkir');
    expect(screen.getByRole('radio', { name: 'Percakapan' })).toBeChecked();
  });
});
