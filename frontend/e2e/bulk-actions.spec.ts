import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { AGENT, customerWrites, roomList, roomPanel, signIn, SUPERVISOR, tab } from './support/inbox';

// Several rooms at once, and a hand-over between two agents (issue 14).
const COLLEAGUE = 'agent2@nusantara.test';

async function newPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'id-ID', viewport: { width: 1440, height: 900 } });
  return context.newPage();
}

test('three rooms ticked and resolved together leave the list, and Undo brings them back', async ({ page, request }) => {
  const rooms = [];
  for (const text of ['Kak, paket saya di mana?', 'Bisa tukar ukuran?', 'Apakah ada diskon?']) {
    rooms.push(await customerWrites(request, text));
  }
  const names = rooms.map((room) => room.contactName);
  await signIn(page, request, SUPERVISOR, '/?tab=unassigned');
  await expect(tab(page, /Belum ditugaskan/)).toHaveAttribute('aria-selected', 'true');
  const list = roomList(page);
  for (const name of names) await expect(list.getByRole('link', { name: new RegExp(name) })).toBeVisible();

  // the newest first: a shift-click from the oldest of the three to the newest ticks all three
  await list.getByRole('checkbox', { name: `Pilih ${names[0]}` }).click();
  await list.getByRole('checkbox', { name: `Pilih ${names[2]}` }).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('toolbar', { name: 'Tindakan untuk percakapan terpilih' });
  await expect(bar.getByRole('status')).toHaveText('3 dipilih');
  for (const name of names) await expect(list.getByRole('checkbox', { name: `Pilih ${name}` })).toBeChecked();

  await bar.getByRole('button', { name: 'Selesaikan' }).click();
  const notice = page.getByRole('status').filter({ hasText: '3 percakapan diselesaikan' });
  await expect(notice).toBeVisible();
  await expect(bar).toBeHidden();
  for (const name of names) await expect(list.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 percakapan dikembalikan seperti semula' })).toBeVisible();
  for (const name of names) await expect(list.getByRole('link', { name: new RegExp(name) })).toBeVisible();
});

test('a room handed over with a note becomes the colleague’s, who is told and reads the note', async ({ browser, request }, testInfo) => {
  const { roomId, contactName } = await customerWrites(request, 'Kak, pesanan saya salah warna');
  const budi = await newPage(browser, testInfo);
  const dewi = await newPage(browser, testInfo);
  try {
    await signIn(budi, request, AGENT, `/?room=${roomId}`);
    await signIn(dewi, request, COLLEAGUE);
    const budiPanel = roomPanel(budi);
    await budiPanel.getByRole('button', { name: 'Ambil percakapan' }).click();
    await expect(budiPanel.getByText('Budi Santoso (Anda)')).toBeVisible();

    await budiPanel.getByRole('button', { name: 'Serahkan' }).click();
    const dialog = budi.getByRole('dialog', { name: 'Serahkan percakapan' });
    await dialog.getByRole('searchbox', { name: 'Cari rekan' }).fill('dew');
    await dialog.getByRole('radio', { name: 'Dewi Lestari' }).check();
    const note = `Pelanggan minta tukar ke warna biru (${Date.now()})`;
    await dialog.getByRole('textbox', { name: 'Catatan untuk rekan (opsional)' }).fill(note);
    await dialog.getByRole('button', { name: 'Serahkan' }).click();
    await expect(dialog).toBeHidden();
    await expect(budi.getByRole('status').filter({ hasText: 'Percakapan diserahkan ke Dewi Lestari.' })).toBeVisible();

    const told = dewi.getByRole('status').filter({ hasText: 'Budi Santoso menyerahkan percakapan kepada Anda' });
    await expect(told).toContainText(note);
    await told.getByRole('button', { name: 'Buka' }).click();
    const dewiPanel = roomPanel(dewi);
    await expect(dewiPanel.getByRole('heading', { name: contactName })).toBeVisible();
    await expect(dewiPanel.getByText('Dewi Lestari (Anda)')).toBeVisible();
    await expect(dewiPanel.getByText(`Budi Santoso menyerahkan percakapan ke Dewi Lestari: ${note}`)).toBeVisible();
  } finally {
    await budi.context().close();
    await dewi.context().close();
  }
});
