import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { roomList, roomPanel, signIn, SUPERVISOR } from './support/inbox';

// The page never scrolls sideways at three widths, inbox and open room. With E2E_SCREENSHOTS=1 the screenshots
// go to docs/screenshots/ (the README's); other runs keep them with the test's output, so a test run never
// changes committed files.
const README_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the inbox and an open room fit ${viewport.width} px without scrolling sideways`, async ({ page, request }) => {
    const DIR = process.env.E2E_SCREENSHOTS ? README_DIR : `${test.info().outputPath()}/`;
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
