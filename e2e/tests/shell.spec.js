import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));

test('the app shell lists every hub of the bundled report, in Japanese', async ({ page, guarded }) => {
  await page.goto('./hubs');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
  const hubs = page.getByTestId('hub');
  await expect(hubs).toHaveCount(report.hubs.length);
  for (const hub of report.hubs) {
    await expect(page.locator(`[data-testid="hub"][data-hub="${hub.id}"]`)).toContainText(hub.area);
  }
  await expect(page.getByTestId('source')).toContainText('資料 2 - 1 - 1');
  expect(guarded.requests).toBeGreaterThan(2);
  expect(guarded.foreignRequests).toEqual([]);
});

test('the dataset is published as open data at data/report.json', async ({ request }) => {
  const res = await request.get('data/report.json');
  expect(res.ok()).toBeTruthy();
  const served = await res.json();
  expect(served).toEqual(report);
});
