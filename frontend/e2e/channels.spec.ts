import { expect, test } from '@playwright/test';
import { signIn, SUPERVISOR } from './support/inbox';

// The e2e stack has no Graph API stand-in, so nothing here talks to WhatsApp: connecting only stores the
// number and its encrypted token, and disconnecting deletes the token.
test('a supervisor connects a WhatsApp number, sees it listed, then disconnects it', async ({ page, request }, testInfo) => {
  const unique = Date.now().toString();
  const name = `WhatsApp Uji ${unique}`;
  const phoneNumberId = `1065${unique}`;

  await signIn(page, request, SUPERVISOR);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Saluran' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saluran' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Callback URL' })).toHaveValue(/\/webhooks\/whatsapp$/);

  // A phone number instead of its id is refused next to the field; then the right id connects.
  await page.getByRole('button', { name: 'Hubungkan nomor WhatsApp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hubungkan nomor WhatsApp' });
  await dialog.getByLabel('Nama').fill(name);
  await dialog.getByLabel('ID nomor telepon').fill('+62 812 3456 7890');
  await dialog.getByLabel('ID WhatsApp Business Account (opsional)').fill('102290129340398');
  await dialog.getByLabel('Token akses').fill(`EAAG-e2e-${unique}`);
  await dialog.getByRole('button', { name: 'Hubungkan' }).click();
  await expect(dialog.getByText('ID nomor telepon berupa angka hingga 30 digit (bukan nomor teleponnya).')).toBeVisible();
  await dialog.getByLabel('ID nomor telepon').fill(phoneNumberId);
  await dialog.getByRole('button', { name: 'Hubungkan' }).click();

  await expect(page.getByRole('status')).toHaveText(`${name} terhubung. Berikan URL webhook di atas kepada Meta jika belum.`);
  const item = page.getByRole('listitem', { name });
  await expect(item).toContainText('WhatsApp Cloud API');
  await expect(item).toContainText(phoneNumberId);
  await expect(item).toContainText('Terhubung');
  await expect(item).not.toContainText(`EAAG-e2e-${unique}`);
  await page.screenshot({ path: testInfo.outputPath('channels-page.png'), fullPage: true });

  await item.getByRole('button', { name: `Putuskan ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Putuskan ${name}?` });
  await expect(confirm).toContainText('akan gagal');
  await confirm.getByRole('button', { name: 'Putuskan' }).click();

  await expect(page.getByRole('status')).toHaveText(`${name} telah diputuskan.`);
  await expect(item).toContainText('Terputus');
  await expect(item.getByRole('button')).toHaveCount(0);
});
