import { expect, test } from '@playwright/test';
import { AGENT, roomList, roomPanel, signIn } from './support/inbox';
import { customerWritesOnWhatsApp, failNextSend, sendsTo } from './support/whatsapp';

// Meta accepts the send, then reports it failed (131026, undeliverable) by a status webhook: the agent
// sees why, in their language with Meta's code, and sends it again with one click.
test('a reply WhatsApp could not deliver shows the reason and a retry; the retry sends it', async ({ page, request }) => {
  const customer = await customerWritesOnWhatsApp(request, 'Kak, bisa cek pesanan saya?');
  await failNextSend(request, customer.waId, 131026);
  await signIn(page, request, AGENT);

  await roomList(page).getByRole('link', { name: new RegExp(customer.name) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: customer.name })).toBeVisible();
  const reply = `Baik kak, kami cek dulu ya (${Date.now()})`;
  await panel.getByRole('textbox', { name: 'Balasan' }).fill(reply);
  await panel.getByRole('textbox', { name: 'Balasan' }).press('Enter');
  const message = panel.getByRole('listitem').filter({ hasText: reply });

  await expect(message.getByRole('img', { name: 'Gagal terkirim', exact: true })).toBeVisible();
  await expect(message.getByText(/Pesan tidak dapat diantar/)).toBeVisible();
  await expect(message.getByText(/Kode 131026/)).toBeVisible();
  await expect(message.getByText(/Message undeliverable/)).toBeVisible();

  await message.getByRole('button', { name: 'Kirim ulang' }).click();
  await expect(message.getByRole('img', { name: 'Terkirim', exact: true })).toBeVisible();
  await expect(message.getByRole('button', { name: 'Kirim ulang' })).toHaveCount(0);
  await expect(message.getByText(/Pesan tidak dapat diantar/)).toHaveCount(0);
  const sends = await sendsTo(request, customer.waId);
  expect(sends.map((s) => s.outcome)).toEqual(['failed status code 131026', 'accepted']);
  expect(sends.map((s) => s.text)).toEqual([reply, reply]);
});
