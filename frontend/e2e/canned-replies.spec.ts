import { expect, test } from '@playwright/test';
import { AGENT, SUPERVISOR, roomList, roomPanel, signIn } from './support/inbox';
import { customerWritesOnWhatsApp, sendsTo } from './support/whatsapp';

// Canned replies end to end: a supervisor saves a company-wide reply in the SPA; an agent answering a
// WhatsApp customer types / and its shortcut, picks it, and the customer receives the text with their
// name filled in, exactly as the composer showed it (what the Graph API stand-in was asked to send).
test("a company-wide canned reply picked with / goes out with the contact's name filled in", async ({ page, browser, request }, testInfo) => {
  const shortcut = `sapa-${Date.now().toString(36)}`;
  const supervisor = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'id-ID' });
  const supervisorPage = await supervisor.newPage();
  await signIn(supervisorPage, request, SUPERVISOR);
  await supervisorPage.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Balasan cepat' }).click();
  await supervisorPage.getByRole('button', { name: 'Tambah balasan cepat' }).click();
  const dialog = supervisorPage.getByRole('dialog', { name: 'Tambah balasan cepat' });
  await dialog.getByRole('textbox', { name: 'Pintasan' }).fill(shortcut);
  await dialog.getByRole('textbox', { name: 'Teks' }).fill('Halo {{contact.name}}, pesanan Anda sedang kami siapkan.');
  await expect(dialog.getByRole('combobox', { name: 'Cakupan' })).toHaveValue('COMPANY');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(supervisorPage.getByText(`Balasan cepat /${shortcut} telah disimpan.`)).toBeVisible();
  await expect(supervisorPage.getByRole('row', { name: `/${shortcut}` })).toBeVisible();
  await supervisor.close();

  const customer = await customerWritesOnWhatsApp(request, `Halo, pesanan saya bagaimana? (${Date.now()})`);
  await signIn(page, request, AGENT);
  await roomList(page).getByRole('link', { name: new RegExp(customer.name) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: customer.name })).toBeVisible();

  const box = panel.getByRole('textbox', { name: 'Balasan' });
  await box.pressSequentially(`/${shortcut}`);
  const option = panel.getByRole('listbox', { name: 'Balasan cepat' }).getByRole('option', { name: new RegExp(`/${shortcut}`) });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');

  const expected = `Halo ${customer.name}, pesanan Anda sedang kami siapkan.`;
  await expect(box).toHaveValue(expected);
  await expect(panel.getByRole('listbox', { name: 'Balasan cepat' })).toHaveCount(0);
  await box.press('Enter');

  await expect(panel.getByRole('listitem').filter({ hasText: expected })).toBeVisible();
  await expect.poll(async () => (await sendsTo(request, customer.waId)).map((send) => send.text)).toEqual([expected]);
});
