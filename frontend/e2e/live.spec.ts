import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { AGENT, customerWrites, inbound, roomPanel, signIn } from './support/inbox';

// Two agents of Toko Nusantara, each in a browser of their own, on the live inbox (issue 13).
const COLLEAGUE = 'agent2@nusantara.test';

async function agentPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'id-ID', viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

test('a reply by one agent appears for the other without a reload, and the other keeps their draft', async ({ browser, request }, testInfo) => {
  const { roomId, contactName } = await customerWrites(request, 'Kak, ukuran L masih ada?');
  const budi = await agentPage(browser, testInfo);
  const dewi = await agentPage(browser, testInfo);
  try {
    await signIn(budi, request, AGENT, `/?room=${roomId}`);
    await signIn(dewi, request, COLLEAGUE, `/?room=${roomId}`);
    const dewiPanel = roomPanel(dewi);
    await expect(dewiPanel.getByRole('heading', { name: contactName })).toBeVisible();
    await dewiPanel.getByRole('textbox', { name: 'Balasan' }).fill('Draf Dewi');
    // Marks this page load: a reload would lose it.
    await dewi.evaluate(() => ((window as unknown as { loadMark: number }).loadMark = 1));

    const reply = `Masih ada kak, mau dipesan sekarang? (${Date.now()})`;
    const budiPanel = roomPanel(budi);
    await budiPanel.getByRole('textbox', { name: 'Balasan' }).fill(reply);
    await budiPanel.getByRole('textbox', { name: 'Balasan' }).press('Enter');
    await expect(budiPanel.getByRole('listitem').filter({ hasText: reply })).toHaveCount(1);

    await expect(dewiPanel.getByRole('listitem').filter({ hasText: reply })).toHaveCount(1);
    await expect(dewiPanel.getByText('Budi Santoso mengambil percakapan ini. Draf Anda tetap tersimpan.')).toBeVisible();
    await expect(dewiPanel.getByRole('textbox', { name: 'Balasan' })).toHaveValue('Draf Dewi');
    expect(await dewi.evaluate(() => (window as unknown as { loadMark?: number }).loadMark)).toBe(1);
  } finally {
    await budi.context().close();
    await dewi.context().close();
  }
});

test('presence: who else views a room and who types appears, and clears when they leave', async ({ browser, request }, testInfo) => {
  const { roomId, contactName } = await customerWrites(request, 'Halo, saya mau tanya ongkir');
  const budi = await agentPage(browser, testInfo);
  const dewi = await agentPage(browser, testInfo);
  try {
    await signIn(budi, request, AGENT, `/?room=${roomId}`);
    const budiPanel = roomPanel(budi);
    await expect(budiPanel.getByRole('heading', { name: contactName })).toBeVisible();

    await signIn(dewi, request, COLLEAGUE, `/?room=${roomId}`);
    await expect(budiPanel.getByRole('img', { name: 'Juga dilihat oleh Dewi Lestari' })).toBeVisible();
    await expect(budi.getByRole('link', { name: new RegExp(contactName) }).getByRole('img', { name: 'Juga dilihat oleh Dewi Lestari' })).toBeVisible();

    await roomPanel(dewi).getByRole('textbox', { name: 'Balasan' }).pressSequentially('Sebentar');
    await expect(budiPanel.getByText('Dewi Lestari sedang mengetik…')).toBeVisible();
    await budi.screenshot({ path: testInfo.outputPath('presence.png') });

    await roomPanel(dewi).getByRole('button', { name: 'Tutup percakapan' }).click();
    await expect(budiPanel.getByRole('img', { name: /Juga dilihat oleh/ })).toHaveCount(0);
  } finally {
    await budi.context().close();
    await dewi.context().close();
  }
});

test('a stale reply shows the newer message above the draft, keeps the draft, and sends anyway on one click', async ({ browser, request }, testInfo) => {
  const { roomId, customer } = await customerWrites(request, 'Pesanan ORD-77 kapan dikirim?');
  const budi = await agentPage(browser, testInfo);
  try {
    // Budi's screen gets no live updates (the stream cannot connect), as on a flaky connection.
    await budi.route('**/api/v1/events', (route) => route.abort());
    await signIn(budi, request, AGENT, `/?room=${roomId}`);
    const panel = roomPanel(budi);
    await expect(panel.getByText('Pesanan ORD-77 kapan dikirim?')).toBeVisible();
    await expect(budi.getByText('Menyambungkan ulang…')).toBeVisible();

    await panel.getByRole('textbox', { name: 'Balasan' }).fill('Hari ini kak');
    const later = `Eh, tolong kirim ke alamat kantor saja (${Date.now()})`;
    await inbound(request, customer, later);
    await panel.getByRole('textbox', { name: 'Balasan' }).press('Enter');

    const warning = panel.getByRole('region', { name: 'Pesan baru sebelum balasan Anda' });
    await expect(warning.getByText(later)).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Balasan' })).toHaveValue('Hari ini kak');
    await budi.screenshot({ path: testInfo.outputPath('stale-reply.png') });

    await warning.getByRole('button', { name: 'Tetap kirim' }).click();
    await expect(warning).toHaveCount(0);
    await expect(panel.getByRole('textbox', { name: 'Balasan' })).toHaveValue('');
    await expect(panel.getByRole('listitem').filter({ hasText: 'Hari ini kak' })).toHaveCount(1);
  } finally {
    await budi.context().close();
  }
});
