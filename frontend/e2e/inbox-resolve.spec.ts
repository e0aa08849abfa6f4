import { expect, test } from '@playwright/test';
import { AGENT, customerWrites, roomList, roomPanel, signIn, tab } from './support/inbox';

function count(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''));
}

test('resolving a room shows the blue check, moves it to Resolved and updates the counts', async ({ page, request }) => {
  const { contactName } = await customerWrites(request, 'Terima kasih kak, sudah sampai');
  await signIn(page, request, AGENT);

  const resolvedTab = tab(page, /Selesai/);
  await expect(resolvedTab).toContainText(/\d/);
  const resolvedBefore = count(await resolvedTab.getByTestId('tab-count-resolved').textContent());
  const unassignedBefore = count(await tab(page, /Belum ditugaskan/).getByTestId('tab-count-unassigned').textContent());

  const row = roomList(page).getByRole('link', { name: new RegExp(contactName) });
  await row.click();
  const panel = roomPanel(page);
  await panel.getByRole('button', { name: 'Selesaikan' }).click();

  await expect(panel.getByRole('img', { name: 'Selesai' })).toBeVisible();
  // All is the rooms still being worked: the resolved room leaves it
  await expect(row).toHaveCount(0);
  await expect(panel.getByText('Budi Santoso menyelesaikan percakapan')).toBeVisible();
  await expect(resolvedTab.getByTestId('tab-count-resolved')).toHaveText(String(resolvedBefore + 1));
  await expect(tab(page, /Belum ditugaskan/).getByTestId('tab-count-unassigned')).toHaveText(String(unassignedBefore - 1));

  await resolvedTab.click();
  await expect(roomList(page).getByRole('link', { name: new RegExp(contactName) }).getByRole('img', { name: 'Selesai' })).toBeVisible();
  await tab(page, /Belum ditugaskan/).click();
  await expect(roomList(page).getByRole('link', { name: new RegExp(contactName) })).toHaveCount(0);
});

test('a resolve offers Undo for a few seconds, and a resolved room offers Reopen', async ({ page, request }) => {
  const { contactName } = await customerWrites(request, 'Oke kak, saya tunggu kabarnya');
  await signIn(page, request, AGENT);
  const row = roomList(page).getByRole('link', { name: new RegExp(contactName) });
  await row.click();
  const panel = roomPanel(page);

  await panel.getByRole('button', { name: 'Selesaikan' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Urungkan' }).click();

  await expect(panel.getByRole('button', { name: 'Selesaikan' })).toBeVisible();
  await expect(panel.getByText('Budi Santoso membuka kembali percakapan')).toBeVisible();
  await expect(row).toBeVisible();

  await panel.getByRole('button', { name: 'Selesaikan' }).click();
  await panel.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(panel.getByRole('button', { name: 'Selesaikan' })).toBeVisible();
  await expect(panel.getByText('Budi Santoso membuka kembali percakapan')).toHaveCount(2);
});
