import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { roomList, roomPanel, signIn, SUPERVISOR } from './support/inbox';

// The README's screenshots: `E2E_SCREENSHOTS=1 make test-e2e E2E_SPECS=e2e/screenshots.spec.ts` writes them to
// docs/screenshots/. Other runs skip this spec, so a test run never changes committed files.
const DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`inbox and an open room at ${viewport.width} px`, async ({ page, request }) => {
    test.skip(!process.env.E2E_SCREENSHOTS, 'only when E2E_SCREENSHOTS is set');
    mkdirSync(DIR, { recursive: true });
    await page.setViewportSize(viewport);
    await signIn(page, request, SUPERVISOR);
    const first = roomList(page).getByRole('link').first();
    await expect(first).toBeVisible();
    // Nothing wider than the window: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
    await page.screenshot({ path: `${DIR}inbox-${viewport.width}.png` });

    await first.click();
    // the conversation, not its loading state
    await expect(roomPanel(page).getByRole('listitem').first()).toBeVisible();
    await expect(roomPanel(page).getByText('Memuat…')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
    await page.screenshot({ path: `${DIR}room-${viewport.width}.png` });
  });
}
