// The first view, drawn at build time: loads the release build in headless Chromium, takes
// the entries view as the app draws it for a first visit, and returns it as static HTML for
// index.html. A visitor then reads the report as soon as the page arrives, before the wasm
// app has loaded; the app removes this copy and draws its own when it starts (`main.rs`).
// Called by .ci/post-build.mjs on release builds.
import { chromium } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';
import { serve } from './serve.mjs';

/** The body of the first view of the build in `dir` (served under `publicUrl`), as HTML. */
export async function prerender(dir, publicUrl) {
  const server = await serve(dir, 0, publicUrl);
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', locale: 'ja-JP' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}${publicUrl}`);
    await page.getByTestId('entry').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    if (errors.length) throw new Error(`prerender: the app failed: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const copy = document.body.cloneNode(true);
      // Scripts and the closed editor dialog are the app's; test ids would let a test find
      // this copy instead of the app (see below). Controls are disabled: nothing typed into this copy
      // could be kept when the app replaces it. Links stay links.
      copy.querySelectorAll('script, noscript, dialog').forEach((e) => e.remove());
      // The printed footer's address and date would be this build's server and day.
      copy.querySelectorAll('[data-testid="print-meta"]').forEach((e) => e.remove());
      // The app's hooks (test ids, data-hub, data-value …) and the framework's empty comment
      // markers mean nothing in a copy the app replaces: dropped, they are a tenth of its bytes.
      copy.querySelectorAll('*').forEach((e) => {
        [...e.attributes].filter((a) => a.name.startsWith('data-')).forEach((a) => e.removeAttribute(a.name));
      });
      const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const drop = [];
      while (comments.nextNode()) drop.push(comments.currentNode);
      drop.forEach((c) => c.remove());
      copy.querySelectorAll('input, button, select, textarea').forEach((e) => e.setAttribute('disabled', ''));
      // A disabled button is named by its text ("編集"): the long names that tell 96 of them apart
      // serve only once they work, in the app's own copy (and cost 0.6 KB of first load here).
      copy.querySelectorAll('button[aria-label]').forEach((e) => e.removeAttribute('aria-label'));
      // So are their shortcuts (undo, redo): they work once the app has started.
      copy.querySelectorAll('[aria-keyshortcuts]').forEach((e) => { e.removeAttribute('aria-keyshortcuts'); e.removeAttribute('title'); });
      if (copy.querySelector('[style]')) throw new Error('prerender: inline styles would be blocked by the CSP');
      // In this Japanese copy (<html lang="ja">) the report's words need no mark of their own.
      if (document.documentElement.lang !== 'ja') throw new Error('prerender: the first view is the Japanese UI');
      copy.querySelectorAll('[lang="ja"]').forEach((e) => e.removeAttribute('lang'));
      // A button's type matters only in a working form: left out, as is the empty value of
      // `disabled` (100 bytes of first load).
      copy.querySelectorAll('button').forEach((e) => e.removeAttribute('type'));
      return copy.innerHTML.trim().replaceAll(' disabled=""', ' disabled');
    });
  } finally {
    await browser.close();
    server.close();
  }
}
