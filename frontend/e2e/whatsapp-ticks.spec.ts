import { expect, test } from '@playwright/test';
import { AGENT, roomList, roomPanel, signIn } from './support/inbox';
import { customerWritesOnWhatsApp, sendsTo, tick } from './support/whatsapp';

// The real WhatsApp path end to end: a signed webhook brings the customer's message, the reply leaves
// through the outbox relay and the Graph API client (to the stand-in), and Meta's status webhooks move
// its tick forward on the open page.
test("a WhatsApp customer's message arrives by webhook; the reply's ticks follow Meta's statuses", async ({ page, request }) => {
  const text = `Halo, pesanan saya sudah dikirim? (${Date.now()})`;
  const customer = await customerWritesOnWhatsApp(request, text);
  await signIn(page, request, AGENT);

  await roomList(page).getByRole('link', { name: new RegExp(customer.name) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: customer.name })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: text })).toBeVisible();

  const reply = `Sudah kak, paketnya dikirim hari ini (${Date.now()})`;
  await panel.getByRole('textbox', { name: 'Balasan' }).fill(reply);
  await panel.getByRole('textbox', { name: 'Balasan' }).press('Enter');
  const message = panel.getByRole('listitem').filter({ hasText: reply });

  // one tick once the Graph API accepted it (the relay stored its wamid)
  await expect(message.getByRole('img', { name: 'Terkirim', exact: true })).toBeVisible();
  const sent = await sendsTo(request, customer.waId);
  expect(sent.map((s) => s.text)).toEqual([reply]);

  await tick(request, customer.waId, 'sent');
  await tick(request, customer.waId, 'delivered');
  await expect(message.getByRole('img', { name: 'Diterima', exact: true })).toBeVisible();
  await tick(request, customer.waId, 'read');
  await expect(message.getByRole('img', { name: 'Dibaca', exact: true })).toBeVisible();
  await expect(message.getByRole('img', { name: 'Diterima', exact: true })).toHaveCount(0);
});
