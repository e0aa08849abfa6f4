import { expect, test } from '@playwright/test';
import { apiPost, signIn, SUPERVISOR, tab } from './support/inbox';

test('a supervisor resolves all expired rooms, the count matches, the Expired filter empties, and Undo restores them', async ({
  page,
  request,
}, testInfo) => {
  const session = await signIn(page, request, SUPERVISOR);

  await page.getByRole('button', { name: 'Selesaikan kedaluwarsa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Selesaikan semua percakapan kedaluwarsa' });
  await expect(dialog.getByRole('checkbox', { name: 'Sertakan yang belum ditugaskan' })).toBeChecked();
  const total = dialog.getByTestId('resolve-all-total');
  await expect(total).toContainText(/\d+ percakapan/);
  const expected = Number((await total.textContent())!.replace(/\D/g, ''));
  expect(expected).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('resolve-all-dialog.png') });

  const resolved = page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/rooms/resolve-expired') && response.request().method() === 'POST' && !response.request().postData()?.includes('"dryRun":true'),
  );
  await dialog.getByRole('button', { name: `Selesaikan ${expected} percakapan` }).click();
  const { batchId } = (await (await resolved).json()) as { batchId: string };
  // Whatever happens below, leave the demo data as it was for the other specs.
  let undone = false;
  try {
    const notice = page.getByRole('status').filter({ hasText: 'percakapan kedaluwarsa telah diselesaikan' });
    await expect(notice).toContainText(`${expected} percakapan kedaluwarsa telah diselesaikan.`);

    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByRole('dialog', { name: 'Filter percakapan' }).getByRole('checkbox', { name: /Kedaluwarsa/ }).check();
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(tab(page, /Belum ditugaskan/).getByTestId('tab-count-unassigned')).toHaveText('0');
    await expect(tab(page, /^\S+\s*Ditugaskan/).getByTestId('tab-count-assigned')).toHaveText('0');
    await tab(page, /^\S+\s*Ditugaskan/).click();
    await expect(page.getByText('Tidak ada percakapan yang cocok dengan filter ini.')).toBeVisible();
    const after = await apiPost<{ resolvedCount: number }>(request, session, '/rooms/resolve-expired', { dryRun: true });
    expect(after.resolvedCount).toBe(0);

    await notice.getByRole('button', { name: 'Urungkan' }).click();
    undone = true;
    await expect(page.getByRole('status').filter({ hasText: 'dibuka kembali' })).toContainText(`${expected} percakapan dibuka kembali.`);
    await expect(tab(page, /^\S+\s*Ditugaskan/).getByTestId('tab-count-assigned')).not.toHaveText('0');
    const restored = await apiPost<{ resolvedCount: number }>(request, session, '/rooms/resolve-expired', { dryRun: true });
    expect(restored.resolvedCount).toBe(expected);
  } finally {
    if (!undone) await apiPost(request, session, `/rooms/resolve-expired/${batchId}/undo`, {});
  }
});
