import { test, expect } from './fixtures';

test('the built renderer loads, shows the app shell and reaches the real api', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const info = await page.evaluate(() => window.copydesk.getAppInfo());
  expect(info.ok).toBe(true);
  if (info.ok) expect(info.value.storeDir).toBe(bridge.storeDir);
});

test('a method called with a bad argument is refused by main, not run', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const result = await page.evaluate(() =>
    (
      window.copydesk.getIssue as unknown as (
        id: unknown,
      ) => Promise<{ ok: boolean; error?: { code: string } }>
    )(42),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});
