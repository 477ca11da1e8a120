import { test, expect } from './fixtures.js';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A deploy replaces index.html and sw.js; the next visit must show the new version even
// though the previous one is cached for offline use.
test('a new deploy is picked up on the next visit', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-deploy-'));
  cpSync(new URL('../../dist', import.meta.url).pathname, dir, { recursive: true });
  const server = spawn('node', [new URL('../serve.mjs', import.meta.url).pathname, dir, '4395', '/'], { stdio: 'ignore' });
  try {
    await expect.poll(() => fetch('http://127.0.0.1:4395/').then((r) => r.status).catch(() => 0)).toBe(200);
    await page.goto('http://127.0.0.1:4395/');
    await expect(page.getByTestId('entry').first()).toBeVisible();
    const first = await page.evaluate(async () => { await navigator.serviceWorker.ready; return caches.keys(); });
    expect(first.length).toBe(1);

    // "Deploy": a new page description (the app sets the title itself) and a new worker version.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('大阪府・南河内地域の在宅医療', '新版：大阪府・南河内地域の在宅医療'));
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-deploy"'));

    await page.reload();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^新版：/);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['renkei-next-deploy']);
  } finally {
    server.kill();
  }
});
