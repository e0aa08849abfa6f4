import { expect, test, type Page } from '@playwright/test';
import { AGENT, PASSWORD, roomList } from './support/inbox';

// The e2e stack issues access tokens that live E2E_ACCESS_TOKEN_LIFETIME (20 s): long enough to
// load a page, short enough to watch the SPA renew one.

function storedSession(page: Page) {
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('inbox.session') ?? 'null') as { accessToken: string; expiresAt: string } | null);
}

test('a session outlives access-token expiries, and signing out ends it', async ({ page }) => {
  await page.goto('/login');
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel('Email').fill(AGENT);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(roomList(page).getByRole('listitem').first()).toBeVisible();

  const first = await storedSession(page);
  expect(first).not.toBeNull();
  // Wait, on what the page stores, until the SPA has renewed the token (before it ran out),
  // and again, so a renewal with the rotated refresh cookie works too.
  await expect.poll(async () => (await storedSession(page))?.accessToken, { timeout: 60_000 }).not.toBe(first!.accessToken);
  const second = await storedSession(page);
  await expect.poll(async () => (await storedSession(page))?.accessToken, { timeout: 60_000 }).not.toBe(second!.accessToken);
  expect(Date.parse((await storedSession(page))!.expiresAt)).toBeGreaterThan(Date.parse(first!.expiresAt));

  // Still signed in: something that needs the API works.
  await page.getByRole('tablist', { name: 'Status percakapan' }).getByRole('tab', { name: /Selesai/ }).click();
  await expect(page).toHaveURL(/tab=resolved/);
  await expect(roomList(page).getByRole('listitem').first().getByRole('img', { name: 'Selesai' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Masuk ke akun Anda' })).toHaveCount(0);

  // A reload after the stored token ran out is renewed by the refresh cookie, not sent to login.
  await page.evaluate(() => {
    const session = JSON.parse(window.localStorage.getItem('inbox.session')!) as { accessToken: string; expiresAt: string };
    window.localStorage.setItem('inbox.session', JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
  });
  await page.reload();
  await expect(roomList(page).getByRole('listitem').first()).toBeVisible();

  await page.getByRole('button', { name: /Budi Santoso/ }).click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Masuk ke akun Anda' })).toBeVisible();

  // The server session is over too: a reload (which tries the refresh cookie) stays signed out.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  expect(await storedSession(page)).toBeNull();
});
