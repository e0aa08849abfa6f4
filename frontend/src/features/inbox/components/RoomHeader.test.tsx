import { describe, expect, it } from 'vitest';
import { inboxHandlers, makeRoom } from '@/testing/inbox-fixtures';
import { mockApi } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, within } from '@/testing/test-utils';

describe('room header', () => {
  it('shows the ad a customer came from on the room header', async () => {
    storeSession();
    const room = makeRoom({ id: 57, adReferral: { headline: 'Diskon 50% hari ini', body: null, sourceType: 'ad', sourceId: '1', sourceUrl: null } });
    mockApi(inboxHandlers([room]));
    renderApp('/?room=57');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByText('Dari iklan: Diskon 50% hari ini')).toBeInTheDocument();
  });

  it('shows no ad badge for a room that did not start from an ad', async () => {
    storeSession();
    mockApi(inboxHandlers([makeRoom({ id: 58 })]));
    renderApp('/?room=58');

    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByRole('heading', { name: /Siti Rahmawati/ })).toBeInTheDocument();
    expect(within(panel).queryByText(/Dari iklan/)).not.toBeInTheDocument();
  });
});
