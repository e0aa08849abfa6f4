import { expect, test } from '@playwright/test';

// Runs against the real API with the demo data (see the repository README).
const agent = { email: 'agent1@nusantara.test', password: 'inbox-demo' };

test.beforeEach(async ({ page }) => {
  // Every test starts signed out and in the default language (Indonesian).
  await page.goto('/login');
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
});

test('an agent signs in, stays signed in on reload, and signs out', async ({ page }) => {
  await page.getByLabel('Email').fill(agent.email);
  await page.getByLabel('Kata sandi').fill(agent.password);
  await page.getByRole('button', { name: 'Masuk' }).click();

  const header = page.getByRole('banner');
  // an agent lands on the inbox's start view: their own rooms and the unassigned ones
  await expect(page).toHaveURL(/\/\?agent=\d+&agent=none$/);
  await expect(header.getByText('Budi Santoso')).toBeVisible();
  await expect(header.getByText('Toko Nusantara')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak masuk' })).toBeAttached();

  await page.reload();
  await expect(header.getByText('Budi Santoso')).toBeVisible();
  await expect(header.getByText('Toko Nusantara')).toBeVisible();

  await page.getByRole('button', { name: /Budi Santoso/ }).click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Masuk ke akun Anda' })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
});
