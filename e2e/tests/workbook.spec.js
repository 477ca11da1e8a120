// The report form as an Excel workbook: written by renkei, edited by another implementation
// (openpyxl, LibreOffice), read back with a review before anything changes.
import { test, expect, chartTable } from './fixtures.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const KEY = 'renkei:data';
const published = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'renkei-workbook-'));
const EDIT = new URL('../workbook/edit.py', import.meta.url).pathname;
const PYTHON = '/usr/bin/python3';

/** Runs the openpyxl editor on `src`, giving the edited file's path. */
function edited(src, name, ...op) {
  const out = join(dir, name);
  execFileSync(PYTHON, [EDIT, src, out, ...op]);
  return out;
}

/** LibreOffice's re-save of `src` in `format` (xlsx, xls, pdf): its path. */
function resaved(src, format, sub) {
  const out = join(dir, sub);
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', format, '--outdir', out, src], { stdio: 'ignore', timeout: 120_000 });
  return join(out, src.split('/').pop().replace(/\.xlsx$/, `.${format.split(':')[0]}`));
}

async function exportWorkbook(page, where = './import') {
  await page.goto(where);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function importFile(page, path, name = path.split('/').pop()) {
  await page.goto('./import');
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: readFileSync(path) });
}

async function exportedJson(page) {
  // Reloading would lose the undo history, which lives in the page.
  if (!page.url().endsWith('/import')) await page.goto('./import');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

/** Applies what the review has ticked, and waits until it is applied. */
async function applyReview(page) {
  await page.getByTestId('review-apply').click();
  await expect(page.getByTestId('done-note')).toContainText('ブックの変更を反映しました。「元に戻す」で取り消せます。');
  // The review is gone: focus is on the note that says what happened, not on the page.
  await expect(page.getByTestId('done-note')).toBeFocused();
}

/** Every entry of a report by id. */
const entries = (r) => new Map(r.hubs.flatMap((h) => h.entries.map((e) => [e.id, e])));

let form;
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  form = await exportWorkbook(page);
  await page.close();
});

test('the exported workbook has a guide, a sheet a hub laid out like the report and a protected list', async () => {
  const script = `
import openpyxl, json, sys
b = openpyxl.load_workbook(sys.argv[1])
s = b[sys.argv[2]]
print(json.dumps({"sheets": b.sheetnames, "a": [s.cell(r, 1).value for r in range(1, 12)],
  "merged": [str(m) for m in s.merged_cells.ranges], "landscape": s.page_setup.orientation,
  "fit": s.page_setup.fitToWidth, "protected": b["取組一覧"].protection.sheet,
  "rows": b["取組一覧"].max_row, "head": [c.value for c in b["取組一覧"][1]],
  "guideFit": [b["説明"].page_setup.fitToWidth or 1, b["説明"].page_setup.fitToHeight, b["説明"].sheet_properties.pageSetUpPr.fitToPage],
  "room": [(r, s.row_dimensions[r].height, max(len(str(s.cell(r, c).value or "").split("\\n")) for c in range(1, 6))) for r in (9, 13, 17, 21)]}, ensure_ascii=False))`;
  const got = JSON.parse(execFileSync(PYTHON, ['-c', script, form, '松原市'], { encoding: 'utf8' }));
  expect(got.sheets).toEqual(['説明', ...published.hubs.map((h) => h.area), '取組一覧']);
  expect(got.a.slice(1, 5)).toEqual(['対象地域', '連携の拠点', '市町村医介連携事業（委託先）', '資料']);
  expect(got.a[6]).toBe('（１）令和6年度の実績');
  expect(got.a[7]).toBe('①会議の開催');
  expect(got.merged).toContain('A13:E13'); // the challenges: one cell across the five categories
  expect(got.landscape).toBe('landscape');
  expect(got.protected).toBe(true);
  expect(got.rows).toBe(1 + published.hubs.reduce((n, h) => n + h.entries.length, 0));
  expect(got.head).toEqual(['id', '拠点', '年度', '区分', '分類', '番号', '本文', 'テーマ', '進捗']);
  // The guide prints a page wide: its rules are not cut at the paper's edge.
  expect(got.guideFit).toEqual([1, 0, true]);
  // Each text row has room for two lines more than it holds (a set height does not grow as a
  // hub types, and a merged cell's never does).
  for (const [row, height, lines] of got.room) expect(height, `row ${row}`).toBeGreaterThanOrEqual((lines + 2) * 15);
});

test('an unchanged round trip, also through a LibreOffice re-save, finds no change', async ({ page }) => {
  for (const path of [form, resaved(form, 'xlsx', 'lo-same')]) {
    await importFile(page, path);
    await expect(page.getByTestId('review-none')).toHaveText('このブックには、今の報告との違いはありません。');
    await expect(page.getByTestId('review-apply')).toHaveCount(0);
    // Nothing to apply: the one button closes, it cancels nothing.
    await expect(page.getByTestId('review-cancel')).toHaveText('閉じる');
  }
});

test('a review applied after another tab changed the report says so beside its button and applies nothing', async ({ page, context }) => {
  const path = edited(form, 'stale.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（11月・2月）');
  await importFile(page, path);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  const other = await context.newPage();
  await other.goto('./?hub=habikino');
  await other.locator('.edit-button').first().click();
  await other.getByTestId('editor-text').fill('① 別のタブの編集');
  await other.getByTestId('editor-save').click();
  await expect(other.getByRole('dialog')).toBeHidden();
  await page.getByTestId('review-apply').click();
  await expect(page.getByTestId('review-failed')).toHaveText('ブックを読み込んだ後に、別のタブで報告が変更されました。何も反映していません。ブックをもう一度読み込んでください。');
  await expect(page.getByTestId('review')).toBeVisible();
  await expect(page.getByTestId('done-note')).toHaveCount(0);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).report;
  expect(JSON.stringify(stored)).not.toContain('地域医療勉強会（11月・2月）');
  expect(JSON.stringify(stored)).toContain('別のタブの編集');
});

test('a workbook written before the report was corrected takes the hub\'s change and does not undo the correction', async ({ page }) => {
  // The prefecture corrects an entry after the forms went out…
  await page.goto('./?hub=matsubara');
  await page.locator('[data-entry-id="matsubara-2024-result-01"] .edit-button').click();
  await page.getByTestId('editor-text').fill('① 府が訂正した会議');
  await page.getByTestId('editor-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  // …and 松原市's form comes back with one change of its own, the corrected entry as written.
  await importFile(page, edited(form, 'after-correction.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（11月・2月）'));
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  await expect(page.getByTestId('change')).toHaveAttribute('data-entry-id', 'matsubara-2025-plan-03');
  await expect(page.getByTestId('review-notes')).toContainText('このブックを書き出した後にこのアプリで変わった取組1件は、ブックでは書き出したときのままなので、今の内容のままにしました');
  // Which one, by hub, the report's heading, label and opening.
  await expect(page.getByTestId('review-notes')).toContainText('（古い内容には戻しません）：松原市 （１）令和6年度の実績 ① 府が訂正した会議');
  await applyReview(page);
  const after = entries(await exportedJson(page));
  expect(after.get('matsubara-2024-result-01').paragraphs).toEqual(['① 府が訂正した会議']);
  expect(after.get('matsubara-2025-plan-03').paragraphs).toEqual(['④-1 地域医療勉強会（11月・2月）']);
});

test('a rewording that states a new count drops the old one, reads the new one, and the review says both', async ({ page }) => {
  await importFile(page, edited(form, 'count.xlsx', 'replace', '松原市', '約170名', '約180名'));
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  await expect(page.getByTestId('review-notes')).toContainText('読み取っていた開催回数・月・人数などの一部が文面にないため、それを外しました');
  await expect(page.getByTestId('review-notes')).toContainText('松原市 （４）');
  await expect(page.getByTestId('read-fact')).toHaveText(['約180名 → 約180名']);
  await applyReview(page);
  const after = entries(await exportedJson(page));
  expect(after.get('matsubara-2025-progress-02').paragraphs.join('')).toContain('約180名');
  expect(after.get('matsubara-2025-progress-02').facts.members.map((m) => [m.count, m.approximate])).toEqual([[180, true]]);
});

test('a hub renamed by its form is counted in the review, and an older workbook then reads as that hub, not a second one', async ({ page }) => {
  // 松原市's form comes back with its 対象地域 reworded…
  await importFile(page, edited(form, 'area.xlsx', 'write', '松原市', 'B2', '松原市（全域）'));
  await expect(page.getByTestId('review-counts')).toHaveText('変更 0件・追加 0件・削除 0件・拠点の情報の変更 1件');
  await applyReview(page);
  // …then the workbook of every hub, written before, with a change of 羽曳野市's.
  await importFile(page, edited(form, 'older.xlsx', 'replace', '羽曳野市', '専門職向けスキルアップ研修会（２月）', '専門職向けスキルアップ研修会（２月・３月）'));
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  await applyReview(page);
  const hubs = (await exportedJson(page)).hubs;
  expect(hubs.map((h) => h.area)).toEqual(published.hubs.map((h) => (h.id === 'matsubara' ? '松原市（全域）' : h.area)));
});

test('new lines with months, a frequency and a count come back with their facts read, marked in the review, and reach the calendar, the meetings chart and the JSON', async ({ page }) => {
  const months = edited(form, 'm1.xlsx', 'append', '松原市', '④-2 地域医療介護連携推進委員会における勉強会', '④-3 ケアマネジャー向け研修会（７月、１２月）');
  const often = edited(months, 'm2.xlsx', 'append', '松原市', '① 地域医療介護連携推進委員会（8月,12月,2月除く毎月）', '①-2 入退院支援連絡会を隔月で開催予定。');
  const counted = edited(often, 'm3.xlsx', 'append', '松原市', '⑤-2 市役所や医療機関等を経由して', '⑤-3 出前講座を3回実施し、約40名が参加した。');
  await importFile(page, counted);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 0件・追加 3件・削除 0件');
  // What was read, beside the words it was read from, marked.
  const read = page.getByTestId('read-facts');
  await expect(read).toHaveCount(3);
  const of = (words) => read.filter({ hasText: words });
  await expect(of('ケアマネジャー向け研修会').locator('.read-text mark')).toHaveText(['７月', '１２月']);
  await expect(of('ケアマネジャー向け研修会').getByTestId('read-fact')).toHaveText(['７月 → 令和7年度 7月 · 予定', '１２月 → 令和7年度 12月 · 予定']);
  await expect(of('入退院支援連絡会').getByTestId('read-fact')).toHaveText(['隔月 → 入退院支援連絡会：年6回']);
  await expect(of('出前講座').locator('.read-text mark')).toHaveText(['3回', '約40名']);
  // No note asks to type the dates: they were read.
  await expect(page.getByText('日付を文面から読み取れませんでした')).toHaveCount(0);
  // December is left out: its box cleared, the entry is taken without it.
  await of('ケアマネジャー向け研修会').getByRole('checkbox', { name: '取り込む：１２月 → 令和7年度 12月 · 予定' }).uncheck();
  await applyReview(page);
  const after = await exportedJson(page);
  const added = after.hubs[0].entries.filter((e) => !entries(published).has(e.id));
  const byLabel = Object.fromEntries(added.map((e) => [e.label, e]));
  expect(byLabel['④-3'].facts.events.map((e) => [e.fiscal_year, e.month, e.status])).toEqual([[2025, 7, 'planned']]);
  expect(byLabel['①-2'].facts.meetings.map((m) => [m.per_year, m.basis])).toEqual([[6, '隔月']]);
  expect(byLabel['⑤-3'].facts.members.map((m) => [m.count, m.approximate])).toEqual([[40, true]]);
  expect(byLabel['⑤-3'].facts.figures.map((f) => [f.value, f.unit])).toEqual([[3, '回']]);
  // The calendar and the meetings chart hold them.
  await page.goto('./dashboard');
  const calendar = await chartTable(page, 'calendar');
  const matsubara = calendar.find((r) => r[0] === '松原市');
  expect(matsubara[calendar[0].indexOf('7月')]).toBe('○1');
  expect(matsubara[calendar[0].indexOf('12月')]).toBe('');
  const meetings = await chartTable(page, 'meetings');
  expect(meetings.find((r) => r[0] === '松原市')).toEqual(['松原市', '10', '15']);
});

test('text typed outside the form\'s fields is named in the review, not dropped silently', async ({ page }) => {
  await importFile(page, resaved(edited(form, 'outside.xlsx', 'write', '松原市', 'A40', '⑤ 表の下に書いた取組'), 'xlsx', 'lo-outside'));
  await expect(page.getByTestId('review-notes')).toContainText('様式の欄の外に書かれたセルは読み込んでいません：松原市!A40。');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('review-notes')).toContainText('Cells outside the form\'s fields were not read: 松原市!A40.');
});

test('one edited paragraph is one changed entry, marked by character; applying changes exactly it', async ({ page }) => {
  const path = edited(form, 'edit.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（11月・2月）');
  await importFile(page, path);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  const row = page.getByTestId('change');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-entry-id', 'matsubara-2025-plan-03');
  await expect(row.locator('strong')).toHaveText('松原市・令和7年度 計画・④-1');
  await expect(row.locator('ins')).toHaveText('・2月');
  await expect(row.locator('del')).toHaveCount(0);
  // Nothing stored changes until it is applied.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await applyReview(page);
  const after = await exportedJson(page);
  const before = entries(published);
  const changed = [...entries(after)].filter(([id, e]) => JSON.stringify(e) !== JSON.stringify(before.get(id)));
  expect(changed.map(([id]) => id)).toEqual(['matsubara-2025-plan-03']);
  expect(changed[0][1].paragraphs).toEqual(['④-1 地域医療勉強会（11月・2月）']);
  expect(changed[0][1].themes).toEqual(before.get('matsubara-2025-plan-03').themes);
});

test('a labelled line is one new entry with its label, category and suggested themes', async ({ page }) => {
  const hub = published.hubs.find((h) => h.id === 'habikino');
  const anchor = hub.entries.find((e) => e.section === 'progress').paragraphs[0];
  const path = edited(form, 'add.xlsx', 'append', '羽曳野市', anchor, '③-9 災害時のBCP訓練を3月に実施予定。');
  await importFile(page, path);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 0件・追加 1件・削除 0件');
  const row = page.getByTestId('change');
  await expect(row.locator('strong')).toHaveText('羽曳野市・令和7年度 進捗状況・③-9');
  await expect(row.locator('.sub')).toContainText('災害');
  // A new entry has nothing before it: only its text is shown.
  await expect(row.locator('.ba-title')).toHaveText(['変更後']);
  await applyReview(page);
  const after = await exportedJson(page);
  const added = after.hubs.find((h) => h.id === 'habikino').entries.filter((e) => !entries(published).has(e.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ label: '③-9', category: 3, section: 'progress', fiscal_year: 2025, status: 'planned' });
  expect(added[0].themes).toContain('disaster');
});

test('a line numbered ⑤ typed in the ④ column is filed under ⑤, and the review says so', async ({ page }) => {
  const path = edited(form, 'misfiled.xlsx', 'append', '羽曳野市', '④-2 2月頃に災害をテーマに研修会を開催予定。', '⑤-9 市民向け講座を3月に開催予定。');
  await importFile(page, path);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 0件・追加 1件・削除 0件');
  await expect(page.getByTestId('change').locator('strong')).toHaveText('羽曳野市・令和7年度 進捗状況・⑤-9');
  await expect(page.getByTestId('review-notes')).toContainText('番号と欄の分類が違う取組は、番号の分類で読みました');
  await expect(page.getByTestId('review-notes')).toContainText('④の欄の「⑤-9」');
});

test('a deleted entry is one removed entry; a change left unticked is not applied', async ({ page }) => {
  const deleted = edited(form, 'delete.xlsx', 'delete', '松原市', '⑤-1 市民公開講座');
  const both = edited(deleted, 'delete-edit.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（12月）');
  await importFile(page, both);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 1件');
  const removed = page.locator('[data-testid="change"][data-entry-id="matsubara-2025-plan-05"]');
  await expect(removed.locator('.badge')).toHaveText('削除');
  await expect(removed.locator('.ba-title')).toHaveText(['変更前']);
  const hubBox = page.locator('input[data-hub-all="matsubara"]');
  const mixed = () => hubBox.evaluate((b) => b.indeterminate);
  expect(await mixed()).toBe(false);
  await removed.getByTestId('review-take').uncheck();
  // One of the hub's two changes left out: its box shows the mixed state, not "none".
  await expect(hubBox).not.toBeChecked();
  expect(await mixed()).toBe(true);
  await applyReview(page);
  const after = entries(await exportedJson(page));
  expect(after.has('matsubara-2025-plan-05')).toBe(true);
  expect(after.get('matsubara-2025-plan-03').paragraphs).toEqual(['④-1 地域医療勉強会（12月）']);
  // One undo takes the applied changes back, and the note that they were applied with them.
  await expect(page.getByTestId('done-note')).toBeVisible();
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByTestId('done-note')).toHaveCount(0);
  expect(entries(await exportedJson(page)).get('matsubara-2025-plan-03')).toEqual(entries(published).get('matsubara-2025-plan-03'));
});

test('formula cells are read by their value, and the review says so', async ({ page }) => {
  const withFormula = edited(form, 'formula.xlsx', 'formula', '松原市', '地域医療勉強会（11月）');
  const calculated = resaved(withFormula, 'xlsx', 'lo-formula');
  await importFile(page, calculated);
  await expect(page.getByTestId('review-notes')).toContainText('数式のセルは、最後に計算された値を読みました：松原市!');
  await expect(page.getByTestId('review-none')).toBeVisible();
});

test('a hub page exports that hub\'s form only', async ({ page }) => {
  const path = await exportWorkbook(page, './hub/tondabayashi');
  const names = JSON.parse(execFileSync(PYTHON, ['-c', 'import openpyxl,json,sys; print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames, ensure_ascii=False))', path], { encoding: 'utf8' }));
  expect(names).toEqual(['説明', '富田林市・太子町・河南町・千早赤阪村', '取組一覧']);
});

test('bad workbooks get a message naming what is wrong and leave storage byte-identical', async ({ page }) => {
  // Something stored first, so "unchanged" means something.
  await importFile(page, edited(form, 'stored.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（10月）'));
  await applyReview(page);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  const bytes = readFileSync(form);
  const bomb = join(dir, 'bomb.xlsx');
  execFileSync(PYTHON, ['-c', `import zipfile,sys
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", "<workbook/>")
    z.writestr("xl/worksheets/sheet1.xml", b"\\0" * (300 * 1024 * 1024))`, bomb]);
  const ole = Buffer.alloc(4096);
  Buffer.from([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).copy(ole);
  const encrypted = Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]);
  const huge = Buffer.alloc(21 * 1024 * 1024, 1);
  Buffer.from('PK\x03\x04').copy(huge);
  const cases = [
    ['old.xls', readFileSync(resaved(form, 'xls', 'lo-xls')), '古い形式の Excel ファイル（.xls）'],
    ['locked.xlsx', encrypted, 'パスワードで保護されたブック'],
    ['table.xlsx', Buffer.from('id,text\n1,①会議\n'), 'Excel ブック（.xlsx）でも renkei の JSON でもありません'],
    ['cut.xlsx', bytes.subarray(0, bytes.length / 2), 'ブックが壊れているか、途中で切れています'],
    ['bomb.xlsx', readFileSync(bomb), '展開すると'],
    ['other.xlsx', readFileSync(edited(form, 'nohub.xlsx', 'no-hub')), '拠点のシートが見つかりません'],
    ['huge.xlsx', huge, 'ファイルが大きすぎます'],
  ];
  for (const [name, buffer, said] of cases) {
    await page.goto('./import');
    await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByTestId('import-problems'), name).toContainText(said);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage })), name).toBe(stored);
  }
  // In the English UI, in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('import-problems')).toContainText('The file is too large');
});

test('LibreOffice prints the form like the report', async () => {
  const pdf = resaved(form, 'pdf', 'lo-pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const words of ['連携の拠点の取組について', '対象地域', '（１）令和6年度の実績', '①会議の開催', '⑤在宅医療の普及啓発', '松原市医師会医療介護連携支援センター']) {
    expect(text).toContain(words);
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  expect(pages).toBeGreaterThanOrEqual(published.hubs.length + 1);
});

test.describe('accessibility', () => {
  // axe is injected as a script; the app's CSP would rightly refuse it.
  test.use({ bypassCSP: true });

  async function axe(page) {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    return page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  }

  test('the review and the changes view pass axe in both languages; cleared boxes stay cleared across the toggle', async ({ page }) => {
    const deleted = edited(form, 'a11y-delete.xlsx', 'delete', '松原市', '⑤-1 市民公開講座');
    await importFile(page, edited(deleted, 'a11y.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（12月）'));
    const removed = page.locator('[data-testid="change"][data-entry-id="matsubara-2025-plan-05"] [data-take]');
    await removed.uncheck();
    // Ticked by keyboard: the boxes are ordinary checkboxes with their entry in their name.
    const changed = page.getByRole('checkbox', { name: /反映する.*松原市・令和7年度 計画・④-1/ });
    await changed.focus();
    await page.keyboard.press('Space');
    await expect(changed).not.toBeChecked();
    await page.keyboard.press('Space');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('review-counts')).toHaveText('Modified: 1 · Added: 0 · Removed: 1');
    await expect(removed).not.toBeChecked();
    // An English colon (the hidden part of the name may be read apart from "Apply").
    await expect(page.getByRole('checkbox', { name: /^Apply ?: 松原市 · FY2025 Plan · ④-1$/ })).toBeChecked();
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('review-apply').click();
    await expect(page.getByTestId('done-note')).toContainText("The workbook's changes were applied. Undo takes them back.");
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('done-note').getByRole('link', { name: 'See the changes' }).click();
    await expect(page.getByTestId('change')).toHaveCount(1);
    await expect(page.getByTestId('change').locator('del')).toHaveText('1');
    expect(await axe(page)).toEqual([]);
  });
});

test('after starting next year, the form is the new edition pre-filled with the drafts, and reads back unchanged', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await page.goto('./hubs');
  await page.getByTestId('start-next-year').click();
  await expect(page.getByTestId('done-note')).toContainText('次年度の報告を始めました');
  // In the app (a reload would keep the drafts too: they are stored).
  await page.getByRole('link', { name: 'インポート' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const path = join(dir, 'next-year.xlsx');
  await download.saveAs(path);
  const script = `
import openpyxl, json, sys
s = openpyxl.load_workbook(sys.argv[1])["松原市"]
print(json.dumps([s.cell(r, c).value for r in range(1, s.max_row + 1) for c in range(1, 6) if s.cell(r, c).value], ensure_ascii=False))`;
  const cells = JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' }));
  const headings = cells.filter((c) => /^（[１-４]）/.test(c));
  expect(headings).toEqual(['（１）令和7年度の実績', '（２）令和7年度の取り組みを通じた課題', '（３）令和8年度の実績計画', '（４）令和8年度の進捗状況']);
  // The FY2025 results are drafted from the FY2025 progress, wording kept.
  const progress = published.hubs[0].entries.filter((e) => e.section === 'progress');
  for (const e of progress) expect(cells.join('\n')).toContain(e.paragraphs[0]);
  await page.getByTestId('import-file').setInputFiles({ name: 'next-year.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(path) });
  await expect(page.getByTestId('review-none')).toBeVisible();
});

test('the first workbook leaves no warning of its own in the console', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (['warning', 'error'].includes(m.type())) warnings.push(m.text()); });
  await page.goto('./import');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  // The browser's note on preload integrity is about the page's own tags, not the workbook.
  expect(warnings.filter((w) => !w.includes('integrity'))).toEqual([]);
});

test('a label retyped with full-width digits or dash is the same entry, changed, and keeps its themes', async ({ page }) => {
  // As typed in Excel with a Japanese input method: ④－１ for ④-1.
  const path = edited(form, 'fullwidth.xlsx', 'replace', '松原市', '④-1 地域医療勉強会（11月）', '④－１ 地域医療勉強会（11月・2月）');
  await importFile(page, path);
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  const row = page.getByTestId('change');
  await expect(row).toHaveAttribute('data-entry-id', 'matsubara-2025-plan-03');
  await expect(row.locator('strong')).toHaveText('松原市・令和7年度 計画・④-1');
  await applyReview(page);
  const after = entries(await exportedJson(page)).get('matsubara-2025-plan-03');
  expect(after.label).toBe('④-1');
  expect(after.themes).toEqual(entries(published).get('matsubara-2025-plan-03').themes);
});

test('a workbook review is not one live region, and names each change in a heading under its own', async ({ page }) => {
  const path = edited(form, 'headings.xlsx', 'replace', '松原市', '地域医療勉強会（11月）', '地域医療勉強会（11月・2月）');
  await importFile(page, path);
  await expect(page.getByTestId('review-counts')).toBeVisible();
  expect(await page.locator('main [aria-live]').evaluateAll((els) => els.filter((e) => e.querySelector('[data-testid="change"]')).length)).toBe(0);
  await expect(page.getByRole('heading', { level: 4, name: '変更 松原市・令和7年度 計画・④-1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '変更前' })).toHaveCount(0);
});

test('the editor shows structured data as a form, reads facts from the text against the present ones, and a day typed there survives a re-import of the reworded form', async ({ page }) => {
  await page.goto('./?hub=matsubara');
  const card = page.locator('[data-entry-id="matsubara-2025-plan-03"]');
  await card.getByRole('button', { name: /^編集/ }).click();
  const dialog = page.getByRole('dialog');
  const form = dialog.getByTestId('facts-form');
  await expect(form.getByTestId('facts-event')).toHaveCount(1);
  await expect(form.getByTestId('facts-month')).toHaveValue('11');
  // The words now name February too: read, shown against what is there, nothing changed yet.
  await dialog.getByTestId('editor-text').fill('④-1 地域医療勉強会（11月、2月）');
  await form.getByTestId('facts-read').click();
  await expect(form.getByTestId('facts-present').locator('li')).toHaveText(['地域医療勉強会 令和7年度 11月 · 予定']);
  await expect(form.getByTestId('facts-found').locator('li')).toHaveText([/令和7年度 2月 · 予定$/]);
  await expect(form.getByTestId('facts-event')).toHaveCount(1);
  await form.getByTestId('facts-take').click();
  await expect(form.getByTestId('facts-event')).toHaveCount(2);
  // A day typed by hand for November.
  await form.getByTestId('facts-day').first().fill('20');
  // The JSON stays reachable and says the same.
  await form.locator('.facts-json summary').click();
  await expect(form.getByTestId('facts-json')).toHaveValue(/"day": 20/);
  await dialog.getByTestId('editor-save').click();
  await expect(dialog).toBeHidden();
  const saved = entries(await exportedJson(page)).get('matsubara-2025-plan-03');
  expect(saved.facts.events.map((e) => [e.month, e.day, e.typed ?? false])).toEqual([[11, 20, true], [2, null, false]]);
  // The hub's form, written now, comes back reworded: the typed day stays.
  const now = await exportWorkbook(page);
  await importFile(page, edited(now, 'typed.xlsx', 'replace', '松原市', '地域医療勉強会（11月、2月）', '地域医療勉強会（11月、2月、3月）'));
  await expect(page.getByTestId('review-counts')).toHaveText('変更 1件・追加 0件・削除 0件');
  await expect(page.getByTestId('read-fact')).toHaveText(['3月 → 令和7年度 3月 · 予定']);
  await applyReview(page);
  const after = entries(await exportedJson(page)).get('matsubara-2025-plan-03');
  expect(after.facts.events.map((e) => [e.month, e.day, e.typed ?? false])).toEqual([[11, 20, true], [2, null, false], [3, null, false]]);
});

test('the structured-data form takes a meeting\'s range and a figure with its unit, marked as typed', async ({ page }) => {
  await page.goto('./?hub=matsubara');
  await page.locator('[data-entry-id="matsubara-2025-plan-01"]').getByRole('button', { name: /^編集/ }).click();
  const form = page.getByRole('dialog').getByTestId('facts-form');
  await expect(form.getByTestId('facts-per-year')).toHaveValue('9');
  await form.getByTestId('facts-per-year-max').fill('10');
  await form.getByTestId('facts-add-figure').click();
  const figure = form.getByTestId('facts-figure');
  await figure.getByRole('textbox', { name: '名称' }).fill('参加率');
  await figure.getByTestId('facts-figure-value').fill('41.7');
  await figure.getByTestId('facts-figure-value').press('Tab');
  await figure.getByRole('textbox', { name: '単位' }).fill('%');
  await page.getByTestId('editor-save').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const saved = entries(await exportedJson(page)).get('matsubara-2025-plan-01');
  expect(saved.facts.meetings.map((m) => [m.per_year, m.per_year_max, m.typed])).toEqual([[9, 10, true]]);
  expect(saved.facts.figures).toEqual([{ label: '参加率', value: 41.7, unit: '%', typed: true }]);
});

test('an English-UI user\'s form explains itself in English, its hub sheets keep the report\'s Japanese', async ({ page }) => {
  const path = await exportWorkbook(page, './import?lang=en');
  const script = `
import openpyxl, json, sys
b = openpyxl.load_workbook(sys.argv[1])
g = b["説明"]
print(json.dumps({"guide": [g.cell(r, 1).value for r in range(1, 12)], "hub": [b["松原市"].cell(r, c).value for r in range(1, 12) for c in range(1, 6)]}, ensure_ascii=False))`;
  const got = JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' }));
  expect(got.guide[0]).toBe(`${published.title_en}: report form`);
  expect(got.guide[1]).toMatch(/^Osaka Prefecture, Minami-Kawachi, written \d{4}-\d{2}-\d{2}$/);
  expect(got.guide[2]).toBe('How to fill it in');
  // English throughout, but where it names the words the sheets show (①, 対象地域, 取組一覧).
  for (const line of got.guide) {
    expect(line.replace(/対象地域|取組一覧/g, ''), line).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
  expect(got.hub.filter((v) => typeof v === 'string').join('')).toContain('地域医療介護連携推進委員会');
});
