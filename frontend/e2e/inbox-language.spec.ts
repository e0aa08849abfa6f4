import { expect, test } from '@playwright/test';
import { AGENT, signIn } from './support/inbox';

test('switching to English and back survives a reload', async ({ page, request }, testInfo) => {
  await signIn(page, request, AGENT);

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('tab', { name: /Unassigned/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: /Unassigned/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resolve expired' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: testInfo.outputPath('inbox-english.png') });

  await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await expect(page.getByRole('tab', { name: /Belum ditugaskan/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: /Belum ditugaskan/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});
