import { test, expect } from './fixtures.js';

// This project runs against a dist built with --public-url SUB_PATH and served only under it:
// any asset requested from the root would 404 and the hubs would never render.
test('a sub-path build loads and renders under its sub-path', async ({ page, baseURL, guarded }) => {
  const sub = new URL(baseURL).pathname;
  const outside = [];
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (!path.startsWith(sub) || res.status() >= 400) outside.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(baseURL);
  await expect(page.getByTestId('hub')).toHaveCount(6);
  expect(outside).toEqual([]);
  expect(guarded.foreignRequests).toEqual([]);
});
