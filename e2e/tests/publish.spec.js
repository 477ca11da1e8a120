// Publishing a new edition by replacing one file (issue 41): each test serves its own copy of
// the release build, whose data/report.json it replaces after the build, as a prefecture's
// web team would upload it. No rebuild anywhere.
import { test, expect } from './fixtures.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../serve.mjs';

const DIST = new URL('../../dist', import.meta.url).pathname;
const BUILDS_OWN = readFileSync(join(DIST, 'data', 'report.json'), 'utf8');

/** A copy of `dist/` served on a free port, with its published file replaceable. */
async function copyOfSite() {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-site-'));
  cpSync(DIST, dir, { recursive: true });
  let server = await serve(dir, 0, '/');
  const port = server.address().port;
  // Stopped, the site is unreachable: the browser is offline as far as the service worker
  // knows (Playwright's offline mode does not reach service workers).
  const stop = () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); });
  return {
    url: (path = '') => `http://127.0.0.1:${port}/${path}`,
    publish: (text) => writeFileSync(join(dir, 'data', 'report.json'), text),
    stop,
    start: async () => { server = await serve(dir, port, '/'); },
    close: async () => { await stop(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Today as the app dates an edition, and as the notice names it. */
function today() {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, ja: `令和${d.getFullYear() - 2018}年${d.getMonth() + 1}月${d.getDate()}日` };
}

async function editEntry(page, site, id, text) {
  await page.goto(site.url(`?hub=${id.split('-')[0]}`));
  await page.locator(`[data-entry-id="${id}"]`).getByRole('button', { name: /^編集/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('editor-text').fill(text);
  await dialog.getByTestId('editor-save').click();
  await expect(dialog).toBeHidden();
}

/** Makes the next edition as the prefecture would: an edit, a new hub, 「公開用に書き出す」. */
async function exportNextEdition(browser, site) {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await editEntry(page, site, 'matsubara-2024-result-01', '① 公開版で直した委員会');
  await page.goto(site.url('hubs'));
  await page.getByText('拠点を追加').click();
  await page.getByLabel('拠点ID').fill('sakai');
  await page.getByLabel('対象地域').fill('堺市');
  await page.getByTestId('add-hub').click();
  await page.goto(site.url('import'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-published').click()]);
  expect(download.suggestedFilename()).toBe('report.json');
  const text = readFileSync(await download.path(), 'utf8');
  await context.close();
  return text;
}

const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const notice = (page) => page.getByTestId('edition-notice');

test('a file made by 「公開用に書き出す」 and uploaded in place of data/report.json is the new edition for every visitor', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const site = await copyOfSite();
  try {
    // A returning visitor: seen the build's own edition, with edits of their own.
    await page.goto(site.url());
    await expect(page.getByTestId('entry').first()).toBeVisible();
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect(page.getByTestId('edition-shown')).toContainText('公開日の記載なし');
    await editEntry(page, site, 'habikino-2024-result-01', '① このブラウザーだけの編集');
    await editEntry(page, site, 'matsubara-2024-result-01', '① こちらでも直した委員会');

    const next = await exportNextEdition(browser, site);
    const { iso, ja } = today();
    expect(next).toContain(`\n  "published": "${iso}",\n`);
    expect(JSON.parse(next).schema_version).toBe(4);
    site.publish(next);

    // A new visitor sees the edit and the new hub, with no notice.
    const fresh = await browser.newContext({ locale: 'ja-JP' });
    const newcomer = await fresh.newPage();
    await newcomer.goto(site.url('?hub=matsubara'));
    await expect(newcomer.locator('[data-entry-id="matsubara-2024-result-01"]')).toContainText('公開版で直した委員会');
    await newcomer.goto(site.url('hubs'));
    await expect(newcomer.locator('[data-testid="hub"][data-hub="sakai"]')).toBeVisible();
    await expect(notice(newcomer)).toHaveCount(0);
    await expect(newcomer.getByTestId('edition-shown')).toContainText(`公開 ${ja}`);
    await fresh.close();

    // The returning visitor gets it on the next visit, with the notice; their edits stay, and
    // the entry both changed keeps theirs and is named in 変更点.
    await page.goto(site.url('hubs'));
    await expect(notice(page)).toContainText(`新しい版が公開されました（${ja}）`);
    await expect(notice(page)).toContainText('1件は新しい版でも変わっていた');
    await expect(page.locator('[data-testid="hub"][data-hub="sakai"]')).toBeVisible();
    await page.goto(site.url('?hub=habikino'));
    await expect(page.locator('[data-entry-id="habikino-2024-result-01"]')).toContainText('このブラウザーだけの編集');
    await page.goto(site.url('changes'));
    const both = page.locator('[data-testid="change"][data-entry-id="matsubara-2024-result-01"]');
    await expect(both.getByTestId('both-changed')).toHaveText('新しい版でも変更');
    await expect(both).toContainText('こちらでも直した委員会');
    // 変更点 compares with the published edition: the new hub is not an edit of this browser.
    await expect(page.getByTestId('change')).toHaveCount(2);
    await expect(page.getByTestId('edition-shown')).toContainText(`公開 ${ja}`);
    await page.reload();
    await expect(notice(page)).toHaveCount(0);

    // Offline: the last edition seen, and a notice that says so.
    await site.stop();
    await page.goto(site.url('hubs'));
    await expect(notice(page)).toContainText(`オフラインのため、このブラウザーで最後に見た版を表示しています（${ja}）`);
    await expect(page.locator('[data-testid="hub"][data-hub="sakai"]')).toBeVisible();
    await site.start();

    // A bad file in its place: the last good edition, a plain notice, storage untouched.
    const html = '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>';
    const bad = [
      ['a truncated upload', next.slice(0, Math.floor(next.length / 2)), '途中で終わって'],
      ['a newer schema', next.replace('"schema_version": 4', '"schema_version": 99'), 'schema_version 99'],
      ['a foreign JSON', JSON.stringify({ type: 'FeatureCollection', features: [] }), ''],
      ['an HTML page', html, 'HTML'],
      ['an older edition', BUILDS_OWN, '前に見た版より古い'],
    ];
    for (const [what, text, why] of bad) {
      const before = await storage(page);
      site.publish(text);
      await page.goto(site.url('hubs'));
      await expect(notice(page), what).toContainText('前の版を表示しています');
      if (why) await expect(notice(page), what).toContainText(why);
      await expect(page.locator('[data-testid="hub"][data-hub="sakai"]'), what).toBeVisible();
      await expect(page.getByTestId('edition-shown'), what).toContainText(`公開 ${ja}`);
      expect(await storage(page), `${what}: storage byte-identical`).toBe(before);
    }
  } finally {
    await site.close();
  }
});

test('the first view drawn at build time is never shown for another edition', async ({ browser }) => {
  const site = await copyOfSite();
  // With the app's wasm held back, whatever shows is the copy in index.html alone. Every frame
  // records whether the copy was visible.
  const visit = async () => {
    const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    await page.addInitScript(() => {
      window.__copyShown = false;
      const look = () => {
        const copy = document.getElementById('prerender');
        if (copy && copy.checkVisibility({ visibilityProperty: true }) && copy.getBoundingClientRect().height > 0) window.__copyShown = true;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(site.url());
    await page.waitForFunction(() => window.renkeiSite).then(() => page.evaluate(() => window.renkeiSite));
    await page.waitForTimeout(200);
    const shown = await page.evaluate(() => window.__copyShown);
    await context.close();
    return shown;
  };
  try {
    expect(await visit(), 'the build\'s own file: the copy shows').toBe(true);
    const other = JSON.parse(BUILDS_OWN);
    other.published = '2027-03-31';
    other.hubs[0].entries[0].paragraphs = ['① 別の版'];
    site.publish(`${JSON.stringify(other, null, 2)}\n`);
    expect(await visit(), 'another edition: never shown').toBe(false);
    // The same edition with only its layout changed is another file: the app draws its own.
    site.publish(JSON.stringify(JSON.parse(BUILDS_OWN)));
    expect(await visit()).toBe(false);
  } finally {
    await site.close();
  }
});
