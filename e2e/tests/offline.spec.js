import { test, expect } from './fixtures.js';

test('the page carries a strict CSP with no inline script', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  const inlineScripts = await page.locator('script:not([src])').count();
  expect(inlineScripts).toBe(0);
  await expect(page.getByTestId('entry').first()).toBeVisible();
});

test('after the first visit the app opens offline, on any route', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByTestId('entry').first()).toBeVisible();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect(page.getByTestId('entry').first()).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('result-count')).not.toHaveText('0');
  await page.goto('./hub/osakasayama');
  await expect(page.getByTestId('hub-page')).toHaveAttribute('data-hub', 'osakasayama');
  await context.setOffline(false);
});
