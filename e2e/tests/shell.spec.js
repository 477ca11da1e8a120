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

test('each view has its own tab title, in the UI\'s language', async ({ page }) => {
  const app = 'renkei 連携 — 在宅医療に必要な連携を担う拠点の取組';
  await page.goto('./');
  await expect(page).toHaveTitle(`取組一覧 | ${app}`);
  await page.locator('.main-nav').getByRole('link', { name: 'ダッシュボード' }).click();
  await expect(page).toHaveTitle(`ダッシュボード | ${app}`);
  await page.goto('./hub/habikino');
  await expect(page).toHaveTitle(`羽曳野市 | ${app}`);
  await page.goto('./no-such-page');
  await expect(page).toHaveTitle(`ページが見つかりません。 | ${app}`);
  await page.goto('./compare?lang=en');
  await expect(page).toHaveTitle('Compare | renkei — home-medical-care coordination hubs');
});

test('the English UI punctuates as English does', async ({ page }) => {
  await page.goto('./?hub=matsubara&lang=en');
  const card = page.locator('[data-entry-id="matsubara-2024-result-01"]');
  await expect(card.locator('.badge.section')).toHaveText('FY2024 · Results');
  await expect(card.getByRole('button', { name: 'Edit: 松原市 FY2024 · Results ① 地域医療介護連携推進委員会（8月…' })).toBeVisible();
  // A search with one result says "entry", not "entries".
  await page.goto('./?q=%E3%83%9E%E3%83%83%E3%83%97&lang=en');
  await expect(page.getByTestId('result-count')).toHaveText('1');
  await expect(page.locator('.result-count')).toHaveText('1 entry');
  await page.goto('./dashboard?lang=en');
  await expect(page.getByRole('heading', { name: /^Entries by hub and category \(/ })).toBeVisible();
  await expect(page.locator('[data-chart="calendar"] h3')).toHaveText('Calendar of dated events (FY2025)');
  // The app's own words: the charts' titles and every table's name (the report's text stays as printed).
  const names = await page.locator('main h3, main [role="region"][aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
  expect(names.length).toBeGreaterThan(6);
  expect(names.filter((n) => /[（）：]/.test(n))).toEqual([]);
});
