import { expect, test } from '@playwright/test';
import { PASSWORD, roomList, SUPERVISOR } from './support/inbox';

// A fresh agent per run: the demo users stay active for the other specs.
test('a supervisor adds an agent, deactivates them, and the agent’s open inbox signs out', async ({ page, browser }, testInfo) => {
  const unique = Date.now().toString(36);
  const agent = { name: `Agen Uji ${unique}`, email: `agen-${unique}@nusantara.test`, password: `kopi-tubruk-${unique}` };

  // The supervisor signs in and adds the agent on the Team page.
  await page.goto('/login');
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel('Email').fill(SUPERVISOR);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tim' })).toBeVisible();

  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  await dialog.getByLabel('Nama').fill(agent.name);
  await dialog.getByLabel('Email').fill(agent.email);
  await dialog.getByLabel('Peran').selectOption('agent');
  await dialog.getByLabel('Kata sandi awal').fill(agent.password);
  await dialog.getByRole('button', { name: 'Tambah' }).click();
  await expect(page.getByRole('status')).toHaveText(`${agent.name} telah ditambahkan.`);
  const row = page.getByRole('row', { name: agent.name });
  await expect(row).toContainText('Aktif');
  await page.screenshot({ path: testInfo.outputPath('team-page.png'), fullPage: true });

  // The agent signs in in a browser of their own and keeps the inbox open.
  const agentContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'id-ID' });
  try {
    const agentPage = await agentContext.newPage();
    await agentPage.goto('/login');
    await agentPage.getByLabel('Email').fill(agent.email);
    await agentPage.getByLabel('Kata sandi').fill(agent.password);
    await agentPage.getByRole('button', { name: 'Masuk' }).click();
    await expect(agentPage.getByRole('banner')).toContainText(agent.name);
    await expect(roomList(agentPage).getByRole('listitem').first()).toBeVisible();

    // The supervisor deactivates the agent (after confirming).
    await row.getByRole('button', { name: `Nonaktifkan ${agent.name}` }).click();
    await page.getByRole('dialog', { name: `Nonaktifkan ${agent.name}?` }).getByRole('button', { name: 'Nonaktifkan' }).click();
    await expect(page.getByRole('status')).toHaveText(`${agent.name} telah dinonaktifkan.`);
    await expect(row).toContainText('Nonaktif');

    // The live stream ends with goodbye "deactivated": the open inbox falls back to the sign-in page by itself,
    // without waiting for the agent's next request (which the API would refuse too).
    await expect(agentPage.getByRole('heading', { name: 'Masuk ke akun Anda' })).toBeVisible();
    await expect(agentPage.getByRole('status')).toHaveText('Sesi Anda telah berakhir. Silakan masuk kembali.');
    await expect(agentPage).toHaveURL(/\/login$/);

    // Nor can they sign in again.
    await agentPage.getByLabel('Email').fill(agent.email);
    await agentPage.getByLabel('Kata sandi').fill(agent.password);
    await agentPage.getByRole('button', { name: 'Masuk' }).click();
    await expect(agentPage.getByRole('alert')).toBeVisible();
    await expect(agentPage).toHaveURL(/\/login$/);
  } finally {
    await agentContext.close();
  }
});
