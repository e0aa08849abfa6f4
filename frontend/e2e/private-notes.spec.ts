import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { AGENT, apiGet, roomList, roomPanel, signIn } from './support/inbox';
import { customerWritesOnWhatsApp, sendsTo } from './support/whatsapp';

// A private note in a WhatsApp room (issue 14): the team sees it, the customer never gets it, and the
// colleague it mentions is told at once in their own browser and can open the room at the note.
const COLLEAGUE = 'agent2@nusantara.test';

async function agentPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'id-ID', viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

test('a note mentioning a colleague never reaches WhatsApp, and the colleague is notified and opens it', async ({ browser, request }, testInfo) => {
  const customer = await customerWritesOnWhatsApp(request, `Minta faktur pesanan kemarin ya (${Date.now()})`);
  const budi = await agentPage(browser, testInfo);
  const dewi = await agentPage(browser, testInfo);
  try {
    const dewiSession = await signIn(dewi, request, COLLEAGUE);
    const { unreadCount: unreadBefore } = await apiGet<{ unreadCount: number }>(request, dewiSession, '/mentions');
    const bell = dewi.getByRole('button', { name: /^Sebutan/ });
    await expect(bell).toHaveAccessibleName(unreadBefore ? `Sebutan, ${unreadBefore} belum dibaca` : 'Sebutan');

    await signIn(budi, request, AGENT);
    await roomList(budi).getByRole('link', { name: new RegExp(customer.name) }).click();
    const panel = roomPanel(budi);
    await expect(panel.getByRole('heading', { name: customer.name })).toBeVisible();

    await panel.getByRole('button', { name: 'Catatan internal' }).click();
    await expect(panel.getByText('Hanya tim yang melihat catatan ini')).toBeVisible();
    const box = panel.getByRole('textbox', { name: 'Catatan internal' });
    await box.pressSequentially('@Dew');
    await panel.getByRole('option', { name: 'Dewi Lestari' }).click();
    const text = `tolong kirim fakturnya (${Date.now()})`;
    await box.pressSequentially(text);
    await box.press('Enter');
    const note = panel.getByRole('listitem').filter({ hasText: text });
    await expect(note).toBeVisible();
    await expect(note.getByText('Catatan internal · Budi Santoso')).toBeVisible();
    await expect(note.locator('mark', { hasText: '@Dewi Lestari' })).toBeVisible();
    await budi.screenshot({ path: testInfo.outputPath('private-note.png') });

    // Dewi is told at once: a toast and the bell's count
    await expect(dewi.getByRole('status').filter({ hasText: `Budi Santoso menyebut Anda di percakapan ${customer.name}` })).toBeVisible();
    await expect(bell).toHaveAccessibleName(`Sebutan, ${unreadBefore + 1} belum dibaca`);
    await bell.click();
    await dewi.getByRole('region', { name: 'Sebutan untuk Anda' }).getByRole('button', { name: new RegExp(customer.name) }).first().click();
    const dewiPanel = roomPanel(dewi);
    await expect(dewiPanel.getByRole('heading', { name: customer.name })).toBeVisible();
    await expect(dewiPanel.getByRole('listitem').filter({ hasText: text })).toHaveAttribute('data-highlighted', 'true');
    await expect(bell).toHaveAccessibleName(unreadBefore ? `Sebutan, ${unreadBefore} belum dibaca` : 'Sebutan');

    // A reply sent after the note reaches the Graph stand-in; the note never does.
    await panel.getByRole('button', { name: 'Balas' }).click();
    const reply = `Baik kak, fakturnya kami kirim hari ini (${Date.now()})`;
    await panel.getByRole('textbox', { name: 'Balasan' }).fill(reply);
    await panel.getByRole('textbox', { name: 'Balasan' }).press('Enter');
    await expect(panel.getByRole('listitem').filter({ hasText: reply }).getByRole('img', { name: 'Terkirim', exact: true })).toBeVisible();
    expect((await sendsTo(request, customer.waId)).map((send) => send.text)).toEqual([reply]);
  } finally {
    await budi.context().close();
    await dewi.context().close();
  }
});
