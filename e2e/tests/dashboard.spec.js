import { test, expect, showCharts, withCopies, importReport } from './fixtures.js';
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
const entries = report.hubs.flatMap((h) => h.entries.map((e) => ({ hub: h.id, ...e })));
const H = report.hubs.length;

test('the dashboard is in the main navigation and every chart renders its cells and bars', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await showCharts(page);
  const chart = (id) => page.locator(`[data-chart="${id}"]`);
  await expect(chart('heatmap').locator('svg .cell')).toHaveCount(H * 5);
  await expect(chart('coverage').locator('svg .cell')).toHaveCount(H * report.themes.length);
  await expect(chart('calendar').locator('svg .cell')).toHaveCount(H * 12);
  await expect(chart('change').locator('svg .cell')).toHaveCount(H * 5);
  // Meetings: one bar per hub and year with a value (羽曳野 5 and 5, 松原 10 and 9).
  const meetingBars = await chart('meetings').locator('.chart-hit').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(meetingBars).toContain('松原市 令和6年度: 10回／年');
  expect(meetingBars).toContain('松原市 令和7年度: 9回／年');
  expect(meetingBars).toContain('羽曳野市 令和7年度: 5回／年');
  // Status: one segment per non-empty (hub, status).
  const progress = entries.filter((e) => e.status);
  const pairs = new Set(progress.map((e) => `${e.hub}/${e.status}`));
  await expect(chart('status').locator('svg .bar')).toHaveCount(pairs.size);
  for (const id of ['heatmap', 'coverage', 'meetings', 'calendar', 'status', 'change']) {
    await expect(chart(id).locator('svg[role="img"]')).toHaveAttribute('aria-labelledby', `chart-${id}-title`);
  }
});

test('the table toggle shows the same numbers as the chart', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const heat = page.locator('[data-chart="heatmap"]');
  const cellTexts = await heat.locator('svg .cell text').allTextContents();
  await heat.getByTestId('table-toggle').click();
  // One state said once: by its name, not also by aria-pressed.
  await expect(heat.getByTestId('table-toggle')).toHaveAccessibleName('グラフで見る');
  await expect(heat.getByTestId('table-toggle')).not.toHaveAttribute('aria-pressed');
  await expect(heat.locator('svg')).toBeHidden();
  // The table on screen (the one below is drawn for printing only).
  const table = heat.locator(':scope > .table-scroll');
  const tableTexts = await table.locator('tbody td').allTextContents();
  expect(tableTexts).toEqual(cellTexts);
  const firstRow = await table.locator('tbody tr').first().locator('th, td').allTextContents();
  const m = report.hubs[0];
  expect(firstRow).toEqual([m.area, ...[1, 2, 3, 4, 5].map((c) => String(m.entries.filter((e) => e.category === c).length))]);
});

test('the CSV download carries a BOM and the table\'s numbers', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const meetings = page.locator('[data-chart="meetings"]');
  const [download] = await Promise.all([page.waitForEvent('download'), meetings.getByTestId('csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^renkei-meetings-fy2025-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('松原市,10,9\r\n');
});

test('clicking a heatmap cell lands on exactly the matching entries', async ({ page }) => {
  await page.goto('./dashboard?theme=acp');
  await showCharts(page);
  const cell = page.locator('[data-chart="heatmap"] .chart-hit[aria-label^="河内長野市 ⑤"]');
  await cell.click();
  await expect(page).toHaveURL(/\/\?theme=acp&cat=5&hub=kawachinagano$/);
  const expected = entries.filter((e) => e.hub === 'kawachinagano' && e.category === 5 && e.themes.includes('acp')).map((e) => e.id);
  await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
  const ids = await page.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
  expect(ids).toEqual(expected);
});

test('Back from a chart cell\'s entries returns to the chart, far down the dashboard, with focus at the view\'s heading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./dashboard');
  const chart = page.locator('[data-chart="status"]');
  await chart.scrollIntoViewIfNeeded();
  const cell = chart.locator('.chart-hit').first();
  await cell.scrollIntoViewIfNeeded();
  const left = await page.evaluate(() => scrollY);
  expect(left).toBeGreaterThan(1000);
  await cell.click();
  await expect(page.getByTestId('result-count')).toBeVisible();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await page.goBack();
  await expect(page.locator('#dashboard-title')).toBeFocused();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(left);
  await expect(cell).toBeInViewport();
});

test('a calendar cell opens its dated entries; cells are keyboard focusable with a dismissable tooltip', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const feb = page.locator('[data-chart="calendar"] .chart-hit[aria-label*="市民公開講座"]');
  await expect(feb).toHaveCount(1);
  await feb.focus();
  await expect(page.getByRole('tooltip')).toContainText('2月14日 市民公開講座（認知症）（予定）');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await feb.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/ids=/);
  const ids = await page.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
  expect(ids).toContain('matsubara-2025-progress-05');
});

test('each chart is one tab stop: the arrow keys move among its cells and Tab comes back to the last one', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const charts = await page.locator('.chart-hits').count();
  await expect(page.locator('.chart-hit[tabindex="0"]')).toHaveCount(charts);
  const heatmap = page.locator('[data-chart="heatmap"]');
  await expect(heatmap.locator('.chart-hits')).toHaveAttribute('aria-label', /^拠点×取組の分類.*矢印キーで移動/);
  const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  await heatmap.locator('.chart-hit').first().focus();
  const [first, second] = [report.hubs[0].area, report.hubs[1].area];
  expect(await focused()).toMatch(new RegExp(`^${first} ①`));
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toMatch(new RegExp(`^${first} ②`));
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toMatch(new RegExp(`^${second} ②`));
  await expect(page.getByRole('tooltip')).toContainText(`${second} ②`);
  await page.keyboard.press('End');
  expect(await focused()).toMatch(new RegExp(`^${report.hubs.at(-1).area} ⑤`));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  // Tab leaves the chart at once, Shift+Tab comes back to the cell last visited.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('[data-chart="heatmap"] .chart-hits'))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toMatch(new RegExp(`^${second} ①`));
  await expect(page.locator('.chart-hit[tabindex="0"]')).toHaveCount(charts);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`cat=1&hub=${report.hubs[1].id}$`));
  // The entries view opens with focus at its start, not on the page's body.
  await expect(page.locator('main h2').first()).toBeFocused();
  // Back to the dashboard: focus at its heading too.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'ダッシュボード', level: 2 })).toBeFocused();
});

test('applying a filter changes the charts', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const heat = page.locator('[data-chart="heatmap"] svg .cell text');
  const before = await heat.allTextContents();
  await page.getByTestId('dashboard-section').selectOption('challenge');
  await expect(page).toHaveURL(/section=challenge/);
  await expect(page.getByTestId('result-count')).toHaveText(String(entries.filter((e) => e.section === 'challenge').length));
  const after = await heat.allTextContents();
  expect(after).not.toEqual(before);
  expect(after.map(Number).reduce((a, b) => a + b, 0)).toBe(entries.filter((e) => e.section === 'challenge').length);
});

test('with more hubs than a chart draws, charts draw 40 with focusable cells and their tables and CSV keep every hub', async ({ page }) => {
  const big = withCopies(report, 39);
  const hubs = big.hubs.length;
  await importReport(page, big);
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await showCharts(page);
  const rowOf = (chart, name) => chart.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${name}$`) }) }).locator('td').allTextContents();
  const source = report.hubs[39 % H].area;
  for (const id of ['heatmap', 'change']) {
    const chart = page.locator(`[data-chart="${id}"]`);
    await expect(chart.locator('svg .cell')).toHaveCount(40 * 5);
    await expect(chart.locator('.chart-hit')).toHaveCount(40 * 5);
    await chart.getByTestId('table-toggle').click();
    await expect(chart.locator('tbody tr')).toHaveCount(hubs);
    // The chart is built from the drawn hubs' entries; the table counts the last hub (a copy
    // of hub 39 % 6, not drawn) from its own entries, as the hub it copies.
    expect(await rowOf(chart, '複製市39')).toEqual(await rowOf(chart, source));
  }
  // The change of the last hub is judged only when the table is asked for.
  const change = page.locator('[data-chart="change"]');
  const row = (name) => rowOf(change, name);
  expect(await row('複製市39')).toEqual(await row(source));
  const [download] = await Promise.all([page.waitForEvent('download'), change.getByTestId('csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.trim().split('\r\n')).toHaveLength(hubs + 1);
  expect(csv).toContain(`複製市39,${(await row(source)).join(',')}`);
});

test('the entries view\'s filter carries to the dashboard, which says it above and in every chart title, and clears it', async ({ page }) => {
  await page.goto('./?theme=acp&hub=matsubara');
  const count = await page.getByTestId('result-count').innerText();
  await page.getByTestId('dashboard-with-filter').click();
  await expect(page).toHaveURL(/\/dashboard\?theme=acp&hub=matsubara$/);
  const said = page.getByTestId('dashboard-filter');
  await expect(said).toHaveText('絞り込み中：テーマ：ACP・人生会議・エンディングノート／拠点・市町村：松原市 絞り込みを解除してすべての取組を集計');
  await expect(page.getByTestId('result-count')).toHaveText(count);
  for (const h3 of await page.locator('[data-chart] h3').allInnerTexts()) expect(h3).toContain('— テーマ：ACP・人生会議・エンディングノート／拠点・市町村：松原市');
  await page.getByTestId('dashboard-unfilter').click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(said).toHaveCount(0);
  await expect(page.getByTestId('result-count')).toHaveText(String(report.hubs.flatMap((h) => h.entries).length));
  expect((await page.locator('[data-chart] h3').allInnerTexts()).join()).not.toContain('—');
});

test('in English, every theme name is drawn whole inside the chart, as a slide needs it', async ({ page }) => {
  await page.goto('./dashboard?lang=en');
  const labels = page.locator('[data-chart="coverage"] svg text.axis');
  await expect(labels.first()).toBeVisible();
  const boxes = await labels.evaluateAll((els) => els.map((e) => ({ text: e.textContent, x: e.getBBox().x })));
  expect(boxes.length).toBeGreaterThan(report.themes.length);
  for (const b of boxes) expect(b.x, b.text).toBeGreaterThanOrEqual(0);
  expect(boxes.map((b) => b.text)).toContain('Dementia');
  for (const theme of report.themes) expect(boxes.map((b) => b.text)).toContain(theme.en);
  expect(boxes.filter((b) => b.text.endsWith('…'))).toEqual([]);
});

test('choosing a section narrows the entry-count charts only; charts with sections of their own keep their numbers', async ({ page }) => {
  const tables = async (url) => {
    await page.goto(url);
    const out = {};
    for (const id of ['heatmap', 'meetings', 'calendar', 'status', 'change']) {
      const chart = page.locator(`[data-chart="${id}"]`);
      await chart.getByTestId('table-toggle').click();
      await expect(chart.locator('tbody tr').first()).toBeVisible();
      out[id] = (await chart.locator('tbody').allInnerTexts()).join('\n');
    }
    return out;
  };
  const all = await tables('./dashboard');
  const plan = await tables('./dashboard?section=plan');
  expect(plan.heatmap).not.toEqual(all.heatmap);
  for (const id of ['meetings', 'calendar', 'status', 'change']) expect(plan[id], id).toEqual(all[id]);
  await expect(page.locator('[data-chart="heatmap"] h3')).toContainText('（令和7年度の報告・計画）');
  await expect(page.locator('[data-chart="coverage"] h3')).toContainText('（令和7年度の報告・計画）');
  await expect(page.getByTestId('dashboard-section')).toHaveAccessibleDescription(/上の2つの件数のグラフに効きます/);
});

test('the change chart\'s table and CSV give three numbers a category, which a spreadsheet reads as numbers', async ({ page }) => {
  await page.goto('./dashboard');
  const change = page.locator('[data-chart="change"]');
  const [download] = await Promise.all([page.waitForEvent('download'), change.getByTestId('csv').click()]);
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  // Each column says its category in the report's words, not only ①–⑤.
  const header = lines[0].split(',');
  expect(header.slice(0, 4)).toEqual(['拠点・市町村', '①会議の開催 継続', '①会議の開催 新規', '①会議の開催 記載なし']);
  expect(header.slice(13)).toEqual(report.categories.slice(-1).flatMap((c) => ['継続', '新規', '記載なし'].map((k) => `${c.printed} ${k}`)));
  expect(lines).toHaveLength(report.hubs.length + 1);
  for (const line of lines.slice(1)) {
    const [, ...numbers] = line.split(',');
    expect(numbers).toHaveLength(15);
    for (const n of numbers) expect(n).toMatch(/^\d+$/);
  }
});

test('the heatmap\'s CSV names its category columns as the report prints them, and the coverage CSV every hub in full', async ({ page }) => {
  await page.goto('./dashboard');
  const csv = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-chart="${id}"]`).getByTestId('csv').click()]);
    return readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  };
  expect((await csv('heatmap')).split('\r\n')[0]).toBe(['拠点・市町村', ...report.categories.map((c) => c.printed)].join(','));
  // The chart's own columns stay short (①–⑤) so the picture fits a slide.
  await expect(page.locator('[data-chart="heatmap"] svg')).toContainText('①');
  const coverage = await csv('coverage');
  for (const hub of report.hubs) expect(coverage).toContain(hub.area);
});

test('with many hubs, a chart below the fold is drawn when it nears the screen, and every chart before printing', async ({ page }) => {
  const big = withCopies(report, 24);
  const hubs = big.hubs.length;
  await importReport(page, big);
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await expect(page.locator('[data-chart="heatmap"] svg .cell')).toHaveCount(hubs * 5);
  const change = page.locator('[data-chart="change"]');
  // Drawn or not, its title is there, and its table and CSV buttons.
  await expect(change.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(change.getByTestId('csv')).toBeVisible();
  await expect(change.locator('svg .cell')).toHaveCount(0);
  await change.scrollIntoViewIfNeeded();
  await expect(change.locator('svg .cell')).toHaveCount(hubs * 5);
  await page.locator('.main-nav a').first().click();
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await expect(page.locator('[data-chart="calendar"] svg .cell')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('[data-chart="calendar"] svg .cell')).toHaveCount(hubs * 12);
  await expect(page.locator('[data-chart="change"] svg .cell')).toHaveCount(hubs * 5);
});

test('HTML in an imported hub name is drawn in the charts as text, in the picture and on the cells', async ({ page }) => {
  const name = '<img src=x onerror="window.__injected=1">"松原\'市&';
  const evil = JSON.parse(JSON.stringify(report));
  evil.hubs[0].area = name;
  await importReport(page, evil);
  await page.getByRole('link', { name: 'ダッシュボード' }).click();
  await showCharts(page);
  const heatmap = page.locator('[data-chart="heatmap"]');
  // Drawn as text (cut to the label column with …; the cell's label and the table have it whole).
  await expect(heatmap.locator('svg text.axis').filter({ hasText: '<img src=x onerror="' })).toHaveCount(1);
  await expect(heatmap.locator('.chart-hit').first()).toHaveAttribute('aria-label', new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

test('on a phone the dashboard says that charts scroll sideways and tables hold the same numbers; on a desktop it does not', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./dashboard');
  const hint = page.getByTestId('chart-scroll-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('横にスクロール');
  // The hint is true: the first chart is wider than its region.
  const region = page.locator('[data-chart="heatmap"] .chart-scroll');
  expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(hint).toBeHidden();
});

test('on a phone, the chart cell the arrows move to is scrolled wholly into view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./dashboard');
  await showCharts(page);
  await page.locator('[data-chart="coverage"] .chart-hit[tabindex="0"]').focus();
  for (let i = 0; i < report.hubs.length - 1; i += 1) await page.keyboard.press('ArrowRight');
  const { cell, frame } = await page.evaluate(() => {
    const a = document.activeElement;
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; };
    return { cell: box(a), frame: box(a.closest('.chart-scroll')) };
  });
  expect(cell.left).toBeGreaterThanOrEqual(frame.left - 1);
  expect(cell.right).toBeLessThanOrEqual(frame.right + 1);
});

test('on a phone, a chart scrolled sideways keeps its row names in view, at a readable size', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./dashboard');
  const chart = page.locator('.chart').first();
  const scroller = chart.locator('.chart-scroll');
  await expect(chart.getByTestId('row-labels')).toBeVisible();
  const first = chart.getByTestId('row-labels').locator('span').first();
  await expect(first).toHaveText(/市/);
  // Scrolled to its right end.
  await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  const [box, port] = await Promise.all([first.boundingBox(), scroller.boundingBox()]);
  expect(box.x).toBeGreaterThanOrEqual(port.x - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(port.x + port.width);
  expect(await first.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
  // On a wide screen the picture's own names serve.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(chart.getByTestId('row-labels')).toBeHidden();
});
