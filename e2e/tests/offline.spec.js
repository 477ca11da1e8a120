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

test('the workbook worker is not fetched with the page, and once used it works offline', async ({ page, context }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('./import');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  const sw = await page.evaluate(async () => (await caches.keys()).length);
  expect(sw).toBeGreaterThan(0);
  expect(fetched.filter((p) => p.includes('workbook'))).toEqual([]);
  const cached = () => page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname);
    return names.filter((n) => n.includes('workbook'));
  });
  expect(await cached()).toEqual([]);
  const exported = () => Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  await exported();
  await expect.poll(cached).toEqual(expect.arrayContaining(['/workbook_loader.js', '/workbook.js', '/workbook_bg.wasm']));
  await context.setOffline(true);
  await page.reload();
  const [download] = await exported();
  expect(download.suggestedFilename()).toMatch(/^renkei-form-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await context.setOffline(false);
});
