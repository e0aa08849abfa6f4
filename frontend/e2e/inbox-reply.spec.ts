import { expect, test } from '@playwright/test';
import { AGENT, customerWrites, roomList, roomPanel, signIn } from './support/inbox';

test('an agent replies in an open-window room; the reply appears and the room becomes theirs', async ({ page, request }) => {
  const { contactName } = await customerWrites(request, 'Halo kak, pesanan saya ORD-482913 belum sampai');
  await signIn(page, request, AGENT);

  await roomList(page).getByRole('link', { name: new RegExp(contactName) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: contactName })).toBeVisible();
  await expect(panel.getByText('Terbuka')).toBeVisible();
  await expect(panel.getByText('Belum ditugaskan')).toBeVisible();

  const reply = `Baik kak, kami cek pengirimannya sekarang (${Date.now()})`;
  await panel.getByRole('textbox', { name: 'Balasan' }).fill(reply);
  await panel.getByRole('textbox', { name: 'Balasan' }).press('Enter');

  await expect(panel.getByRole('listitem').filter({ hasText: reply })).toHaveCount(1);
  await expect(panel.getByRole('textbox', { name: 'Balasan' })).toHaveValue('');
  await expect(panel.getByText('Budi Santoso (Anda)')).toBeVisible();
  await expect(roomList(page).getByRole('link', { name: new RegExp(contactName) })).toContainText('Anda');
});
