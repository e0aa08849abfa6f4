import { expect, test } from '@playwright/test';
import { AGENT, apiGet, apiLogin, apiPost, inbound, roomList, roomPanel, signIn, SUPERVISOR } from './support/inbox';

interface Channel {
  id: number;
  kind: string;
  name: string;
}

test('the contact panel lists the same person’s room on another channel, opens it, and keeps edited notes', async ({ page, request }) => {
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-8);
  const phone = `+62858${unique}`;
  const onWhatsApp = `Rina WA ${unique}`;
  const onEmail = `Rina Surel ${unique}`;
  const supervisor = await apiLogin(request, SUPERVISOR);
  const channels = await apiGet<{ items: Channel[] }>(request, supervisor, '/channels');
  const email = channels.items.find((channel) => channel.kind === 'EMAIL');
  expect(email, 'the demo company has an e-mail channel').toBeDefined();
  // The same customer, with the same phone number, on WhatsApp and by e-mail: two contacts, one person.
  await inbound(request, { externalId: `wa-${unique}`, name: onWhatsApp, phone }, 'Halo, saya pesan lewat WhatsApp');
  await apiPost(request, supervisor, '/inbound/messages', {
    channelId: email!.id,
    contact: { externalId: `rina-${unique}@mail.test`, name: onEmail, phone },
    text: 'Halo, ini pesanan kedua saya lewat surel',
  });

  await signIn(page, request, AGENT);
  await roomList(page).getByRole('link', { name: new RegExp(onWhatsApp) }).click();
  await roomPanel(page).getByRole('button', { name: 'Info kontak' }).click();
  const contact = page.getByRole('complementary', { name: 'Info kontak' });
  await expect(contact.getByText(phone)).toBeVisible();
  const others = contact.getByRole('region', { name: 'Percakapan lain' });
  await expect(others.getByText('Halo, ini pesanan kedua saya lewat surel')).toBeVisible();

  await others.getByRole('button', { name: new RegExp(email!.name) }).click();
  await expect(roomPanel(page).getByRole('heading', { name: onEmail })).toBeVisible();
  await expect(contact.getByRole('region', { name: 'Percakapan lain' }).getByText('Halo, saya pesan lewat WhatsApp')).toBeVisible();

  const notes = `Pelanggan grosir, minta faktur (${unique})`;
  await contact.getByRole('textbox', { name: 'Catatan' }).fill(notes);
  await contact.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Info kontak disimpan.')).toBeVisible();

  await page.reload();
  // The panel stays open for this user, and the notes were stored.
  await expect(page.getByRole('complementary', { name: 'Info kontak' }).getByRole('textbox', { name: 'Catatan' })).toHaveValue(notes);
});
