import { test, expect } from './fixtures.js';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));

test('a hub page prints on A4 without navigation, with its address and date', async ({ page }) => {
  await page.goto('./hub/matsubara');
  await expect(page.getByTestId('hub-page')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.main-nav')).toBeHidden();
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.getByTestId('print-meta')).toBeVisible();
  await expect(page.getByTestId('print-meta')).toContainText('/hub/matsubara');
  await expect(page.getByTestId('print-meta')).toContainText(/令和\d+年\d+月\d+日/);
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/hub-matsubara.pdf', pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
});

test('the compare view prints with its table and no controls', async ({ page }) => {
  await page.goto('./compare?hub=matsubara,habikino,fujiidera&section=plan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.compare-controls')).toBeHidden();
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  writeFileSync('test-results/compare.pdf', pdf);
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('the compare view of all six hubs starts its table on page 1, under its title', async ({ page }) => {
  await page.goto('./compare');
  await expect(page.getByTestId('compare-table').locator('thead th[data-hub]')).toHaveCount(6);
  await page.emulateMedia({ media: 'print' });
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/compare-all.pdf', await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', 'test-results/compare-all.pdf', '-'], { encoding: 'utf8' });
  expect(first).toContain('拠点の比較');
  expect(first).toContain('①会議の開催');
});

test('every hub page prints its first section on page 1, under the hub\'s details, and ends with more than its footer', async ({ page }) => {
  mkdirSync('test-results', { recursive: true });
  for (const hub of report.hubs) {
    await page.goto(`./hub/${hub.id}`);
    await expect(page.getByTestId('hub-page')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const path = `test-results/hub-${hub.id}.pdf`;
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(first, hub.id).toContain(hub.sections[0].heading.replace(/\s+/g, ''));
    // The last page holds the end of the hub's text, not the footer alone.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), path, '-'], { encoding: 'utf8' });
    expect(last.slice(0, last.indexOf('出典：')).replace(/^https?:\S+.*$/m, '').trim(), `${hub.id}'s last page`).not.toBe('');
    await page.emulateMedia({ media: 'screen' });
  }
});

/** Prints the page to `path` (A4 landscape by the page's CSS) and returns each page's text. */
async function printedPages(page, path, mode = []) {
  await page.emulateMedia({ media: 'print' });
  mkdirSync('test-results', { recursive: true });
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', [...mode, '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }));
}

test('a printed 令和8年度 report names its edition on the cover and on every page, and marks its drafts', async ({ page }) => {
  test.setTimeout(60_000);
  page.on('dialog', (d) => d.accept());
  await page.goto('./hubs');
  await page.getByTestId('start-next-year').click();
  await expect(page.getByTestId('done-note')).toBeVisible();
  await page.goto('./report');
  await expect(page.getByTestId('report-hub')).toHaveCount(report.hubs.length);
  await expect(page.getByTestId('report-edition')).toContainText('令和8年度の報告（公開日の記載なし）・');
  const pages = await printedPages(page, 'test-results/report-fy2026.pdf');
  expect(pages[0]).toContain(report.title);
  expect(pages[0]).toContain('令和8年度の報告');
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain('令和8年度の報告'));
  const drafts = pages.join('').match(/下書き/g) ?? [];
  expect(drafts.length).toBeGreaterThan(report.hubs.length);
});

test('a label stands apart from the date after it, on screen and in print', async ({ page }) => {
  await page.goto('./report');
  await expect(page.getByTestId('report-hub')).toHaveCount(report.hubs.length);
  // In the order the PDF draws its text (-raw), a space is only where the gap reads as one.
  const text = (await printedPages(page, 'test-results/report-fy2025.pdf', ['-raw'])).join('\n');
  expect(text).toContain('⑤-1 2月14日');
  expect(text).toContain('④-2 5月26日');
  expect(text).not.toContain('⑤-12月14日');
});

/** Printed /report pages (-raw text) of the report shown, with no whitespace. */
const squeezed = (text) => text.replace(/\s+/g, '');

test('printed, every paragraph of all six hubs stays on one page and no page holds a cell\'s last lines alone, in both editions', async ({ page }) => {
  test.setTimeout(90_000);
  page.on('dialog', (d) => d.accept());
  for (const edition of ['令和7年度', '令和8年度']) {
    if (edition === '令和8年度') {
      await page.goto('./hubs');
      await page.getByTestId('start-next-year').click();
      await expect(page.getByTestId('done-note')).toBeVisible();
    }
    await page.goto('./report');
    await expect(page.getByTestId('report-hub')).toHaveCount(report.hubs.length);
    await expect(page.getByTestId('report-edition')).toContainText(edition);
    const raw = await printedPages(page, `test-results/report-breaks-${edition}.pdf`, ['-raw']);
    const printed = await page.locator('.whole-report .entry-body p').evaluateAll((ps) => ps.map((p) => [p.closest('[data-hub]').dataset.hub, p.textContent.replace(/\s+/g, '')]));
    expect(printed.length, edition).toBeGreaterThan(40);
    // Every paragraph this edition prints (as the page holds them) is whole on some page.
    const pages = raw.map(squeezed);
    const split = printed.filter(([, p]) => !pages.some((text) => text.includes(p)));
    expect(split.map(([hub, p]) => `${hub}: ${p.slice(0, 20)}`), `${edition}: paragraphs split across pages`).toEqual([]);
    // A page that does not end a hub holds at least three lines of the report's own text.
    raw.forEach((text, i) => {
      const own = text.split('\n').filter((line) => line.trim().length > 4 && printed.some(([, p]) => p.includes(squeezed(line))));
      const next = raw[i + 1] ?? '';
      // The next page opens a hub when its running head carries the printing date.
      const endsHub = i === raw.length - 1 || /令和\d+年\d+月\d+日/.test(next.split('\n').slice(0, 3).join(''));
      if (i > 0 && !endsHub) expect(own.length, `${edition} page ${i + 1}`).toBeGreaterThanOrEqual(3);
    });
  }
});
