import { expect, test, type Locator } from '@playwright/test';
import { AGENT, roomList, roomPanel, signIn } from './support/inbox';
import { customerSendsFileOnWhatsApp, sameCustomerSendsFile, sendsTo, tick } from './support/whatsapp';

// Files on the real WhatsApp path: a signed webhook names a media id, the API fetches the bytes from the
// Graph API (the stand-in) when the SPA asks for them (GET /api/v1/messages/{id}/media), checks them against
// the webhook's sha256 and the SPA shows them: images inline, documents as a download button.

/** The <img> has loaded and decoded real pixels (an object URL of the fetched file), not just been inserted. */
async function expectDecoded(image: Locator) {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

// The demo PNG the stand-in serves, as the agent's own upload from the composer.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAAcUlEQVR42u3ZsQ2AIABEUZZxBndwDtawsbZmDsdwEuagJxTSGIWX'
    + '/PaKV19Y0vHrAgAAAAAAAAAAAAAAwASAFNfXAmh17dvz8n1Wdc0BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL4B8JEBAAAAAAAADAcoOQhlHOmvpJ8AAAAASUVORK5CYII=',
  'base64',
);

test('an image from a customer shows inline; a document shows its download button', async ({ page, request }) => {
  const caption = `Ini foto paketnya, kardusnya penyok (${Date.now()})`;
  const customer = await customerSendsFileOnWhatsApp(request, { image: { caption } });
  const filename = `faktur-${Date.now()}.pdf`;
  await sameCustomerSendsFile(request, customer, { document: { filename } });
  await signIn(page, request, AGENT);

  await roomList(page).getByRole('link', { name: new RegExp(customer.name) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: customer.name })).toBeVisible();

  const imageMessage = panel.getByRole('listitem').filter({ hasText: caption });
  await expectDecoded(imageMessage.getByRole('img', { name: caption }));

  const documentMessage = panel.getByRole('listitem').filter({ hasText: filename });
  await expect(documentMessage.getByRole('button', { name: `Buka ${filename}` })).toBeVisible();

  await page.screenshot({ path: test.info().outputPath('customer-image.png') });
});

test("an agent's attachment from the composer appears in the conversation with its ticks", async ({ page, request }) => {
  const customer = await customerSendsFileOnWhatsApp(request, { image: { caption: `Foto produk (${Date.now()})` } });
  await signIn(page, request, AGENT);
  await roomList(page).getByRole('link', { name: new RegExp(customer.name) }).click();
  const panel = roomPanel(page);
  await expect(panel.getByRole('heading', { name: customer.name })).toBeVisible();

  // the paperclip opens the file picker; the picked file shows as a chip and the text becomes its caption
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Lampirkan berkas' }).click();
  await (await chooser).setFiles({ name: 'paket-baru.png', mimeType: 'image/png', buffer: PNG });
  await expect(panel.getByText('paket-baru.png')).toBeVisible();
  const caption = `Ini pengganti paketnya, kak (${Date.now()})`;
  await panel.getByRole('textbox', { name: 'Balasan' }).fill(caption);
  await panel.getByRole('textbox', { name: 'Balasan' }).press('Enter');

  const message = panel.getByRole('listitem').filter({ hasText: caption });
  await expectDecoded(message.getByRole('img', { name: caption }));
  // one tick once the Graph API took the upload and the send
  await expect(message.getByRole('img', { name: 'Terkirim', exact: true })).toBeVisible();
  const sent = await sendsTo(request, customer.waId);
  expect(sent.map((s) => s.type)).toEqual(['image']);

  await tick(request, customer.waId, 'sent');
  await tick(request, customer.waId, 'delivered');
  await expect(message.getByRole('img', { name: 'Diterima', exact: true })).toBeVisible();
  await tick(request, customer.waId, 'read');
  await expect(message.getByRole('img', { name: 'Dibaca', exact: true })).toBeVisible();

  await page.screenshot({ path: test.info().outputPath('agent-image.png') });
});
