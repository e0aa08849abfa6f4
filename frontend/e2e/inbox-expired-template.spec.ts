import { expect, test } from '@playwright/test';
import { AGENT, apiGet, roomList, roomPanel, signIn } from './support/inbox';

interface Message {
  body: string;
  kind: string;
}

test('an expired room only offers the template path; a template is sent once', async ({ page, request }, testInfo) => {
  const session = await signIn(page, request, AGENT, '/?tab=unassigned');

  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const filters = page.getByRole('dialog', { name: 'Filter percakapan' });
  await filters.getByRole('checkbox', { name: /Kedaluwarsa/ }).check();
  await filters.getByRole('checkbox', { name: /WhatsApp Toko Nusantara/ }).check();
  await filters.getByRole('button', { name: 'Terapkan' }).click();
  await expect(page).toHaveURL(/session=expired/);

  const rows = roomList(page).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Kedaluwarsa');

  await rows.first().getByRole('link').click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: 'Jendela balasan sudah tertutup' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Balasan' })).toHaveCount(0);
  const roomId = new URL(page.url()).searchParams.get('room');

  await panel.getByRole('button', { name: 'Kirim template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kirim template' });
  await dialog.getByRole('radio', { name: /order_shipped/ }).check();
  const resi = `RESI-${Date.now()}`;
  // Labelled with the template's examples; "Halo {{1}}" starts with the contact's name.
  const name = dialog.getByRole('textbox', { name: 'Isian 1 · contoh: Siti' });
  await expect(name).not.toHaveValue('');
  await name.fill('Kak Siti');
  await dialog.getByRole('textbox', { name: 'Isian 2 · contoh: ORD-482913' }).fill('ORD-123456');
  await dialog.getByRole('textbox', { name: 'Isian 3 · contoh: JNE1234567890' }).fill(resi);
  await expect(dialog.getByTestId('template-preview')).toContainText(`Halo Kak Siti, pesanan ORD-123456 sudah kami kirim. Lacak paket Anda dengan nomor resi ${resi}.`);
  await page.screenshot({ path: testInfo.outputPath('expired-room-template-dialog.png') });

  await dialog.getByRole('button', { name: 'Kirim template' }).dblclick();
  await expect(dialog).toBeHidden();

  const sent = panel.getByRole('listitem').filter({ hasText: resi });
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText('Template');
  // Still expired: a template does not reopen the window.
  await expect(panel.getByRole('heading', { name: 'Jendela balasan sudah tertutup' })).toBeVisible();

  const stored = await apiGet<{ items: Message[] }>(request, session, `/rooms/${roomId}/messages?limit=20`);
  expect(stored.items.filter((message) => message.body.includes(resi))).toHaveLength(1);
});
