// Charts leave the app as pictures for slides (PNG, SVG) and as cells for a spreadsheet.
import { test, expect, showCharts } from './fixtures.js';
import { readFileSync } from 'node:fs';
const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));

/** Width, height and how many pixels are inked, read by the browser in a blank page (the
 * app's CSP rightly refuses data: images). */
async function pictureFacts(page, png) {
  const blank = await page.context().newPage();
  return blank.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    let darkBlue = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked += 1;
      if (data[i] < 40 && data[i + 1] > 50 && data[i + 1] < 100 && data[i + 2] > 110 && data[i + 2] < 160) darkBlue += 1;
    }
    return { width: canvas.width, height: canvas.height, inked, darkBlue, corner: [...data.slice(0, 3)] };
  }, png.toString('base64'));
}

test('a chart downloads as a PNG at least 1000 px wide, drawn on white, with its dark cells', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const heatmap = page.locator('[data-chart="heatmap"]');
  const [download] = await Promise.all([page.waitForEvent('download'), heatmap.getByTestId('png').click()]);
  expect(download.suggestedFilename()).toMatch(/^renkei-heatmap-fy2025-\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync(await download.path());
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const facts = await pictureFacts(page, png);
  expect(facts.width).toBeGreaterThanOrEqual(1000);
  expect(facts.corner).toEqual([255, 255, 255]);
  // Title, labels and shaded cells: far more than a blank or text-less picture has.
  expect(facts.inked).toBeGreaterThan(facts.width * facts.height * 0.03);
  expect(facts.darkBlue).toBeGreaterThan(100);
});

test('a chart downloads as an SVG that holds its title, legend, numbers and source, and nothing from outside', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const chart = page.locator('[data-chart="meetings"]');
  const title = await chart.locator('h3').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('svg').click()]);
  expect(download.suggestedFilename()).toMatch(/^renkei-meetings-fy2025-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = readFileSync(await download.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toContain(title);
  expect(parsed.texts).toContain('松原市');
  // The source line, dated as a Japanese public document is.
  expect(parsed.texts.some((t) => /^出典：大阪府.*令和\d+年\d+月\d+日$/.test(t))).toBe(true);
  expect(svg).not.toMatch(/href|url\(|@import|<image|<script|<foreignObject/i);
});

test('a chart table copies to the clipboard as tab-separated cells with the chart\'s numbers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./dashboard');
  await showCharts(page);
  await page.locator('[data-chart="meetings"]').getByTestId('copy-table').click();
  await expect(page.getByTestId('announcer')).toHaveText('表をコピーしました。表計算ソフトに貼り付けられます。');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const rows = text.trim().split('\r\n').map((line) => line.split('\t'));
  expect(rows.length).toBeGreaterThan(6);
  expect(rows).toContainEqual(['松原市', '10', '9']);
});

test('the compare table copies to the clipboard as cells: a category a row, a hub a column', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./compare?hub=matsubara,habikino&section=plan');
  await page.getByTestId('copy-compare').click();
  await expect(page.getByTestId('announcer')).toHaveText('表をコピーしました。表計算ソフトに貼り付けられます。');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\r\n')[0].split('\t')).toEqual(['分類', '松原市', '羽曳野市']);
  const cells = await page.getByTestId('compare-table').locator('tbody tr').first().locator('td').allInnerTexts();
  expect(cells.length).toBe(2);
  expect(text).toContain('①');
});

test('a chart with columns ①–⑤ carries their names, on screen and in its picture for a slide', async ({ page }) => {
  await page.goto('./dashboard');
  await showCharts(page);
  const chart = page.locator('[data-chart="heatmap"]');
  const names = report.categories.map((c) => `${'①②③④⑤'[c.id - 1]}${c.ja}`);
  // The drawing labels its columns ①–⑤ and its legend names them (the table alternative does too).
  for (const name of names) await expect(chart.locator('.legend').getByText(name, { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('svg').click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  const texts = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent), svg);
  for (const name of names) expect(texts).toContain(name);
});
