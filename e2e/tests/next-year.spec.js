// Starting the FY2026 (令和8年度) report from this one, as a coordinator copies last year's form.
import { test, expect, chartTable } from './fixtures.js';
import { readFileSync } from 'node:fs';

const KEY = 'renkei:data';
const published = readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8');
const report = JSON.parse(published);
const count = (hub, section, fy) => hub.entries.filter((e) => e.section === section && e.fiscal_year === fy).length;

async function startNextYear(page) {
  page.on('dialog', (d) => d.accept());
  await page.goto('./hubs');
  await page.getByTestId('start-next-year').click();
  await expect(page.getByTestId('done-note')).toContainText('次年度の報告を始めました。各拠点の下書きを確認してください。');
  // Said where the button was, and focus is there: the button now offers the year after.
  await expect(page.getByTestId('done-note')).toBeFocused();
}

async function exportJson(page) {
  await page.goto('./import');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('starting the next year gives every hub its four new sections and drafts; undo restores the report exactly', async ({ page }) => {
  await page.goto('./hubs');
  await expect(page.getByTestId('start-next-year')).toHaveText('令和8年度の報告を始める');
  await startNextYear(page);
  await expect(page.getByTestId('start-next-year')).toHaveText('令和9年度の報告を始める');
  // Within the app (no reload): the undo history lives in the page.
  for (const hub of report.hubs) {
    await page.getByRole('link', { name: '拠点', exact: true }).click();
    await page.locator(`[data-testid="hub"][data-hub="${hub.id}"] a`).click();
    const section = (s, fy) => page.locator(`.report-section[data-section="${s}"][data-fy="${fy}"]`);
    // The new edition is shown by default: its four sections only.
    await expect(page.locator('.report-section')).toHaveCount(4);
    await expect(section('result', 2025).locator('h3')).toHaveText('（１）令和7年度の実績');
    await expect(section('result', 2025).getByTestId('entry')).toHaveCount(count(hub, 'progress', 2025));
    await expect(section('challenge', 2025).getByTestId('entry')).toHaveCount(0);
    await expect(section('plan', 2026).getByTestId('entry')).toHaveCount(count(hub, 'plan', 2025));
    await expect(section('progress', 2026).getByTestId('entry')).toHaveCount(0);
    await expect(section('plan', 2026).getByTestId('draft-mark')).toHaveCount(count(hub, 'plan', 2025));
  }
  // Last year's edition, chosen in the toolbar: the report as published.
  await page.getByTestId('edition').selectOption({ label: '令和7年度の報告' });
  await expect(page.locator('.report-section')).toHaveCount(4);
  await expect(page.locator('.report-section[data-section="plan"][data-fy="2025"] [data-testid="draft-mark"]')).toHaveCount(0);
  await expect(page.locator('.report-section h3').first()).toHaveText(report.hubs.at(-1).sections[0].heading);
  await page.getByTestId('undo').click();
  await page.getByRole('link', { name: 'インポート', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(published);
});

test('a draft confirmed loses its mark; drafts survive export and import into a fresh profile', async ({ page, browser }) => {
  await startNextYear(page);
  await page.goto('./hub/matsubara');
  const plan = page.locator('.report-section[data-section="plan"][data-fy="2026"]');
  const drafts = count(report.hubs[0], 'plan', 2025);
  // The year-change table compares last year's copies: it says so.
  await expect(page.getByTestId('change-drafted')).toBeVisible();
  await plan.getByTestId('confirm-draft').first().click();
  await expect(plan.getByTestId('draft-mark')).toHaveCount(drafts - 1);
  const exported = await exportJson(page);
  const data = JSON.parse(exported);
  expect(data.schema_version).toBe(4);
  const marked = data.hubs.flatMap((h) => h.entries).filter((e) => e.draft === true).length;
  expect(marked).toBeGreaterThan(0);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  other.on('dialog', (d) => d.accept());
  await other.goto(new URL('import', page.url()).href);
  await other.getByTestId('import-file').setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await other.getByTestId('import-apply').click();
  await expect(other.getByTestId('done-note')).toContainText('インポートしました。');
  await other.goto(new URL('./', page.url()).href);
  await expect(other.getByTestId('draft-mark')).toHaveCount(marked);
  await fresh.close();
});

test('a version 1 file still imports', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  const v1 = published.replace('"schema_version": 4', '"schema_version": 1');
  await page.goto('./import');
  await page.getByTestId('import-file').setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(v1) });
  await expect(page.getByTestId('import-summary')).toContainText('拠点：6');
  await page.getByTestId('import-apply').click();
  await expect(page.getByTestId('done-note')).toContainText('インポートしました。');
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  expect(saved.report.schema_version).toBe(4);
  expect(saved.report.hubs).toEqual(report.hubs);
});

test('the changes view counts untouched drafts apart from the edits, lists them on request, reverts one, and its reset restores the published report', async ({ page }) => {
  await startNextYear(page);
  const drafted = report.hubs.reduce((n, h) => n + count(h, 'progress', 2025) + count(h, 'plan', 2025), 0);
  // A confirmed draft is the coordinator's: an edit, listed without asking.
  await page.goto('./hub/matsubara');
  await page.locator('.report-section[data-section="plan"][data-fy="2026"]').getByTestId('confirm-draft').first().click();
  await page.getByRole('link', { name: '変更点', exact: true }).click();
  const notice = page.getByTestId('drafts-untouched');
  await expect(notice).toContainText(`${drafted - 1}件は、次年度の報告を始めたときに作られた下書きのままです`);
  await expect(page.getByTestId('change')).toHaveCount(1);
  await expect(page.getByTestId('change').locator('.field-changes li')).toHaveText([]);
  await expect(page.getByTestId('change')).toContainText('追加');
  await page.getByTestId('list-drafts').check();
  await expect(page.getByTestId('change')).toHaveCount(drafted);
  await page.getByTestId('revert').last().click();
  await expect(page.getByTestId('change')).toHaveCount(drafted - 1);
  await expect(notice).toContainText(`${drafted - 2}件は`);
  await page.getByTestId('list-drafts').uncheck();
  await expect(page.getByTestId('change')).toHaveCount(1);
  await page.getByTestId('reset').click();
  await page.getByTestId('reset-now').click();
  await expect(page.getByTestId('no-changes')).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).report).toEqual(report);
});

test('compare follows the chosen edition: the new plan drafts, or last year\'s plan', async ({ page }) => {
  await startNextYear(page);
  await page.goto('./compare?hub=matsubara,habikino&section=plan');
  const cards = page.getByTestId('compare-table').getByTestId('entry');
  const plans = count(report.hubs[0], 'plan', 2025) + count(report.hubs[1], 'plan', 2025);
  await expect(cards).toHaveCount(plans);
  await expect(page.getByTestId('compare-table').getByTestId('draft-mark')).toHaveCount(plans);
  await page.getByTestId('edition').selectOption({ label: '令和7年度の報告' });
  await expect(cards).toHaveCount(plans);
  await expect(page.getByTestId('compare-table').getByTestId('draft-mark')).toHaveCount(0);
});

test('with several editions, the hub page and the dashboard fit a 375 px phone without sideways scrolling', async ({ page }) => {
  await startNextYear(page);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const name of ['拠点', 'ダッシュボード']) {
    await page.getByRole('link', { name, exact: true }).click();
    if (name === '拠点') await page.locator('[data-testid="hub"] a').first().click();
    await expect(page.locator('main h2').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, name).toBeLessThanOrEqual(0);
  }
});

test('the dashboard follows the edition: meetings of its two years, the calendar, progress and change of the report shown', async ({ page }) => {
  await startNextYear(page);
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  const chart = (id) => page.locator(`[data-chart="${id}"]`);
  await expect(chart('meetings').locator('.legend li')).toHaveText(['令和7年度', '令和8年度']);
  await expect(chart('calendar').locator('h3')).toHaveText('予定・実施の月別カレンダー（令和8年度）');
  await expect(chart('status').locator('h3')).toHaveText('令和8年度の進捗状況（拠点別）');
  await expect(chart('change').locator('h3')).toHaveText('令和7年度の実績から令和8年度の計画への変化');
  await page.getByTestId('edition').selectOption({ label: '令和7年度の報告' });
  await expect(chart('calendar').locator('h3')).toHaveText('予定・実施の月別カレンダー（令和7年度）');
  await expect(chart('status').locator('h3')).toHaveText('令和7年度の進捗状況（拠点別）');
  await expect(chart('change').locator('h3')).toHaveText('令和6年度の実績から令和7年度の計画への変化');
  await expect(chart('meetings').locator('.legend li')).toHaveText(['令和6年度', '令和7年度']);
  // Two editions compared: the FY2026 plan (drafted from the FY2025 plan) against the FY2025
  // plan — every entry continues, none new, none dropped.
  await page.getByTestId('edition').selectOption({ label: '令和8年度の報告' });
  await page.getByTestId('dashboard-change').selectOption({ label: '令和7年度の計画から令和8年度の計画への変化' });
  await expect(chart('change').locator('h3')).toHaveText('令和7年度の計画から令和8年度の計画への変化');
  await chart('change').getByTestId('table-toggle').click();
  const rows = chart('change').locator('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(report.hubs.length);
  for (let h = 0; h < report.hubs.length; h += 1) {
    const cells = await rows.nth(h).locator('td').allTextContents();
    expect(cells.join(' '), report.hubs[h].area).not.toMatch(/[+−][1-9]/);
  }
});

test('one edition exports as JSON in version 1\'s shape: last year\'s is the published report, and it imports', async ({ page }) => {
  await startNextYear(page);
  await page.getByRole('link', { name: 'インポート' }).click();
  await expect(page.getByTestId('export-edition-json')).toHaveText('令和8年度の報告だけをJSONで書き出す（スキーマ版1）');
  await page.getByTestId('edition').selectOption({ label: '令和7年度の報告' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-edition-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^renkei-report-fy2025-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text)).toEqual({ ...report, schema_version: 1 });
  expect(text).not.toContain('"draft"');
  // The new edition alone: its four sections, drafts as plain entries.
  await page.getByTestId('edition').selectOption({ label: '令和8年度の報告' });
  const [next] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-edition-json').click()]);
  const fy2026 = JSON.parse(readFileSync(await next.path(), 'utf8'));
  expect(fy2026.hubs[0].sections.map((s) => s.heading)).toEqual(['（１）令和7年度の実績', '（２）令和7年度の取り組みを通じた課題', '（３）令和8年度の実績計画', '（４）令和8年度の進捗状況']);
  // A version-1 file imports (migrated).
  await page.getByTestId('import-file').setInputFiles({ name: 'fy2025.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-summary')).toBeVisible();
});

test('the changes view names the hubs whose details changed by their areas, not their ids', async ({ page }) => {
  await startNextYear(page);
  await page.goto('./changes');
  const areas = report.hubs.map((h) => h.area).join('、');
  await expect(page.getByText('情報または区分が変わった拠点')).toBeVisible();
  await expect(page.locator('p', { hasText: '情報または区分が変わった拠点' })).toHaveText(`情報または区分が変わった拠点：${areas}`);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('p', { hasText: 'Hubs whose details or sections changed' })).toHaveText(`Hubs whose details or sections changed: ${report.hubs.map((h) => h.area).join(', ')}`);
});

test('after a roll-over the drafted plan\'s events stand in FY2026, last year\'s calendar and meetings read as before, and counts follow the edition', async ({ page }) => {
  await page.goto('./dashboard');
  const before = { calendar: await chartTable(page, 'calendar'), meetings: await chartTable(page, 'meetings') };
  const allEntries = report.hubs.reduce((n, h) => n + h.entries.length, 0);
  await expect(page.getByTestId('result-count')).toHaveText(String(allEntries));
  await startNextYear(page);
  // The exported JSON: every event of the FY2026 plan stands in FY2026.
  const data = JSON.parse(await exportJson(page));
  const planEvents = (r, fy) => r.hubs.flatMap((h) => h.entries).filter((e) => e.section === 'plan' && e.fiscal_year === fy).flatMap((e) => e.facts?.events ?? []);
  const drafted = planEvents(data, 2026);
  expect(drafted).toHaveLength(planEvents(report, 2025).length);
  expect(drafted).toHaveLength(12);
  expect(drafted.filter((ev) => ev.fiscal_year === 2026)).toHaveLength(12);
  // 令和7年度 chosen: its calendar and meetings chart cell by cell as before the roll-over.
  await page.goto('./dashboard');
  await page.getByTestId('edition').selectOption({ label: '令和7年度の報告' });
  await expect(page.locator('[data-chart="calendar"] h3')).toHaveText('予定・実施の月別カレンダー（令和7年度）');
  expect(await chartTable(page, 'calendar')).toEqual(before.calendar);
  expect(await chartTable(page, 'meetings')).toEqual(before.meetings);
  await expect(page.getByTestId('result-count')).toHaveText(String(allEntries));
  // 令和8年度: its calendar holds the drafted plan's months (羽曳野市's 連携会議 in five).
  await page.getByTestId('edition').selectOption({ label: '令和8年度の報告' });
  const drafts = data.hubs.flatMap((h) => h.entries).filter((e) => e.draft).length;
  await expect(page.getByTestId('result-count')).toHaveText(String(drafts));
  await expect(page.locator('[data-chart="calendar"] h3')).toHaveText('予定・実施の月別カレンダー（令和8年度）');
  const calendar = await chartTable(page, 'calendar');
  const habikino = calendar.find((row) => row[0] === '羽曳野市');
  const months = calendar[0].slice(1);
  const marked = months.filter((_, i) => habikino[i + 1] !== '');
  const planned = new Set(data.hubs.find((h) => h.id === 'habikino').entries
    .filter((e) => e.section === 'plan' && e.fiscal_year === 2026).flatMap((e) => e.facts?.events ?? []).map((ev) => `${ev.month}月`));
  expect(marked).toEqual(months.filter((m) => planned.has(m)));
  expect(marked).toEqual(expect.arrayContaining(['5月', '7月', '10月', '12月', '3月']));
  expect(habikino.slice(1).join('')).not.toContain('●');
  // Every chart's title names the edition, and so do its picture and file names.
  await expect(page.locator('[data-chart="heatmap"] h3')).toContainText('令和8年度の報告');
  await expect(page.locator('[data-chart="meetings"] h3')).toContainText('令和8年度の報告');
  const heatmap = page.locator('[data-chart="heatmap"]');
  const [png] = await Promise.all([page.waitForEvent('download'), heatmap.getByTestId('png').click()]);
  expect(png.suggestedFilename()).toMatch(/^renkei-heatmap-fy2026-/);
  const [svg] = await Promise.all([page.waitForEvent('download'), heatmap.getByTestId('svg').click()]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toMatch(/<title>[^<]*令和8年度の報告/);
  const [csv] = await Promise.all([page.waitForEvent('download'), heatmap.getByTestId('csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/^renkei-heatmap-fy2026-/);
});

test('the hubs page names the year being drafted and offers the year after only on a deliberate step', async ({ page }) => {
  await startNextYear(page);
  await page.goto('./hubs');
  const drafts = report.hubs.reduce((n, h) => n + count(h, 'progress', 2025) + count(h, 'plan', 2025), 0);
  await expect(page.getByTestId('drafting-year')).toHaveText(`令和8年度の報告を作成中（未確認の下書き ${drafts}件）`);
  await expect(page.getByTestId('start-next-year')).toBeHidden();
  await page.getByTestId('next-year-more').locator('summary').click();
  await expect(page.getByTestId('start-next-year')).toBeVisible();
  await expect(page.getByTestId('start-next-year')).toHaveText('令和9年度の報告を始める');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('drafting-year')).toHaveText(`FY2026 report in progress (${drafts} drafts to check)`);
});

test('a plan event the progress reports held shows done on the calendar; one it does not stays planned', async ({ page }) => {
  await page.goto('./dashboard');
  const calendar = await chartTable(page, 'calendar');
  const months = calendar[0].slice(1);
  const row = calendar.find((r) => r[0] === '河内長野市');
  const cell = (m) => row[months.indexOf(m) + 1];
  expect(cell('9月')).toContain('●');
  expect(cell('8月')).toContain('●');
  expect(cell('1月')).toContain('○');
  expect(cell('1月')).not.toContain('●');
});
