// Shared test fixture: every page records console errors, uncaught exceptions and every
// request whose host is not 127.0.0.1, and each test fails if any appear.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  guarded: [async ({ page }, use) => {
    const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [], requests: 0 };
    page.on('console', (msg) => { if (msg.type() === 'error') problems.consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
    page.on('request', (req) => {
      problems.requests += 1;
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
        problems.foreignRequests.push(req.url());
      }
    });
    // Content-Security-Policy violations, collected in the page from its first script on.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(problems);
    const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    expect(csp, 'CSP violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
    expect(problems.foreignRequests, 'requests leaving 127.0.0.1').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Waits until `count` entry cards are in the page (every result, up to the list limit). */
export async function drawn(page, count) {
  await expect(page.getByTestId('entry'), `${count} entries drawn`).toHaveCount(count);
}

/** The most cards a list draws before 「すべて表示」 (DRAW_LIMIT in src/model/window.rs). */
export const DRAW_LIMIT = 300;

/** Scrolls to each dashboard chart in turn, as a reader would: a chart is drawn when it
 * comes near the screen. */
export async function showCharts(page) {
  const charts = page.locator('[data-chart]');
  await expect(charts).toHaveCount(6);
  for (let i = 0; i < 6; i += 1) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i).locator('.chart-hits')).toBeAttached();
  }
}

/** A copy of `report` with `n` more hubs: copy k (1…n) is `pick(k)` (by default the report's
 * hubs in turn) under the id `copy-k`, the area and municipality 複製市k, and entry ids
 * prefixed `copy-k-`. */
export function withCopies(report, n, pick = (k) => report.hubs[k % report.hubs.length]) {
  const big = JSON.parse(JSON.stringify(report));
  for (let k = 1; k <= n; k += 1) {
    const hub = JSON.parse(JSON.stringify(pick(k)));
    hub.id = `copy-${k}`;
    hub.area = `複製市${k}`;
    hub.municipalities = [`複製市${k}`];
    hub.entries.forEach((e) => { e.id = `copy-${k}-${e.id}`; });
    big.hubs.push(hub);
  }
  return big;
}

/** Imports `report` through the import view (replacing the data) and waits until it is in. */
export async function importReport(page, report) {
  page.on('dialog', (d) => d.accept());
  await page.goto('./import');
  await page.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('done-note')).toContainText('インポートしました。');
}

/** A dashboard chart's table, row by row, cell by cell (its head row first). */
export async function chartTable(page, id) {
  const chart = page.locator(`[data-chart="${id}"]`);
  await chart.scrollIntoViewIfNeeded();
  await chart.getByTestId('table-toggle').click();
  const rows = chart.locator('table').first().locator('tr');
  await expect(rows.nth(1)).toBeVisible();
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
}
