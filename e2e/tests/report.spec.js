// The whole report in its own layout, for reading through and for the meeting's printed 資料.
import { test, expect } from './fixtures.js';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
const squash = (s) => s.replace(/\s+/g, '');

/** Pages of a PDF, as pdfinfo (poppler) counts them. */
function pdfPages(path) {
  return Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
}

test('/report is in the navigation and holds every hub in order with its 資料 number, and every paragraph', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '報告書' }).click();
  await expect(page).toHaveURL(/\/report$/);
  const hubs = page.getByTestId('report-hub');
  await expect(hubs).toHaveCount(report.hubs.length);
  expect(await hubs.evaluateAll((els) => els.map((e) => e.dataset.hub))).toEqual(report.hubs.map((h) => h.id));
  await expect(page.locator('.report-contents li')).toHaveText(report.hubs.map((h) => [h.area, h.document].filter(Boolean).join(' ')));
  const text = squash(await page.getByTestId('whole-report').innerText());
  expect(text).toContain(squash(report.title));
  for (const hub of report.hubs) {
    for (const entry of hub.entries) {
      for (const p of entry.paragraphs) expect(text, `${entry.id}`).toContain(squash(p));
    }
    for (const s of hub.sections) expect(text).toContain(squash(s.heading));
  }
  await expect(page.getByTestId('show-all')).toHaveCount(0);
});

test('the contents of /report take the reader to a hub on the same page, and Back leaves /report', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '報告書' }).click();
  const last = report.hubs[report.hubs.length - 1];
  await page.locator('.report-contents a', { hasText: last.area }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.locator(`#hub-${last.id}`)).toBeInViewport();
  await expect(page.getByRole('link', { name: '報告書' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: '取組一覧' })).toHaveAttribute('aria-current', 'page');
});

test('/report follows the language', async ({ page }) => {
  await page.goto('./report');
  await expect(page.locator('.report-head h3')).toHaveText('目次');
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('.report-head h3')).toHaveText('Contents');
  await expect(page.getByRole('link', { name: 'Report', exact: true })).toBeVisible();
});

test('/report prints on A4 landscape, a hub a new page, with page numbers and the date', async ({ page }) => {
  await page.goto('./report');
  await expect(page.getByTestId('report-hub')).toHaveCount(report.hubs.length);
  // On screen the view is named under the app's title, which is the report's: not twice.
  await expect(page.getByRole('heading', { level: 2, name: '報告書' })).toBeVisible();
  await expect(page.getByRole('heading', { name: report.title })).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.main-nav')).toBeHidden();
  // The report's own title opens page 1, once: not the app's header above it.
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { name: report.title })).toHaveCount(1);
  const heads = page.locator('.running-head');
  await expect(heads).toHaveCount(report.hubs.length);
  await expect(heads.first()).toBeVisible();
  await expect(heads.first()).toContainText(/令和\d+年\d+月\d+日/);
  const breaks = await page.getByTestId('report-hub').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks.every((b) => b === 'page')).toBe(true);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/report.pdf', pdf);
  expect(pdfPages('test-results/report.pdf')).toBeGreaterThanOrEqual(report.hubs.length);
  // A4 landscape: 842 × 595 pt.
  const size = execFileSync('pdfinfo', ['test-results/report.pdf'], { encoding: 'utf8' }).match(/Page size:\s+([\d.]+) x ([\d.]+)/);
  expect(Math.round(Number(size[1]))).toBe(842);
  expect(Math.round(Number(size[2]))).toBe(595);
  // The pages as pictures, to look at (and a page number is drawn: its text is in the PDF).
  execFileSync('pdftoppm', ['-png', '-r', '50', 'test-results/report.pdf', 'test-results/report-page']);
  const firstPageText = execFileSync('pdftotext', ['-f', '2', '-l', '2', 'test-results/report.pdf', '-'], { encoding: 'utf8' });
  expect(firstPageText).toMatch(/2 \/ \d+/);
  // A page a section runs onto repeats its head: the hub, the section and ①–⑤, as on paper.
  const pages = pdfPages('test-results/report.pdf');
  let continuations = 0;
  for (let p = 2; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), 'test-results/report.pdf', '-'], { encoding: 'utf8' });
    // Every page opens with the running head naming the report and its edition (issue 42): a
    // hub's first page with the printing date, a page a section runs onto with the hub and
    // section too.
    // In the order the page draws its text (-raw): the page number, then the running head.
    const drawn = execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), 'test-results/report.pdf', '-'], { encoding: 'utf8' });
    const lines = drawn.split('\n').filter((line) => line.trim() !== '' && !/^\d+\/\d+$/.test(line.trim()));
    expect(lines[0], `page ${p}'s running head`).toContain(report.title);
    const first = lines[0];
    if (/令和\d+年\d+月\d+日/.test(first)) {
      // A hub's first page, under the running head: its details and the start of its first
      // section, not the details alone with the section pushed to the next page.
      const hub = report.hubs.find((h) => text.includes(h.area));
      expect(squash(text), `page ${p} starts ${hub.area}'s sections`).toContain(squash(hub.sections[0].heading));
      continue;
    }
    continuations += 1;
    const hub = report.hubs.find((h) => first.startsWith(h.area));
    expect(hub, `page ${p} opens with a hub: ${first}`).toBeTruthy();
    const section = hub.sections.find((s) => squash(first).includes(squash(s.heading)));
    expect(section, `page ${p} names its section: ${first}`).toBeTruthy();
    // A five-column section repeats ①–⑤ too (a long heading wraps, so its opening words).
    if (section.section === 'result' || section.section === 'plan') {
      for (const c of report.categories) expect(squash(text), `page ${p}`).toContain(c.printed.slice(0, 6));
    }
  }
  expect(continuations).toBeGreaterThanOrEqual(report.hubs.length);
});

test('the dashboard prints one chart a page, each with its table below', async ({ page }) => {
  await page.goto('./dashboard');
  const charts = page.locator('[data-chart]');
  await expect(charts).toHaveCount(6);
  await page.emulateMedia({ media: 'print' });
  for (let i = 0; i < 6; i += 1) {
    await expect(charts.nth(i).locator('.chart-print table')).toBeVisible();
    await expect(charts.nth(i).locator('svg')).toBeVisible();
  }
  await expect(charts.nth(0).locator('.chart-print')).toContainText('松原市');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync('test-results/dashboard.pdf', pdf);
  expect(pdfPages('test-results/dashboard.pdf')).toBeGreaterThanOrEqual(6);
  // Page 1 holds the first chart under the title, not the title alone.
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', 'test-results/dashboard.pdf', '-'], { encoding: 'utf8' });
  expect(first).toContain('拠点×取組の分類');
  // No picture is cut by a page's edge: the theme chart's last row is drawn above the page's
  // bottom margin (14 mm) on its title's page (it ran past it, sliced, onto the next).
  const pages = Array.from({ length: pdfPages('test-results/dashboard.pdf') }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-bbox', 'test-results/dashboard.pdf', '-'], { encoding: 'utf8' }));
  const themes = pages.find((text) => text.includes('テーマ×拠点'));
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(themes)[1]);
  const last = [...themes.matchAll(/yMax="([\d.]+)">([^<]+)</g)].find((m) => m[2] === report.themes.at(-1).ja);
  expect(Number(last[1])).toBeLessThan(height - (14 / 25.4) * 72);
});

test('/report is the report\'s own text: the app\'s reading of the year\'s change stays on the hub pages', async ({ page }) => {
  await page.goto('./report');
  await expect(page.getByTestId('report-hub')).toHaveCount(report.hubs.length);
  await expect(page.locator('.year-change')).toHaveCount(0);
  await page.goto('./hub/tondabayashi');
  const change = page.locator('.year-change');
  await expect(change).toBeVisible();
  // The three lists share the width; 記載なし is not squeezed to a character a line.
  const widths = await change.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  expect(Math.min(...widths.slice(1))).toBeGreaterThan(100);
});
