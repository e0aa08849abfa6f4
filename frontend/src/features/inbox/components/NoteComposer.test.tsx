import { describe, expect, it } from 'vitest';
import { expiredRoom, inboxHandlers, makeMessage, makeRoom } from '@/testing/inbox-fixtures';
import { callsTo, json, mockApi, problem } from '@/testing/mock-api';
import { storeSession } from '@/testing/session';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';
import type { Message, NoteRequest } from '@/lib/api/types';

const dewi = { id: 3, name: 'Dewi Lestari' };

/** The inbox with one room, answering notes as the API does (direction INTERNAL, the mentioned colleagues). */
function roomWithNotes(room = makeRoom({ id: 41 })) {
  storeSession();
  const messages: Message[] = [makeMessage({ roomId: room.id, body: 'Faktur saya mana?' })];
  const fetchMock = mockApi({
    ...inboxHandlers([room], { [room.id]: messages }),
    [`POST /api/v1/rooms/${room.id}/notes`]: async (request) => {
      const { body, mentionIds = [] } = (await request.clone().json()) as NoteRequest;
      const note = makeMessage({
        roomId: room.id,
        direction: 'INTERNAL',
        kind: 'NOTE',
        body,
        sender: { id: 1, name: 'Budi Santoso' },
        mentions: mentionIds.includes(dewi.id) ? [dewi] : [],
        createdAt: new Date().toISOString(),
      });
      messages.push(note);
      return json(note, { status: 201 });
    },
  });
  return { fetchMock, ...renderApp(`/?room=${room.id}`) };
}

describe('private notes in the composer', () => {
  it('switches from reply to a private note with the team-only hint, and stores the note in the conversation', async () => {
    const { user, fetchMock } = roomWithNotes();
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByRole('button', { name: 'Balas' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(panel).getByRole('button', { name: 'Catatan internal' }));

    expect(within(panel).getByRole('button', { name: 'Catatan internal' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel).queryByRole('textbox', { name: 'Balasan' })).not.toBeInTheDocument();
    const box = within(panel).getByRole('textbox', { name: 'Catatan internal' });
    expect(box).toHaveAccessibleDescription('Hanya tim yang melihat catatan ini');
    await user.type(box, 'Pelanggan minta faktur{Enter}');

    const note = await within(panel).findByText('Pelanggan minta faktur');
    expect(note.closest('li')).toHaveAttribute('data-note', 'true');
    expect(within(note.closest('li')!).getByText('Catatan internal · Budi Santoso')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/41/messages')).toHaveLength(0);
    expect(box).toHaveValue('');
  });

  it('offers the note box even when the reply window has closed', async () => {
    const { user } = roomWithNotes(expiredRoom({ id: 42 }));
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    expect(await within(panel).findByRole('heading', { name: 'Jendela balasan sudah tertutup' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Catatan internal' }));

    expect(within(panel).getByRole('textbox', { name: 'Catatan internal' })).toBeEnabled();
    expect(within(panel).queryByRole('heading', { name: 'Jendela balasan sudah tertutup' })).not.toBeInTheDocument();
  });

  it('suggests active colleagues after @ (not oneself) and sends the chosen one as a mention, highlighted in the note', async () => {
    const { user, fetchMock } = roomWithNotes();
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await user.click(await within(panel).findByRole('button', { name: 'Catatan internal' }));
    const box = within(panel).getByRole('textbox', { name: 'Catatan internal' });

    await user.type(box, 'Tolong @');
    const suggestions = await within(panel).findByRole('listbox', { name: 'Rekan yang bisa disebut' });
    expect(within(suggestions).getAllByRole('option').map((option) => option.textContent)).toEqual(['Dewi Lestari']);

    await user.type(box, 'de{Enter}');
    expect(box).toHaveValue('Tolong @Dewi Lestari ');
    expect(within(panel).queryByRole('listbox')).not.toBeInTheDocument();
    await user.type(box, 'cek stok{Enter}');

    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/41/notes')).toHaveLength(1));
    const [request] = callsTo(fetchMock, 'POST', '/api/v1/rooms/41/notes');
    expect(await request?.clone().json()).toEqual({ body: 'Tolong @Dewi Lestari cek stok', mentionIds: [3] });
    const mention = await within(panel).findByText('@Dewi Lestari', { selector: 'mark' });
    expect(mention.closest('li')).toHaveAttribute('data-note', 'true');
  });

  it('does not mention a colleague whose name was deleted from the text', async () => {
    const { user, fetchMock } = roomWithNotes();
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await user.click(await within(panel).findByRole('button', { name: 'Catatan internal' }));
    const box = within(panel).getByRole('textbox', { name: 'Catatan internal' });

    await user.type(box, '@de{Enter}');
    await user.clear(box);
    await user.type(box, 'Catatan saja{Enter}');

    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/v1/rooms/41/notes')).toHaveLength(1));
    const [request] = callsTo(fetchMock, 'POST', '/api/v1/rooms/41/notes');
    expect(await request?.clone().json()).toEqual({ body: 'Catatan saja' });
  });

  it('keeps the note and says why when a mentioned colleague was deactivated meanwhile', async () => {
    storeSession();
    mockApi({
      ...inboxHandlers([makeRoom({ id: 43 })]),
      'POST /api/v1/rooms/43/notes': () => problem({ status: 422, code: 'mentioned-user-inactive' }),
    });
    const { user } = renderApp('/?room=43');
    const panel = await screen.findByRole('region', { name: 'Percakapan' });
    await user.click(await within(panel).findByRole('button', { name: 'Catatan internal' }));
    const box = within(panel).getByRole('textbox', { name: 'Catatan internal' });

    await user.type(box, '@de{Enter}cek{Enter}');

    expect(await within(panel).findByRole('alert')).toHaveTextContent('sudah dinonaktifkan');
    expect(box).toHaveValue('@Dewi Lestari cek');
  });
});
