import { test as plain, expect as plainExpect } from '@playwright/test';
import { test, expect } from './fixtures.js';

// Release builds carry the entries view, drawn at build time, in index.html (#prerender): the
// report is readable before the wasm app has loaded. These tests stop the wasm from loading
// (so the page logs a load error: they do not use the error-guarding fixture) to look at that
// copy alone.
const withoutApp = async (page) => page.route('**/*.wasm', (route) => route.abort());
const firstView = (page) => page.locator('#prerender');

plain('before the app loads, the first view shows the entries the app shows, with controls disabled', async ({ page, browser }) => {
  await withoutApp(page);
  await page.goto('/');
  await plainExpect(firstView(page)).toBeVisible();
  const shown = firstView(page).locator('article.entry');
  plainExpect(await shown.count()).toBeGreaterThan(0);
  await plainExpect(firstView(page).locator('input[type="search"]')).toBeDisabled();
  await plainExpect(firstView(page).getByRole('button').first()).toBeDisabled();
  // No test id in the copy: tests (and scripts) find the app's elements, never this copy's.
  plainExpect(await firstView(page).locator('[data-testid]').count()).toBe(0);
  // Printed before the app starts, the copy names no address or date: they would be the build's.
  await page.emulateMedia({ media: 'print' });
  await plainExpect(firstView(page).locator('.site-footer')).toBeVisible();
  await plainExpect(firstView(page).locator('.site-footer')).not.toContainText('127.0.0.1');
  await plainExpect(firstView(page).locator('.site-footer')).not.toContainText(/令和\d+年\d+月/);
  await page.emulateMedia({ media: 'screen' });

  const app = await browser.newPage();
  await app.goto(page.url());
  const cards = app.getByTestId('entry');
  await cards.first().waitFor();
  plainExpect(await shown.count()).toBe(await cards.count());
  plainExpect(await shown.first().innerText()).toBe(await cards.first().innerText());
  plainExpect(await shown.last().innerText()).toBe(await cards.last().innerText());
  await app.close();
});

plain('the first view is hidden wherever the app would draw something else', async ({ page }) => {
  await withoutApp(page);
  for (const path of ['dashboard', 'hubs', '?q=急変', '?lang=en', '?theme=acp']) {
    await page.goto(path);
    await plainExpect(firstView(page), path).toBeHidden();
  }
  await page.goto('/');
  await plainExpect(firstView(page)).toBeVisible();
  // Edits or an import kept in this browser, or English chosen earlier.
  for (const [key, value] of [['renkei:data', '{}'], ['renkei:lang', 'en']]) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
    await page.reload();
    await plainExpect(firstView(page), key).toBeHidden();
    await page.evaluate((k) => localStorage.removeItem(k), key);
  }
  await page.reload();
  await plainExpect(firstView(page)).toBeVisible();
});

test('the app replaces the first view when it starts: one copy of every element, none disabled', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('entry').first().waitFor();
  await expect(firstView(page)).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('#search')).toHaveCount(1);
  await expect(page.getByTestId('search')).toBeEnabled();
  await page.getByTestId('search').fill('ブルーカード');
  await expect(page.getByTestId('result-count')).not.toHaveText('96');
});
