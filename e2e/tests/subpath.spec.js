import { test as plain, expect as plainExpect } from '@playwright/test';
import { test, expect } from './fixtures.js';

// This project runs against a dist built with --public-url SUB_PATH and served only under it:
// any asset or route resolved from the root would 404 and the app would never render.
test('a sub-path build loads, routes and deep-links under its sub-path', async ({ page, baseURL, guarded }) => {
  const sub = new URL(baseURL).pathname;
  const outside = [];
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (!path.startsWith(sub) || res.status() >= 400) outside.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(new URL('hubs', baseURL).href);
  await expect(page.getByTestId('hub')).toHaveCount(6);
  await page.getByRole('link', { name: '松原市' }).first().click();
  await expect(page).toHaveURL(`${baseURL}hub/matsubara`);
  await expect(page.getByTestId('hub-page')).toHaveAttribute('data-hub', 'matsubara');
  await page.getByRole('link', { name: '取組一覧' }).click();
  await expect(page).toHaveURL(baseURL);
  await page.locator('[data-facet="theme"] input[data-value="acp"]').check();
  await expect(page).toHaveURL(`${baseURL}?theme=acp`);
  await page.reload();
  await expect(page.locator('[data-facet="theme"] input[data-value="acp"]')).toBeChecked();
  // The workbook worker loads from under the sub-path too.
  await page.goto(new URL('hub/matsubara', baseURL).href);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/^renkei-form-matsubara-/);
  expect(outside).toEqual([]);
  expect(guarded.foreignRequests).toEqual([]);
});

// The first view drawn at build time is shown at the sub-path's root, and only there (the page
// tells where it is from its <base href>). The wasm is kept from loading to see that copy alone.
plain('a sub-path build shows its first view at its root before the app loads', async ({ page, baseURL }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(baseURL);
  await plainExpect(page.locator('#prerender article.entry').first()).toBeVisible();
  await page.goto(new URL('hubs', baseURL).href);
  await plainExpect(page.locator('#prerender')).toBeHidden();
});
