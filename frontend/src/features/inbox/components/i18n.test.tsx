import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, within } from '@/testing/test-utils';

describe('inbox in both languages', () => {
  it('speaks Indonesian by default and English after the switch, system notes included', async () => {
    storeSession();
    const room = makeRoom({ id: 41, status: 'RESOLVED', resolvedAt: new Date().toISOString() });
    mockApi(
      inboxHandlers([room], {
        41: [
          makeMessage({ roomId: 41, direction: 'SYSTEM', kind: 'NOTE', body: 'Assigned to Budi Santoso', sender: { id: 9, name: 'Sari Wulandari' }, system: { event: 'ASSIGNED', target: { id: 1, name: 'Budi Santoso' }, note: null } }),
          makeMessage({ roomId: 41, direction: 'SYSTEM', kind: 'NOTE', body: 'Resolved by Budi Santoso', sender: { id: 1, name: 'Budi Santoso' }, system: { event: 'RESOLVED', target: null, note: null } }),
        ],
      }),
    );
    const { user } = renderApp('/?room=41');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByText('Sari Wulandari menugaskan percakapan ke Budi Santoso')).toBeInTheDocument();
    expect(within(panel).getByText('Budi Santoso menyelesaikan percakapan')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Belum ditugaskan/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /English/ }));

    expect(await screen.findByRole('tab', { name: /Unassigned/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resolve expired' })).toHaveAttribute('title', 'Resolve all expired chat rooms');
    const english = screen.getByRole('region', { name: 'Conversation' });
    expect(within(english).getByText('Sari Wulandari assigned the conversation to Budi Santoso')).toBeInTheDocument();
    expect(within(english).getByText('Budi Santoso resolved the conversation')).toBeInTheDocument();
    expect(i18n.language).toBe('en');
  });
});
