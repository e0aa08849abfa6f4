import { expect, test } from '@playwright/test';
import { AGENT, apiGet, roomList, roomPanel, signIn } from './support/inbox';

interface Hit {
  message: { id: number; body: string };
  room: { id: number; contact: { name: string } };
}
interface RoomPage {
  items: { contact: { name: string; phone: string | null } }[];
}

test('search by conversation opens the hit highlighted; search by contact finds a phone written as 08…', async ({
  page,
  request,
}, testInfo) => {
  const session = await signIn(page, request, AGENT);
  const hits = await apiGet<{ items: Hit[] }>(request, session, '/search/messages?q=pengiriman&limit=5');
  expect(hits.items.length).toBeGreaterThan(0);
  const first = hits.items[0]!;

  await page.getByRole('radio', { name: 'Percakapan' }).check({ force: true });
  await page.getByRole('searchbox', { name: 'Kata pencarian' }).fill('pengiriman');
  await page.getByRole('searchbox', { name: 'Kata pencarian' }).press('Enter');

  const results = page.getByRole('region', { name: 'Hasil pencarian pesan' });
  const hit = results.getByRole('button').first();
  await expect(hit.locator('mark').first()).toHaveText(/pengiriman/i);
  await expect(hit).toContainText(first.room.contact.name);
  await page.screenshot({ path: testInfo.outputPath('search-results.png') });

  await hit.click();
  await expect(page).toHaveURL(new RegExp(`room=${first.room.id}.*msg=${first.message.id}|msg=${first.message.id}.*room=${first.room.id}`));
  const highlighted = roomPanel(page).locator('[data-highlighted="true"]');
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toBeInViewport();
  await expect(highlighted).toContainText(first.message.body.slice(0, 40));

  // Contact search by a phone number as people write it: 08… for +628….
  const rooms = await apiGet<RoomPage>(request, session, '/rooms?limit=50');
  const contact = rooms.items.find((room) => room.contact.phone?.startsWith('+628'))!.contact;
  const localPhone = `0${contact.phone!.slice(3)}`;
  await page.getByRole('radio', { name: 'Kontak' }).check({ force: true });
  await expect(page).not.toHaveURL(/in=messages/);
  await page.getByRole('searchbox', { name: 'Kata pencarian' }).fill(localPhone);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${localPhone}`));
  await expect(roomList(page).getByRole('link', { name: new RegExp(contact.name) }).first()).toBeVisible();
});
