// The all-Japan half of `make bench`: import a synthetic report of 1,741 hubs (~100k entries)
// into the release app, then time what a coordinator does next. CPU throttled 4× like the
// first-load half. Every "painted" time runs from the input event's own time to the end of
// the first frame that drew the page's last change (requestAnimationFrame, then a task after
// it), looked for in the page from the input on: looking only once Playwright's call had
// returned often missed that frame and counted the next one.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { capturePage, captureState } from './interaction-floor.mjs';
import { traced } from './trace.mjs';

export const HUBS = 1741;
/** Keys typed in the search box, one timing each. */
export const KEYS = ['急', '変', 'Backspace', 'Backspace', 'A', 'C', 'P', 'Backspace', 'Backspace', 'Backspace'];
/** Facet values clicked, as [facet, value], one timing each. */
export const FACET_CLICKS = [['theme', 'acp'], ['theme', 'acp'], ['cat', '3'], ['cat', '3'], ['theme', 'ict'], ['section', 'plan'], ['section', 'plan'], ['theme', 'ict']];
/** Visits to the dashboard by its link. */
export const DASHBOARD_VISITS = 3;
/** The other views that list hubs or entries, opened once each by their links. */
export const OTHER_VIEWS = ['hubs', 'compare', 'challenges', 'changes'];

/** The middle value (upper middle for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Generates the synthetic report once (cached under target/) and returns its path. */
export function synthFile() {
  const path = `../target/bench-synth/all-japan-${HUBS}.json`;
  if (!existsSync(path)) {
    mkdirSync('../target/bench-synth', { recursive: true });
    execSync(`cargo run --release --quiet --bin synth -- --hubs ${HUBS} --seed 1 > target/bench-synth/all-japan-${HUBS}.json`, { cwd: '..', stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return { path, bytes: statSync(path).size };
}

// Runs in the page before the app: long tasks, the wasm memory, Event Timing entries, and
// the "settled" probe.
function probe() {
  window.__bench = { longTasks: [], memory: null, events: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Chromium's own input-to-next-paint figure (the Event Timing API behind INP): from the
  // event's time to the frame presented after its handlers, rounded to 8 ms, 16 ms and over.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.memory = e.detail.wasm.memory; });
  // One animation frame after another from the input on: when each frame's callbacks began
  // (what changed before then, this frame draws) and when the frame was over (a task after it).
  const frames = (w) => requestAnimationFrame(() => {
    const begun = performance.now();
    setTimeout(() => {
      if (w.stopped) return;
      const over = performance.now();
      const finish = (ms) => { w.stopped = true; w.observer.disconnect(); w.resolve(ms); };
      if (w.changed && w.last < begun) {
        // This frame drew every change so far. The first such frame counts once a frame
        // after it has passed with no further change: work an input leaves for a later task
        // (a list end coming into view) would change the page again.
        if (w.candidate && w.last < w.candidate.begun) return finish(w.candidate.over - w.input);
        w.candidate = { begun, over };
      } else {
        w.candidate = null;
      }
      frames(w);
    }, 0);
  });
  // Watches `main` from before an input; the input event (page clock, the event's own time)
  // starts the frames. `__settled()` then resolves with the ms from the input to the end of
  // the first frame drawn after `main` stopped changing.
  window.__watch = () => {
    const w = { last: 0, changed: false, input: null, candidate: null, stopped: false };
    w.done = new Promise((r) => { w.resolve = r; });
    // Never settled (or no input event came): say so after two minutes, do not hang.
    setTimeout(() => {
      if (w.stopped) return;
      w.stopped = true;
      w.observer.disconnect();
      w.resolve(Infinity);
    }, 120_000);
    w.observer = new MutationObserver(() => { w.last = performance.now(); w.changed = true; });
    w.observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    window.__bench.watch = w;
  };
  window.__settled = () => window.__bench.watch.done;
  // The first event of the input that changes the page: a key (keydown, or input for text
  // inserted without keys) or a click (its default action ticks the box).
  const mark = (e) => {
    const w = window.__bench.watch;
    if (!w || w.input !== null) return;
    w.input = e.timeStamp;
    // What changed before the input (a list growing as Playwright scrolled to a box) is not
    // the input's doing.
    w.changed = false;
    frames(w);
  };
  for (const type of ['keydown', 'input', 'click']) addEventListener(type, mark, true);
  // The Event Timing figure of the input just watched: the longest event of its interaction
  // (a click's pointerdown and mouseup too, by their interactionId; text inserted without
  // keys has none, so its own events), or 0 when every one was under 16 ms (not reported).
  // Entries arrive after the frame is presented: wait a frame and a little more.
  window.__eventTiming = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))).then(() => {
    const w = window.__bench.watch;
    const own = window.__bench.events.filter((e) => e.start >= w.input - 1 && e.name !== 'pointermove');
    const ids = new Set(own.map((e) => e.id).filter((id) => id > 0));
    const all = window.__bench.events.filter((e) => ids.has(e.id) || own.includes(e));
    return Math.max(0, ...all.map((e) => e.duration));
  });
}

/** Waits until the next frame has been drawn. */
const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/** The Event Timing figure of each input `timed`, in order; `inputs` takes its share. */
let eventTimings = [];

/** Times `action` (a user input) until the page has settled and painted, in ms. */
async function timed(page, action) {
  await page.evaluate(() => window.__watch());
  await action();
  const ms = await page.evaluate(() => window.__settled());
  eventTimings.push(await page.evaluate(() => window.__eventTiming()));
  return ms;
}

/** The renderer's main-thread time so far (CDP `Performance.getMetrics`), in ms. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const s = (name) => 1000 * metrics.find((m) => m.name === name).value;
  return { script: s('ScriptDuration'), layout: s('LayoutDuration') + s('RecalcStyleDuration'), task: s('TaskDuration') };
}

/** Waits until the page is idle twice: the work an input left for later (the URL, and
 * anything that in turn schedules) is done. */
const idle = (page) => page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))));

/** Times one input to paint, and adds the main-thread time it took (until the page is next
 * idle, so work it deferred counts too) to `work`. */
async function measured(page, cdp, work, action) {
  const before = await mainThread(cdp);
  const ms = await timed(page, action);
  await idle(page);
  const after = await mainThread(cdp);
  for (const k of Object.keys(before)) work[k] = (work[k] ?? 0) + after[k] - before[k];
  return ms;
}

/** Runs `action`, waits for `done`, then returns the ms until the next frame was drawn and
 * the longest task meanwhile. */
async function longestDuring(page, action, done) {
  const start = await page.evaluate(() => performance.now());
  await action();
  await done();
  await nextFrame(page);
  const end = await page.evaluate(() => performance.now());
  await idle(page); // long-task entries are delivered after the task
  const tasks = await page.evaluate(([a, b]) => window.__bench.longTasks.filter((t) => t.start >= a && t.start <= b), [start, end]);
  return { ms: end - start, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
}

/** Types `KEYS` in the search box, then clicks `FACET_CLICKS`, timing each; with `capture`,
 * also returns what the page showed before and after each (for the interaction floor).
 * `work` is the mean main-thread time an input (CDP metrics: script, style + layout, all
 * tasks), far steadier than the times to paint, which count waits between tasks too. */
async function inputs(page, cdp, capture, trace = false) {
  eventTimings = [];
  const states = capture ? [await captureState(page)] : [];
  const search = page.getByTestId('search');
  await search.focus();
  await cdp.send('Performance.enable');
  const keyWork = {};
  const keys = [];
  for (const key of KEYS) {
    keys.push(await measured(page, cdp, keyWork, () => (key.length > 1 ? page.keyboard.press(key) : page.keyboard.type(key))));
    if (capture) states.push(await captureState(page));
  }
  const clickWork = {};
  const clicks = [];
  for (const [facet, value] of FACET_CLICKS) {
    clicks.push(await measured(page, cdp, clickWork, () => page.locator(`[data-facet="${facet}"] input[data-value="${value}"]`).click()));
    if (capture) states.push(await captureState(page));
  }
  const mean = (w, n) => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v / n]));
  const work = { keys: mean(keyWork, KEYS.length), clicks: mean(clickWork, FACET_CLICKS.length) };
  const events = { keys: eventTimings.slice(0, KEYS.length), clicks: eventTimings.slice(KEYS.length) };
  return { keys, clicks, states, work, events, trace: trace ? await tracedInputs(page, cdp) : null };
}

/** The same inputs again (they end where they began) under a trace: the main thread's time
 * an input by kind of work. Apart from the timed pass, as tracing slows the page. */
async function tracedInputs(page, cdp) {
  const search = page.getByTestId('search');
  await search.focus();
  const keys = await traced(cdp, async () => {
    for (const key of KEYS) {
      await timed(page, () => (key.length > 1 ? page.keyboard.press(key) : page.keyboard.type(key)));
      await idle(page);
    }
  });
  const clicks = await traced(cdp, async () => {
    for (const [facet, value] of FACET_CLICKS) {
      await timed(page, () => page.locator(`[data-facet="${facet}"] input[data-value="${value}"]`).click());
      await idle(page);
    }
  });
  const mean = (t, n) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v / n]));
  return { keys: mean(keys, KEYS.length), clicks: mean(clicks, FACET_CLICKS.length) };
}

/** What a run reports of its timed inputs, app and floor alike: the medians, and every
 * timing for the log (which keys or clicks are slow matters more than the median). */
function inputFigures(keys, clicks, events) {
  return {
    keystroke: median(keys),
    facet: median(clicks),
    eventKey: median(events.keys),
    eventClick: median(events.clicks),
    times: { keys: keys.map(Math.round), clicks: clicks.map(Math.round), eventKeys: events.keys, eventClicks: events.clicks },
  };
}

/** The same inputs on the interaction floor (a static page at `url`), timed the same way;
 * with `trace`, then once more on a fresh copy of the page under a trace. */
export async function floorRun(browser, url, trace = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(probe);
  await page.goto(url);
  await page.getByTestId('entry').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await nextFrame(page);
  const { keys, clicks, work, events } = await inputs(page, cdp, false);
  let breakdown = null;
  if (trace) {
    // The floor shows its captured states in turn: start it again from the first.
    await page.goto(url);
    await page.getByTestId('entry').first().waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await nextFrame(page);
    breakdown = await tracedInputs(page, cdp);
  }
  await context.close();
  return { ...inputFigures(keys, clicks, events), work, trace: breakdown };
}

/** One run: import, heap, keystrokes, facet clicks, dashboard. With `capture`, also the page
 * and its states for the interaction floor. */
export async function scaleRun(browser, base, file, capture = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(probe);
  await page.goto(`${base}import`);
  await page.getByTestId('import-file').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  // Import: from choosing the file to the entries being in the app, and how long the page froze.
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('import-file').setInputFiles(file.path);
  await page.getByTestId('import-summary').waitFor({ timeout: 600_000 });
  const checked = await page.evaluate(() => performance.now());
  await page.getByTestId('import-apply').click();
  // Applied: the visible note that says so (since session 25; the announcer no longer does).
  await page.waitForFunction(() => document.querySelector('[data-testid="done-note"]')?.textContent.startsWith('インポートしました。'), null, { timeout: 600_000 });
  await nextFrame(page);
  const end = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(([a, b]) => window.__bench.longTasks.filter((t) => t.start >= a && t.start <= b), [start, end]);

  // Heap after import, after a full GC: JS heap plus the wasm linear memory.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasmBytes = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? 0);

  // Entries view: keystrokes in the search box, then facet clicks.
  await page.locator('.main-nav a').first().click();
  await page.getByTestId('result-count').filter({ hasText: /\d{5}/ }).waitFor({ timeout: 120_000 });
  const total = Number(await page.getByTestId('result-count').textContent());
  await nextFrame(page);
  const html = capture ? await capturePage(page) : null;
  const { keys, clicks, states, work, trace, events } = await inputs(page, cdp, capture, capture);
  const figures = inputFigures(keys, clicks, events);

  // Dashboard: from the click on its link to the page painted (charts near the screen are
  // drawn; the others when scrolled to). The first visit computes the charts; later visits
  // with the same data and filters reuse them.
  const dashboards = [];
  for (let i = 0; i < DASHBOARD_VISITS; i += 1) {
    dashboards.push(await timed(page, () => page.locator('.main-nav a[href$="/dashboard"]').click()));
    await page.locator('[data-chart]').nth(5).waitFor();
    await page.locator('.main-nav a').first().click();
    await page.getByTestId('result-count').waitFor();
  }
  // The other views that list hubs or entries, each opened by its link from the entries view.
  const views = {};
  for (const view of OTHER_VIEWS) {
    views[view] = await timed(page, () => page.locator(`.main-nav a[href$="/${view}"]`).click());
    await page.locator('.main-nav a').first().click();
    await page.getByTestId('result-count').waitFor();
  }
  // Heavier single actions: the longest task each leaves the page frozen for.
  const heavy = {};
  heavy.changes = await longestDuring(page, () => page.locator('.main-nav a[href$="/changes"]').click(),
    () => page.getByTestId('change').first().waitFor());
  await page.locator('.main-nav a[href$="/dashboard"]').click();
  const change = page.locator('[data-chart="change"]');
  await change.scrollIntoViewIfNeeded();
  heavy.changeTable = await longestDuring(page, () => change.getByTestId('table-toggle').click(),
    () => change.getByTestId('chart-table').waitFor({ timeout: 120_000 }));
  await page.locator('.main-nav a').first().click();
  await page.getByTestId('result-count').waitFor();
  const card = page.getByTestId('entry').first();
  await card.getByRole('button', { name: /^編集/ }).click();
  await page.getByTestId('editor-text').fill('① ベンチマークの編集');
  heavy.save = await longestDuring(page, () => page.getByTestId('editor-save').click(),
    () => page.getByRole('dialog').waitFor({ state: 'hidden' }));
  await context.close();
  return {
    entries: total,
    views,
    heavy,
    importMs: end - start,
    checkMs: checked - start,
    longest: Math.max(0, ...tasks.map((t) => t.duration)),
    over200: tasks.filter((t) => t.duration > 200).length,
    heapJs: usedSize,
    heapWasm: wasmBytes,
    ...figures,
    dashboard: median(dashboards),
    dashboardFirst: dashboards[0],
    work,
    trace,
    times: { ...figures.times, dashboards: dashboards.map(Math.round) },
    floor: capture ? { html, states } : null,
  };
}
