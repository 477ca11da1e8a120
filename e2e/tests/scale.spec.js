// Views that list every hub or every change stay usable with a large report: a list draws
// every item up to its limit and the rest on request, and the compare view waits for a
// choice instead of drawing every hub.
import { test, expect, withCopies, importReport, DRAW_LIMIT } from './fixtures.js';
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
// 120 hubs: the six real ones and 114 copies.
const big = withCopies(report, 114);
const added = big.hubs.slice(report.hubs.length).reduce((n, h) => n + h.entries.length, 0);

/** The list's note says how many it draws of `total`, its button the whole; pressed, it draws
 * every item and both go. */
async function restOnRequest(page, items, total, unit) {
  await expect(items).toHaveCount(DRAW_LIMIT);
  await expect(page.getByTestId('drawn-note')).toContainText(`${total}${unit}のうち${DRAW_LIMIT}${unit}を表示しています。`);
  const all = page.getByTestId('show-all');
  await expect(all).toHaveText(`すべて表示（${total}${unit}）`);
  await all.click();
  await expect(items).toHaveCount(total);
  await expect(all).toHaveCount(0);
}

test('the entries view of a large report draws its limit, then every entry on request', async ({ page }) => {
  await importReport(page, big);
  await page.locator('.main-nav a').first().click();
  const total = big.hubs.reduce((n, h) => n + h.entries.length, 0);
  await expect(page.getByTestId('result-count')).toHaveText(String(total));
  await restOnRequest(page, page.getByTestId('entry'), total, '件');
  await expect(page.getByTestId('entry').last()).toHaveAttribute('data-hub', 'copy-114');
});

test('the challenges view of a large report draws every hub', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./challenges');
  const hubs = page.locator('.challenge-hub');
  await expect(hubs).toHaveCount(120);
  await expect(hubs.first()).toHaveAttribute('data-hub', report.hubs[0].id);
  await expect(hubs.last()).toHaveAttribute('data-hub', 'copy-114');
  await expect(page.getByTestId('show-all')).toHaveCount(0);
});

test('the changes view draws its limit, every change on request, and follows the language', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./changes');
  const rows = page.getByTestId('change');
  await expect(rows).toHaveCount(DRAW_LIMIT);
  await expect(rows.first().locator('.badge')).toHaveText('追加');
  await page.getByTestId('lang-toggle').click();
  await expect(rows.first().locator('.badge')).toHaveText('Added');
  await expect(page.getByTestId('drawn-note')).toContainText(`Showing ${DRAW_LIMIT} of ${added} entries.`);
  await expect(page.getByTestId('show-all')).toHaveText(`Show all (${added} entries)`);
  await page.getByTestId('lang-toggle').click();
  await restOnRequest(page, rows, added, '件');
});

test('the compare view of a large report waits for hubs to be chosen, then shows those', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./compare');
  await expect(page.getByRole('status').filter({ hasText: '比べる拠点を2つ以上選んでください。' })).toBeVisible();
  await expect(page.getByTestId('compare-table')).toHaveCount(0);
  await expect(page.getByTestId('entry')).toHaveCount(0);
  await page.locator('#compare-hub-copy-7').check();
  await page.locator(`#compare-hub-${report.hubs[1].id}`).check();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th[data-hub]')).toHaveCount(2);
  await expect(table.locator('thead th[data-hub]').first()).toHaveAttribute('data-hub', report.hubs[1].id);
  await expect(page).toHaveURL(/hub=/);
});

test('with more hubs than a chart draws, the themes × hubs table has a row per hub', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./dashboard');
  const coverage = page.locator('[data-chart="coverage"]');
  await coverage.scrollIntoViewIfNeeded();
  await coverage.getByTestId('table-toggle').click();
  const table = coverage.getByTestId('chart-table');
  await expect(table.locator('thead th')).toHaveCount(report.themes.length + 1);
  await expect(table.locator('thead th').first()).toHaveText('拠点・市町村');
  await expect(table.locator('tbody tr')).toHaveCount(120);
  await expect(table.locator('tbody th').first()).toHaveText(report.hubs[0].area);
  await expect(coverage.getByTestId('show-all')).toHaveCount(0);
  // The chart draws 40 hubs; the table counts the last one (a copy of hub 114 % 6, far past
  // those drawn) from its own entries, as the hub it copies.
  const rowOf = (name) => table.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${name}$`) }) }).locator('td').allTextContents();
  const source = await rowOf(report.hubs[114 % report.hubs.length].area);
  expect(source.some((n) => Number(n) > 0)).toBe(true);
  expect(await rowOf('複製市114')).toEqual(source);
});

test('the compare chooser of a large report lists the first 30 hubs and finds the others by name', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./compare');
  const boxes = page.locator('.compare-controls input[type="checkbox"]');
  await expect(boxes).toHaveCount(30);
  await expect(page.getByTestId('compare-hidden-hubs')).toHaveText('90拠点は表示していません。名前で絞り込んでください。');
  const filter = page.getByLabel('拠点・市町村名で絞り込む');
  await filter.fill('複製市11');
  // 複製市11 and 複製市110–114.
  await expect(boxes).toHaveCount(6);
  await expect(page.getByTestId('compare-hidden-hubs')).toHaveText('');
  await page.locator('#compare-hub-copy-112').check();
  await filter.fill('太子町');
  // The hub found, and the one chosen before, which stays listed.
  await expect(boxes).toHaveCount(2);
  await expect(page.locator('#compare-hub-copy-112')).toBeChecked();
  await page.locator(`#compare-hub-${report.hubs[3].id}`).check();
  await expect(page.getByTestId('compare-table').locator('thead th[data-hub]')).toHaveCount(2);
});

test('the hubs list of a large report draws every hub and filters by name', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./hubs');
  const rows = page.getByTestId('hub');
  await expect(rows).toHaveCount(120);
  await expect(page.getByTestId('show-all')).toHaveCount(0);
  await page.getByLabel('拠点・市町村名で絞り込む').fill('複製市11');
  await expect(rows).toHaveCount(6);
  await expect(page.locator('.chooser-filter [role="status"]')).toHaveText('6拠点');
  await rows.first().locator('a').click();
  await expect(page).toHaveURL(/\/hub\/copy-11$/);
});

test('the year-change table of a large report is computed on request, saying so meanwhile; a CSV asked for meanwhile waits for it', async ({ page }) => {
  await importReport(page, big);
  await page.goto('./dashboard');
  const change = page.locator('[data-chart="change"]');
  await change.scrollIntoViewIfNeeded();
  // Both buttons in one task: the CSV is asked for while the table is still being computed.
  const said = page.evaluate(() => new Promise((resolve) => {
    const chart = document.querySelector('[data-chart="change"]');
    const seen = new MutationObserver(() => {
      const status = chart.querySelector('[role="status"]');
      if (status) { seen.disconnect(); resolve(status.textContent); }
    });
    seen.observe(chart, { subtree: true, childList: true, characterData: true });
    chart.querySelector('[data-testid="table-toggle"]').click();
    chart.querySelector('[data-testid="csv"]').click();
  }));
  const download = await page.waitForEvent('download');
  expect(await said).toBe('表を計算しています…');
  const table = change.getByTestId('chart-table');
  await expect(table.locator('tbody tr')).toHaveCount(120);
  await expect(change.getByRole('status')).toHaveCount(0);
  const lines = readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(lines).toHaveLength(121);
  expect(lines[1].split(',')[0]).toBe(report.hubs[0].area);
  // Hub 11 (the copy 複製市6 of hub 0) changed as hub 0 did.
  expect(lines[12].split(',')[0]).toBe('複製市6');
  expect(lines[12].split(',').slice(1)).toEqual(lines[1].split(',').slice(1));
});
