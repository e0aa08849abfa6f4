import { expect, test } from '@playwright/test';
import { AGENT, apiLogin, apiGet, PASSWORD, roomList, tab } from './support/inbox';

interface Counts {
  tabs: { all: number; unassigned: number; assigned: number; resolved: number };
}

test('an agent signs in to their own and the unassigned rooms, with tab counts that match the API, and switches tabs', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/login');
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel('Email').fill(AGENT);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();

  await expect(roomList(page).getByRole('listitem').first()).toBeVisible();
  const session = await apiLogin(request, AGENT);
  // the start view: the agent's rooms and the unassigned ones, not resolved
  const me = await apiGet<{ id: number }>(request, session, '/me');
  await expect(page).toHaveURL(new RegExp(`\\?agent=${me.id}&agent=none$`));
  await expect(page.getByRole('button', { name: 'Filter 2' })).toBeVisible();
  const counts = await apiGet<Counts>(request, session, `/rooms/counts?agentId=${me.id}&agentId=none`);
  const format = (n: number) => new Intl.NumberFormat('id-ID').format(n);
  await expect(tab(page, /Semua/)).toContainText(format(counts.tabs.all));
  await expect(tab(page, /Belum ditugaskan/)).toContainText(format(counts.tabs.unassigned));
  await expect(tab(page, /^\S+\s*Ditugaskan/)).toContainText(format(counts.tabs.assigned));
  await expect(tab(page, /Selesai/)).toContainText(format(counts.tabs.resolved));
  await page.screenshot({ path: testInfo.outputPath('inbox-list.png') });

  await tab(page, /Belum ditugaskan/).click();
  await expect(tab(page, /Belum ditugaskan/)).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/tab=unassigned/);
  await expect(roomList(page).getByRole('listitem').first()).toContainText('Belum ditugaskan');

  await tab(page, /Selesai/).click();
  await expect(page).toHaveURL(/tab=resolved/);
  await expect(roomList(page).getByRole('listitem').first().getByRole('img', { name: 'Selesai' })).toBeVisible();

  await page.goBack();
  await expect(tab(page, /Belum ditugaskan/)).toHaveAttribute('aria-selected', 'true');
});
