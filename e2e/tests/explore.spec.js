import { test, expect, drawn, withCopies, importReport, DRAW_LIMIT } from './fixtures.js';
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
const entries = report.hubs.flatMap((h) => h.entries.map((e) => ({ hub: h.id, ...e })));
const hubsWith = (theme) => report.hubs.filter((h) => h.entries.some((e) => e.themes.includes(theme))).map((h) => h.id);

/** Types `text` in the search box and clicks `selector` in one task: before the page is idle
 * enough to have written the typing to the URL. */
// In one task, as a quick hand would: so the app must have started (the copy drawn at build
// time has no test ids and stays until the site's edition is known and it has been painted).
const typeThenClick = async (page, text, selector) => page.getByTestId('search').waitFor().then(() => page.evaluate(([t, sel]) => {
  const box = document.querySelector('[data-testid="search"]');
  box.value = t;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector(sel).click();
}, [text, selector]));

async function shown(page) {
  const count = Number(await page.getByTestId('result-count').textContent());
  await drawn(page, Math.min(count, DRAW_LIMIT));
  const list = page.getByTestId('entry');
  const ids = await list.evaluateAll((els) => els.map((el) => el.dataset.entryId));
  const hubs = await list.evaluateAll((els) => [...new Set(els.map((el) => el.dataset.hub))]);
  return { ids, hubs, count };
}

for (const theme of ['disaster', 'acp']) {
  test(`?theme=${theme} lists exactly the hubs whose entries carry it`, async ({ page }) => {
    await page.goto(`./?theme=${theme}`);
    const expected = entries.filter((e) => e.themes.includes(theme)).map((e) => e.id);
    await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
    const { ids, hubs } = await shown(page);
    expect(ids).toEqual(expected);
    expect(hubs).toEqual(hubsWith(theme));
    await expect(page.locator(`[data-facet="theme"] input[data-value="${theme}"]`)).toBeChecked();
  });
}

const everyResultCases = [
  ['no filter', './', () => true],
  ['a theme', './?theme=disaster', (e) => e.themes.includes('disaster')],
  ['a search', './?q=ACP', (e) => e.paragraphs.join('').includes('ACP')],
  ['a section', './?section=progress', (e) => e.section === 'progress'],
  ['a theme and a category', './?theme=acp&cat=5', (e) => e.themes.includes('acp') && e.category === 5],
];
for (const [what, url, keep] of everyResultCases) {
  test(`with ${what}, every result of the bundled report is in the page, in report order`, async ({ page }) => {
    await page.goto(url);
    const expected = entries.filter(keep).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
    // The count says N and N cards are there, with nothing held back and no scrolling.
    await expect(page.getByTestId('entry')).toHaveCount(expected.length);
    const ids = await page.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
    expect(ids).toEqual(expected);
    await expect(page.getByTestId('show-all')).toHaveCount(0);
    await expect(page.getByTestId('drawn-note')).toHaveCount(0);
  });
}

test('printing the entries view prints every card', async ({ page }) => {
  await page.goto('./?theme=disaster');
  const expected = entries.filter((e) => e.themes.includes('disaster')).length;
  await page.emulateMedia({ media: 'print' });
  const printed = await page.getByTestId('entry').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
  expect(printed).toBe(expected);
});

test('typing ＡＣＰ gives the same results as ACP, highlighted as text', async ({ page }) => {
  await page.goto('./');
  const search = page.getByTestId('search');
  await search.fill('ACP');
  await expect(page).toHaveURL(/q=ACP/);
  const half = await shown(page);
  await search.fill('ＡＣＰ');
  await expect(page).toHaveURL(/q=%EF%BC%A1/);
  const full = await shown(page);
  expect(half.count).toBeGreaterThan(0);
  expect(full.ids).toEqual(half.ids);
  expect(half.ids).toEqual(entries.filter((e) => e.paragraphs.join('').includes('ACP')).map((e) => e.id));
  await expect(page.locator('[data-testid="entry"] mark').first()).toHaveText('ACP');
});

test('ぶるーかーど finds ブルーカード', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('search').fill('ぶるーかーど');
  const expected = entries.filter((e) => e.paragraphs.join('').includes('ブルーカード')).map((e) => e.id);
  await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
  expect((await shown(page)).ids).toEqual(expected);
  await expect(page.locator('[data-testid="entry"] mark').first()).toHaveText('ブルーカード');
});

test('2月 finds February, not December, and marks only whole numbers', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('search').fill('2月');
  // An entry's text folded to ASCII digits: a whole 2月 is not the tail of 12月.
  const fold = (t) => t.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const whole = (t) => /(^|[^0-9])2月/.test(fold(t));
  const expected = entries.filter((e) => whole(e.paragraphs.join('\n'))).map((e) => e.id);
  expect(entries.some((e) => !whole(e.paragraphs.join('')) && fold(e.paragraphs.join('')).includes('12月'))).toBe(true);
  await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
  expect((await shown(page)).ids).toEqual(expected);
  const marks = await page.locator('[data-testid="entry"] mark').evaluateAll((els) => els.map((m) => ({
    text: m.textContent,
    before: (m.previousSibling?.textContent ?? '').slice(-1),
  })));
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) {
    expect(['2月', '２月']).toContain(m.text);
    expect(m.before).not.toMatch(/[0-9０-９]/);
  }
});

test('ケアマネジャー and ケアマネージャー find the same entries, each spelling marked', async ({ page }) => {
  await page.goto('./');
  const search = page.getByTestId('search');
  await search.fill('ケアマネジャー');
  const short = await shown(page);
  await search.fill('ケアマネージャー');
  const long = await shown(page);
  expect(long.ids).toEqual(short.ids);
  const spelled = entries.filter((e) => /ケアマネー?ジャー/.test(e.paragraphs.join(''))).map((e) => e.id);
  expect(short.ids).toEqual(spelled);
  expect(spelled.length).toBe(2);
  const words = entries.filter((e) => spelled.includes(e.id)).flatMap((e) => e.paragraphs.join('').match(/ケアマネー?ジャー/g));
  expect(new Set(words)).toEqual(new Set(['ケアマネジャー', 'ケアマネージャー']));
  await expect(page.locator('[data-testid="entry"] mark')).toHaveText(words);
  await search.fill('コーディネータ');
  const coordinator = entries.filter((e) => e.paragraphs.join('').includes('コーディネーター')).map((e) => e.id);
  expect((await shown(page)).ids).toEqual(coordinator);
});

test('a word typed through an input method (IME) is searched once it is converted, not while its reading is composed', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('search').focus();
  const cdp = await page.context().newCDPSession(page);
  // The reading かんご, composed key by key as a Japanese IME does: not yet a word to look for.
  for (const reading of ['k', 'か', 'かn', 'かん', 'かんg', 'かんご']) {
    await cdp.send('Input.imeSetComposition', { text: reading, selectionStart: reading.length, selectionEnd: reading.length });
  }
  await expect(page.getByTestId('search')).toHaveValue('かんご');
  await expect(page.getByTestId('result-count')).toHaveText(String(entries.length));
  await expect(page.getByText('条件に合う取組はありません')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  // Converted and committed: 看護 is searched.
  await cdp.send('Input.insertText', { text: '看護' });
  const expected = entries.filter((e) => e.paragraphs.join('').includes('看護')).map((e) => e.id);
  await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
  expect(new URL(page.url()).searchParams.get('q')).toBe('看護');
});

test('typing on marks the longer term in the cards still shown, and deleting marks the shorter one again', async ({ page }) => {
  await page.goto('./');
  const search = page.getByTestId('search');
  const card = (id) => page.locator(`[data-testid="entry"][data-entry-id="${id}"]`);
  await search.fill('ブルー');
  // An entry that matches both queries stays on screen while typing on.
  const both = entries.find((e) => e.paragraphs.join('').includes('ブルーカード'));
  await expect(card(both.id).locator('mark').first()).toHaveText('ブルー');
  const handle = await card(both.id).elementHandle();
  await search.fill('ブルーカード');
  await expect(card(both.id).locator('mark').first()).toHaveText('ブルーカード');
  await expect(card(both.id).locator('mark')).not.toHaveText(['ブルー']);
  await search.fill('ブルー');
  await expect(card(both.id).locator('mark').first()).toHaveText('ブルー');
  // The same card element throughout: kept, not drawn again.
  expect(await handle.evaluate((el) => el.isConnected)).toBe(true);
});

test('a facet click updates the URL and Back restores the previous filter', async ({ page }) => {
  await page.goto('./?theme=disaster');
  const before = await shown(page);
  await page.locator('[data-facet="section"] input[data-value="progress"]').check();
  await expect(page).toHaveURL(/theme=disaster&section=progress/);
  const after = await shown(page);
  expect(after.count).toBeLessThan(before.count);
  await page.goBack();
  await expect(page).toHaveURL(/\?theme=disaster$/);
  await expect(page.getByTestId('result-count')).toHaveText(String(before.count));
  await expect(page.locator('[data-facet="section"] input[data-value="progress"]')).not.toBeChecked();
  await page.goForward();
  await expect(page.getByTestId('result-count')).toHaveText(String(after.count));
});

test('typing adds no history entry; a facet ticked right after typing is one step, and Back keeps what was typed', async ({ page }) => {
  await page.goto('./');
  const entriesBefore = await page.evaluate(() => history.length);
  const search = page.getByTestId('search');
  await search.focus();
  await page.keyboard.type('ACP');
  const typed = Number(await page.getByTestId('result-count').textContent());
  // Ticked right after typing (whether or not the typing is in the URL yet).
  await page.locator('[data-facet="section"] input[data-value="result"]').check();
  await expect(page).toHaveURL(/\?q=ACP&section=result$/);
  const ticked = Number(await page.getByTestId('result-count').textContent());
  expect(ticked).toBeLessThan(typed);
  expect(await page.evaluate(() => history.length)).toBe(entriesBefore + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ACP$/);
  await expect(search).toHaveValue('ACP');
  await expect(page.getByTestId('result-count')).toHaveText(String(typed));
  await expect(page.locator('[data-facet="section"] input[data-value="result"]')).not.toBeChecked();
});

test('two facets ticked at once, one right after the other, are two steps of history', async ({ page }) => {
  await page.goto('./');
  const box = (facet, value) => page.locator(`[data-facet="${facet}"] input[data-value="${value}"]`);
  await box('theme', 'acp').waitFor();
  // Both in one task: the second before the page was idle enough to write the first.
  await page.evaluate(() => {
    document.querySelector('[data-facet="theme"] input[data-value="acp"]').click();
    document.querySelector('[data-facet="section"] input[data-value="result"]').click();
  });
  await expect(page).toHaveURL(/\?theme=acp&section=result$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?theme=acp$/);
  await expect(box('theme', 'acp')).toBeChecked();
  await expect(box('section', 'result')).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(box('theme', 'acp')).not.toBeChecked();
});

test('switching the language right after typing keeps what was typed', async ({ page }) => {
  await page.goto('./');
  const search = page.getByTestId('search');
  await search.fill('ACP');
  const typed = await page.getByTestId('result-count').textContent();
  await search.fill('');
  await typeThenClick(page, 'ACP', '[data-testid="lang-toggle"]');
  await expect(page).toHaveURL(/\?q=ACP&lang=en$/);
  await expect(search).toHaveValue('ACP');
  await expect(page.getByTestId('result-count')).toHaveText(typed);
});

test('following a link right after typing, then Back, returns to what was typed', async ({ page }) => {
  await page.goto('./');
  await typeThenClick(page, 'ACP', '[data-testid="entry"] a.entry-hub');
  await expect(page).toHaveURL(/\/hub\/[a-z]+$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ACP$/);
  await expect(page.getByTestId('search')).toHaveValue('ACP');
});

test('ticking a facet right after typing keeps both', async ({ page }) => {
  await page.goto('./');
  await typeThenClick(page, 'ACP', '[data-facet="section"] input[data-value="result"]');
  await expect(page).toHaveURL(/\?q=ACP&section=result$/);
  await expect(page.locator('[data-facet="section"] input[data-value="result"]')).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ACP$/);
});

test('facet counts change when another facet is set, and empty values are disabled', async ({ page }) => {
  await page.goto('./');
  const matsubara = page.locator('[data-facet="hub"] li', { has: page.locator('input[data-value="matsubara"]') });
  const total = report.hubs[0].entries.length;
  await expect(matsubara.locator('.facet-count')).toHaveText(String(total));
  await page.locator('[data-facet="theme"] input[data-value="disaster"]').check();
  await expect(matsubara.locator('.facet-count')).toHaveText('0');
  await expect(matsubara.locator('input')).toBeDisabled();
  const acp = entries.filter((e) => e.themes.includes('acp')).length;
  await expect(page.locator('[data-facet="theme"] li', { has: page.locator('input[data-value="acp"]') }).locator('.facet-count'))
    .toHaveText(String(acp));
});

test('picking 太子町 selects the 富田林 hub; clear all resets everything', async ({ page }) => {
  await page.goto('./');
  const choice = page.getByTestId('municipality');
  await choice.selectOption('太子町');
  await expect(page).toHaveURL(/hub=tondabayashi/);
  expect((await shown(page)).hubs).toEqual(['tondabayashi']);
  await expect(choice.locator('option:checked')).toHaveText('太子町');
  await page.getByTestId('clear-all').click();
  await expect(page.getByTestId('result-count')).toHaveText(String(entries.length));
  await expect(page).toHaveURL(/\/$/);
});

test('the municipality choice replaces the hub filter and always names what the list is narrowed to', async ({ page }) => {
  await page.goto('./?theme=acp,disaster');
  const choice = page.getByTestId('municipality');
  await choice.selectOption('松原市');
  await expect(page).toHaveURL(/hub=matsubara(&|$)/);
  // A second pick replaces the first: the list is 羽曳野市's alone, as the choice says.
  await choice.selectOption('羽曳野市');
  await expect(page).toHaveURL(/hub=habikino(&|$)/);
  expect((await shown(page)).hubs).toEqual(['habikino']);
  await expect(choice.locator('option:checked')).toHaveText('羽曳野市');
  // Ticking a second hub: the list is no one municipality's any more, and the choice says so.
  await page.locator('[data-facet="hub"] input[data-value="matsubara"]').check();
  await expect(choice.locator('option:checked')).toHaveText('（拠点で絞り込み中）');
  expect((await shown(page)).hubs.sort()).toEqual(['habikino', 'matsubara']);
  // The first choice takes the hub filter off; the themes stay.
  await choice.selectOption({ index: 0 });
  await expect(choice.locator('option:checked')).toHaveText('すべての市町村');
  await expect(page).not.toHaveURL(/hub=/);
  await expect(page).toHaveURL(/theme=acp/);
  // Picks in a row (the arrow keys pick at each step) are one step of history: Back leaves
  // the choice, to the list as it was before it.
  await page.getByTestId('clear-all').click();
  await page.locator('[data-facet="theme"] input[data-value="acp"]').check();
  await choice.focus();
  for (const name of ['松原市', '羽曳野市', '藤井寺市']) {
    await page.keyboard.press('ArrowDown');
    await expect(choice.locator('option:checked')).toHaveText(name);
  }
  await expect(page).toHaveURL(/hub=fujiidera/);
  await page.goBack();
  await expect(page).toHaveURL(/\?theme=acp$/);
  await expect(choice.locator('option:checked')).toHaveText('すべての市町村');
  // Picks apart in time are choices, each a step: Back returns to the one before.
  await choice.selectOption('松原市');
  await page.waitForTimeout(1600);
  await choice.selectOption('羽曳野市');
  await page.goBack();
  await expect(choice.locator('option:checked')).toHaveText('松原市');
  // A shared link to one hub serving one municipality names it; one serving four says a hub.
  await page.goto('./?hub=fujiidera');
  await expect(choice.locator('option:checked')).toHaveText('藤井寺市');
  await page.goto('./?hub=tondabayashi');
  await expect(choice.locator('option:checked')).toHaveText('（拠点で絞り込み中）');
});

test('the list says in words what it is narrowed to, on screen and on paper', async ({ page }) => {
  await page.goto('./?theme=acp&hub=kawachinagano&section=plan');
  const said = page.getByTestId('entries-filter');
  await expect(said).toHaveText('絞り込み中：テーマ：ACP・人生会議・エンディングノート／拠点・市町村：河内長野市／区分：計画');
  await page.emulateMedia({ media: 'print' });
  await expect(said).toBeVisible();
  await expect(page.locator('.filters')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('clear-all').click();
  await expect(said).toHaveCount(0);
});

test('unknown URL values are ignored with a visible note', async ({ page }) => {
  await page.goto('./?theme=disaster,nonsense&cat=9&hub=tokyo');
  await expect(page.getByTestId('ignored-note')).toContainText('theme=nonsense');
  await expect(page.getByTestId('ignored-note')).toContainText('cat=9');
  await expect(page.getByTestId('ignored-note')).toContainText('hub=tokyo');
  await expect(page.getByTestId('result-count')).toHaveText(String(entries.filter((e) => e.themes.includes('disaster')).length));
});

test('facets work from the keyboard', async ({ page }) => {
  await page.goto('./');
  const box = page.locator('[data-facet="theme"] input[data-value="ict"]');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/theme=ict/);
  await expect(page.getByTestId('result-count')).toHaveText(String(entries.filter((e) => e.themes.includes('ict')).length));
});

test('the hub page renders all four sections in the report\'s layout, and the year change', async ({ page }) => {
  for (const hub of report.hubs) {
    await page.goto(`./hub/${hub.id}`);
    const view = page.getByTestId('hub-page');
    await expect(view.getByRole('heading', { level: 2 })).toHaveText(hub.area);
    for (const s of hub.sections) {
      const section = view.locator(`.report-section[data-section="${s.section}"][data-fy="${s.fiscal_year}"]`);
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(s.heading);
      // As the report prints them: results and plans in five columns, challenges and
      // progress in one cell across the table.
      const oneCell = s.section === 'challenge' || s.section === 'progress';
      await expect(section.locator('.cat-col')).toHaveCount(oneCell ? 1 : 5);
      await expect(section.locator('.cat-col h4')).toHaveCount(oneCell ? 0 : 5);
    }
    const ids = await view.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
    expect(ids).toEqual(hub.entries.map((e) => e.id));
    await expect(view.locator('.year-change tbody tr')).toHaveCount(5);
    await expect(view.getByTestId('change-drafted')).toHaveCount(0);
    await expect(view).toContainText(hub.organisation);
  }
});

test('the compare view shows the chosen hubs side by side for the chosen section and theme', async ({ page }) => {
  await page.goto('./compare?hub=matsubara,kawachinagano&section=plan');
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th[data-hub]')).toHaveCount(2);
  await expect(table.locator('tbody tr')).toHaveCount(5);
  const planIds = (id) => report.hubs.find((h) => h.id === id).entries.filter((e) => e.section === 'plan').map((e) => e.id);
  const ids = await table.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
  expect(ids.sort()).toEqual([...planIds('matsubara'), ...planIds('kawachinagano')].sort());

  await page.goto('./compare?theme=disaster&section=result');
  await expect(table.locator('thead th[data-hub]')).toHaveCount(6);
  const disaster = entries.filter((e) => e.section === 'result' && e.themes.includes('disaster')).map((e) => e.id);
  const shownIds = await table.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
  expect(shownIds.sort()).toEqual(disaster.sort());
  await expect(page.getByTestId('compare-theme')).toBeVisible();

  await page.getByLabel('課題').check();
  await expect(page).toHaveURL(/section=challenge/);
});

test('scrolling down the compare view keeps the hubs\' names in view above their columns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('./compare?section=result');
  const table = page.getByTestId('compare-table');
  await table.locator('tbody tr').nth(3).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const head = await table.locator('thead th[data-hub]').first().boundingBox();
  // The table's top has scrolled away; its head sits at the window's top, over the rows.
  expect((await table.boundingBox()).y).toBeLessThan(-100);
  expect(Math.abs(head.y)).toBeLessThan(1);
  await expect(table.locator('thead th[data-hub]').first()).toBeInViewport();
});

test('a hub with nothing in a category shows — there, named 記載なし as on its own page', async ({ page }) => {
  await page.goto('./compare?section=result');
  const table = page.getByTestId('compare-table');
  const empty = await table.locator('td').evaluateAll((cells) => cells.filter((c) => !c.querySelector('.entry')).length);
  expect(empty).toBeGreaterThan(0);
  await expect(table.getByRole('cell', { name: '記載なし' })).toHaveCount(empty);
});

test('unticking compared hubs narrows the table, and the last hub stays ticked with a note saying why', async ({ page }) => {
  await page.goto('./compare?hub=matsubara,kawachinagano&section=plan');
  const table = page.getByTestId('compare-table');
  const matsubara = page.getByRole('checkbox', { name: '松原市' });
  const kawachinagano = page.getByRole('checkbox', { name: '河内長野市' });
  await kawachinagano.uncheck();
  await expect(page).toHaveURL(/hub=matsubara(&|$)/);
  await expect(table.locator('thead th[data-hub]')).toHaveCount(1);
  // The last one: unticking it would mean "none chosen", which used to bring back all six.
  await matsubara.click();
  await expect(matsubara).toBeChecked();
  await expect(page.getByTestId('compare-keep-one')).toHaveText(/最後の1拠点は外せません/);
  await expect(table.locator('thead th[data-hub]')).toHaveCount(1);
  await expect(page).toHaveURL(/hub=matsubara(&|$)/);
  await kawachinagano.check();
  await expect(page.getByTestId('compare-keep-one')).toBeEmpty();
  await expect(table.locator('thead th[data-hub]')).toHaveCount(2);
});

test('on a 375 px phone a hub\'s facts stack, each value as wide as the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./hub/matsubara');
  const facts = page.locator('.hub-facts');
  await expect(facts.locator('dd').first()).toHaveText('松原市');
  const boxes = await facts.evaluate((dl) => [...dl.children].map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, width: r.width })));
  for (let i = 0; i + 1 < boxes.length; i += 2) {
    expect(boxes[i + 1].top).toBeGreaterThanOrEqual(boxes[i].bottom - 1);
    expect(boxes[i + 1].width).toBeGreaterThan(300);
  }
});

test('on a 375 px phone the compare table keeps each hub column readable and scrolls in its own region', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./compare');
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveCount(7);
  const widths = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  // About twelve characters a line in every hub column (12rem), the category column beside them.
  for (const w of widths.slice(1)) expect(w).toBeGreaterThanOrEqual(180);
  expect(widths[0]).toBeGreaterThanOrEqual(80);
  // The page does not move sideways; the table's region does, from the keyboard too.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const region = page.locator('.table-scroll[role="region"]').filter({ has: table });
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // Scrolled, the category column stays in view, its head with it.
  await region.evaluate((el) => { el.scrollLeft = 400; });
  const left = await region.evaluate((el) => el.getBoundingClientRect().left);
  for (const cell of [table.locator('thead th').first(), table.locator('th[scope="row"]').first()]) {
    expect(Math.abs((await cell.boundingBox()).x - left)).toBeLessThanOrEqual(1);
  }
});

test('the challenges view lists every hub\'s 課題 with its themes', async ({ page }) => {
  await page.goto('./challenges');
  const expected = entries.filter((e) => e.section === 'challenge').map((e) => e.id);
  const ids = await page.getByTestId('entry').evaluateAll((els) => els.map((el) => el.dataset.entryId));
  expect(ids).toEqual(expected);
  await expect(page.locator('.challenge-hub')).toHaveCount(6);
  await expect(page.locator('[data-entry-id="osakasayama-2024-challenge-01"] .themes')).toContainText('調査・アンケート');
});

test('with many hubs, the hub facet shows its first 20 and a button for the rest; the list draws up to its limit and the rest on request', async ({ page }) => {
  // 36 hubs: the six real ones and 30 copies of the first under new ids.
  const big = withCopies(report, 30, () => report.hubs[0]);
  const total = big.hubs.reduce((n, h) => n + h.entries.length, 0);
  expect(total).toBeGreaterThan(DRAW_LIMIT);
  await importReport(page, big);
  await page.locator('.main-nav a').first().click();
  await expect(page.getByTestId('result-count')).toHaveText(String(total));
  await drawn(page, DRAW_LIMIT);
  await expect(page.getByTestId('drawn-note')).toContainText(`${total}件のうち${DRAW_LIMIT}件を表示しています。`);
  const all = page.getByTestId('show-all');
  await expect(all).toHaveText(`すべて表示（${total}件）`);
  await all.focus();
  await page.keyboard.press('Enter');
  await drawn(page, total);
  await expect(page.getByTestId('show-all')).toHaveCount(0);
  // A new state of the filters starts at the limit again.
  await page.getByTestId('search').fill('医');
  await expect(page).toHaveURL(/q=/);
  const found = Number(await page.getByTestId('result-count').textContent());
  expect(found).toBeGreaterThan(DRAW_LIMIT);
  await drawn(page, DRAW_LIMIT);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('drawn-note')).toContainText(`Showing ${DRAW_LIMIT} of ${found} entries.`);
  await expect(page.getByTestId('show-all')).toHaveText(`Show all (${found} entries)`);
  await page.getByTestId('lang-toggle').click();

  const hubs = page.locator('[data-facet="hub"]');
  await expect(hubs.locator('input')).toHaveCount(20);
  const more = hubs.getByTestId('facet-more');
  await expect(more).toHaveText('すべて表示（36）');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(hubs.locator('input')).toHaveCount(36);
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  // A value chosen beyond the first 20 stays visible when the facet is folded again.
  await hubs.locator('input[data-value="copy-30"]').check();
  await expect(page).toHaveURL(/hub=copy-30/);
  await more.click();
  await expect(hubs.locator('input')).toHaveCount(21);
  await expect(hubs.locator('input[data-value="copy-30"]')).toBeChecked();
  await expect(page.getByTestId('result-count')).toHaveText(String(report.hubs[0].entries.length));

  // Back to the filters 「すべて表示」 was pressed under (none): every entry again.
  await page.getByTestId('clear-all').click();
  await drawn(page, total);
});

test('a card follows the language toggle with its labels, themes and search marks', async ({ page }) => {
  await page.goto('./?q=ACP');
  const card = page.getByTestId('entry').first();
  const id = await card.getAttribute('data-entry-id');
  const entry = entries.find((e) => e.id === id);
  const theme = report.themes.find((t) => t.id === entry.themes[0]);
  const category = report.categories.find((c) => c.id === entry.category);
  await expect(card.locator('.badge.section')).toHaveText(/^令和\d年度・/);
  await expect(card.locator('.badge.cat')).toContainText(category.ja);
  await expect(card.locator('.edit-button')).toHaveText('編集');
  await expect(card.locator('.themes a').first()).toHaveText(theme.ja);
  await expect(card.locator('mark').first()).toHaveText('ACP');
  await page.getByTestId('lang-toggle').click();
  const same = page.locator(`[data-testid="entry"][data-entry-id="${id}"]`);
  await expect(same.locator('.badge.section')).toHaveText(`FY${entry.fiscal_year} · ${{ result: 'Results', challenge: 'Challenges', plan: 'Plan', progress: 'Progress' }[entry.section]}`);
  await expect(same.locator('.edit-button')).toHaveText('Edit');
  await expect(same.locator('.edit-button')).toHaveAttribute('aria-label', /^Edit: /);
  await expect(same.locator('.themes a').first()).toHaveText(theme.en);
  await expect(same.locator('.badge.cat')).toContainText(category.en);
  await expect(same.locator('mark').first()).toHaveText('ACP');
  await page.getByTestId('lang-toggle').click();
  await expect(same.locator('.edit-button')).toHaveText('編集');
});

test('clearing every filter keeps keyboard focus in the filters, on the search box', async ({ page }) => {
  await page.goto('./?theme=acp');
  const clear = page.getByTestId('clear-all');
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  await expect(clear).toBeDisabled();
  await expect(page.getByTestId('search')).toBeFocused();
});

test('on a hub\'s page the navigation marks 拠点 as the current section', async ({ page }) => {
  await page.goto('./hub/habikino');
  const hubs = page.locator('.main-nav').getByRole('link', { name: '拠点' });
  await expect(hubs).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.main-nav [aria-current]')).toHaveCount(1);
  await page.goto('./hubs');
  await expect(hubs).toHaveAttribute('aria-current', 'page');
});
