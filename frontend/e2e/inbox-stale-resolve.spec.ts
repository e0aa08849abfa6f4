import { expect, test } from '@playwright/test';
import { AGENT, customerWrites, inbound, roomList, roomPanel, signIn } from './support/inbox';

test('resolving while the customer writes again does not hide the new message: the agent sees it, then may resolve anyway', async ({
  page,
  request,
}, testInfo) => {
  const { contactName, customer, roomId } = await customerWrites(request, 'Pesanan saya sudah sampai, terima kasih');
  await signIn(page, request, AGENT);

  const read = page.waitForResponse((response) => response.url().endsWith(`/api/v1/rooms/${roomId}/read`) && response.ok());
  await roomList(page).getByRole('link', { name: new RegExp(contactName) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByText('Pesanan saya sudah sampai, terima kasih')).toBeVisible();
  await read;

  // The customer's new message lands between the click and the resolve reaching the API: the
  // resolve request is held (not the page's refresh) until the message is stored. That is the
  // race of issue 10, made certain.
  const newText = `Eh kak, satu barangnya rusak ${Date.now()}`;
  await page.route(
    `**/api/v1/rooms/${roomId}/resolve`,
    async (route) => {
      await inbound(request, customer, newText);
      await route.continue();
    },
    { times: 1 },
  );
  const refused = page.waitForResponse((response) => response.url().endsWith(`/api/v1/rooms/${roomId}/resolve`));
  await panel.getByRole('button', { name: 'Selesaikan' }).click();
  expect((await refused).status()).toBe(412);

  const notice = page.getByRole('alert').filter({ hasText: 'Pelanggan menulis lagi' });
  await expect(notice).toContainText('Percakapan tidak diselesaikan.');
  await expect(panel.getByText(newText)).toBeVisible();
  await expect(panel.getByRole('img', { name: 'Selesai' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Selesaikan' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('stale-resolve-notice.png') });

  await notice.getByRole('button', { name: 'Tetap selesaikan' }).click();
  await expect(panel.getByRole('img', { name: 'Selesai' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Percakapan dengan ${contactName} diselesaikan.` })).toBeVisible();
  await expect(panel.getByText(newText)).toBeVisible();
});
