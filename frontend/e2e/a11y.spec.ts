import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { AGENT, customerWrites, roomList, roomPanel, signIn, SUPERVISOR } from './support/inbox';

// axe-core on every screen and dialog an agent meets, on a desktop and on a phone.
for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('sign-in has no serious or critical accessibility violations', async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
      await expectNoSeriousViolations(page, 'sign-in');
    });

    test('the inbox, an open room and each dialog have no serious or critical accessibility violations', async ({ page, request }) => {
      const { contactName } = await customerWrites(request, 'Halo kak, apakah COD tersedia?');
      await signIn(page, request, SUPERVISOR);
      await expect(roomList(page).getByRole('listitem').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'the inbox');

      await page.getByRole('button', { name: 'Filter', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Filter percakapan' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the filter panel');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Filter percakapan' })).toHaveCount(0);

      await page.getByRole('button', { name: 'Selesaikan kedaluwarsa' }).click();
      const resolveAll = page.getByRole('dialog', { name: 'Selesaikan semua percakapan kedaluwarsa' });
      await expect(resolveAll.getByTestId('resolve-all-total')).toBeVisible();
      await expectNoSeriousViolations(page, 'the resolve-all dialog');
      await page.keyboard.press('Escape');
      await expect(resolveAll).toHaveCount(0);

      // the "?" key opens it at every width (a narrow list leaves the toolbar's "?" button out)
      await page.keyboard.press('?');
      const shortcuts = page.getByRole('dialog', { name: 'Pintasan keyboard' });
      await expect(shortcuts).toBeVisible();
      await expectNoSeriousViolations(page, 'the shortcuts help');
      await page.keyboard.press('Escape');
      await expect(shortcuts).toHaveCount(0);

      await roomList(page).getByRole('link', { name: new RegExp(contactName) }).click();
      const panel = roomPanel(page);
      await expect(panel.getByRole('heading', { name: contactName })).toBeVisible();
      await expectNoSeriousViolations(page, 'an open room');

      await panel.getByRole('button', { name: 'Kirim template' }).click();
      const template = page.getByRole('dialog', { name: 'Kirim template' });
      await template.getByRole('radio', { name: /order_shipped/ }).check();
      await expect(template.getByTestId('template-preview')).toBeVisible();
      await expectNoSeriousViolations(page, 'the template dialog');
      await page.keyboard.press('Escape');
      await expect(template).toHaveCount(0);
    });

    test("an agent's everyday tools have no serious or critical accessibility violations", async ({ page, request }) => {
      const { contactName } = await customerWrites(request, 'Halo kak, paket saya belum sampai');
      await signIn(page, request, AGENT);
      const list = roomList(page);
      await expect(list.getByRole('link', { name: new RegExp(contactName) })).toBeVisible();

      await list.getByRole('checkbox', { name: `Pilih ${contactName}` }).check();
      const bulk = page.getByRole('toolbar', { name: 'Tindakan untuk percakapan terpilih' });
      await expect(bulk.getByRole('status')).toHaveText('1 dipilih');
      await expectNoSeriousViolations(page, 'the bulk bar');
      await bulk.getByRole('button', { name: 'Batalkan pilihan' }).click();
      await expect(bulk).toHaveCount(0);

      const bell = page.getByRole('button', { name: /^Sebutan/ });
      await bell.click();
      await expect(page.getByRole('region', { name: 'Sebutan untuk Anda' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the mentions');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('region', { name: 'Sebutan untuk Anda' })).toHaveCount(0);

      await list.getByRole('link', { name: new RegExp(contactName) }).click();
      const panel = roomPanel(page);
      await expect(panel.getByRole('heading', { name: contactName })).toBeVisible();
      await panel.getByRole('textbox', { name: 'Balasan' }).fill('/');
      await expect(panel.getByRole('listbox', { name: 'Balasan cepat' }).getByRole('option').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'the canned replies in the composer');
      await panel.getByRole('textbox', { name: 'Balasan' }).fill('');

      await panel.getByRole('button', { name: 'Catatan internal' }).click();
      await expect(panel.getByText('Hanya tim yang melihat catatan ini')).toBeVisible();
      await expectNoSeriousViolations(page, 'the private note composer');
      await panel.getByRole('button', { name: 'Balas' }).click();

      await panel.getByRole('button', { name: 'Ambil percakapan' }).click();
      await expect(panel.getByText('Budi Santoso (Anda)')).toBeVisible();
      await panel.getByRole('button', { name: 'Serahkan' }).click();
      const handover = page.getByRole('dialog', { name: 'Serahkan percakapan' });
      await expect(handover.getByRole('radio', { name: 'Dewi Lestari' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the hand-over dialog');
      await page.keyboard.press('Escape');
      await expect(handover).toHaveCount(0);

      await panel.getByRole('button', { name: 'Info kontak' }).click();
      const contact = page.getByRole('complementary', { name: 'Info kontak' });
      await expect(contact.getByRole('textbox', { name: 'Catatan' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the contact panel');
    });

    test('the canned replies page has no serious or critical accessibility violations', async ({ page, request }) => {
      await signIn(page, request, AGENT, '/canned-replies');
      await expect(page.getByRole('row', { name: '/salam' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the canned replies page');
      await page.getByRole('button', { name: 'Tambah balasan cepat' }).click();
      await expect(page.getByRole('dialog', { name: 'Tambah balasan cepat' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the canned reply dialog');
    });

    test("a supervisor's Team and Channels pages have no serious or critical accessibility violations", async ({ page, request }) => {
      await signIn(page, request, SUPERVISOR, '/team');
      await page.getByRole('button', { name: 'Tambah pengguna' }).click();
      await expect(page.getByRole('dialog', { name: 'Tambah pengguna' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the add-user dialog on the Team page');
      await page.keyboard.press('Escape');

      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Saluran' }).click();
      await page.getByRole('button', { name: 'Hubungkan nomor WhatsApp' }).click();
      await expect(page.getByRole('dialog', { name: 'Hubungkan nomor WhatsApp' })).toBeVisible();
      await expectNoSeriousViolations(page, 'the connect dialog on the Channels page');
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the list and the room are two screens: opening a room shows it full width, Back returns to the list', async ({ page, request }) => {
    const { contactName, roomId } = await customerWrites(request, 'Halo, saya mau tanya ongkir');
    await signIn(page, request, AGENT);

    await roomList(page).getByRole('link', { name: new RegExp(contactName) }).click();
    const panel = roomPanel(page);
    await expect(panel.getByRole('heading', { name: contactName })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`room=${roomId}`));
    await expect(roomList(page)).toBeHidden();
    const box = await panel.boundingBox();
    expect(box?.width).toBe(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

    await panel.getByRole('button', { name: 'Kembali' }).click();
    await expect(page).not.toHaveURL(/room=/);
    await expect(roomList(page).getByRole('link', { name: new RegExp(contactName) })).toBeVisible();

    await page.goBack();
    await expect(panel.getByRole('heading', { name: contactName })).toBeVisible();
    await expect(roomList(page)).toBeHidden();
  });
});
