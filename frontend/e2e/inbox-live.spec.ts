import { expect, test } from '@playwright/test';
import { AGENT, customerWrites, roomList, signIn } from './support/inbox';

test('a customer message posted while the page is open appears in the list without a reload', async ({ page, request }) => {
  await signIn(page, request, AGENT);
  await expect(roomList(page).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Kata pencarian' }).fill('draft kept while live');

  const text = `Kak, apakah stok ukuran M masih ada? (${Date.now()})`;
  const { contactName } = await customerWrites(request, text);

  const row = roomList(page).getByRole('link', { name: new RegExp(contactName) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(text.slice(0, 30));
  await expect(row.getByLabel('1 belum dibaca')).toBeVisible();
  // The refresh did not reload the page or lose what was typed.
  await expect(page.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('draft kept while live');
});
