// Hosting where the prefecture hosts (issue 44): Debian's apache2 with the .htaccess the build
// ships, and nginx with the README's example, each serving the release build at the site's
// root (dist/) and the GitHub Pages build under the sub-path (target/dist-sub/), from a
// temporary root on a free port, started and stopped here.
import { test, expect } from './fixtures.js';
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SUB_PATH = process.env.SUB_PATH ?? '/renkei/';
const BUILDS = { '/': new URL('../../dist', import.meta.url).pathname, [SUB_PATH]: new URL('../../target/dist-sub', import.meta.url).pathname };
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const asRoot = process.getuid?.() === 0;

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/** The files of the build for `base`, under a document root as a host would lay them out. */
function siteRoot(base) {
  const tmp = mkdtempSync(join(tmpdir(), 'renkei-host-'));
  const docroot = join(tmp, 'www');
  cpSync(BUILDS[base], join(docroot, base), { recursive: true });
  // The servers' workers run as www-data.
  chmodSync(tmp, 0o755);
  return { tmp, docroot };
}

const SERVERS = {
  apache: ({ tmp, docroot, port }) => {
    const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'rewrite', 'headers'];
    const conf = join(tmp, 'apache2.conf');
    writeFileSync(conf, [
      `ServerRoot "${tmp}"`, `DefaultRuntimeDir "${tmp}"`, `PidFile "${tmp}/apache2.pid"`, `ErrorLog "${tmp}/error.log"`,
      ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
      `Listen 127.0.0.1:${port}`, 'ServerName 127.0.0.1', 'TypesConfig /etc/mime.types',
      asRoot ? 'User www-data\nGroup www-data' : '',
      `DocumentRoot "${docroot}"`,
      `<Directory "${docroot}">\n  AllowOverride All\n  Require all granted\n</Directory>`,
    ].join('\n'));
    return spawn('apache2', ['-f', conf, '-DFOREGROUND'], { stdio: 'inherit' });
  },
  nginx: ({ tmp, docroot, port, base }) => {
    // The README's example, as a host would adapt it: their port and root, their path.
    let example = /```nginx\n([\s\S]*?)```/.exec(README)[1]
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('root /var/www;', `root ${docroot};`);
    if (base === '/') example = example.replaceAll('/renkei/', '/');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${tmp}/${t};`).join(' ');
    const conf = join(tmp, 'nginx.conf');
    writeFileSync(conf, `${asRoot ? 'user www-data;' : ''} pid ${tmp}/nginx.pid; error_log ${tmp}/error.log; events {}
http { access_log off; ${temp}
${example}
}`);
    return spawn('nginx', ['-c', conf, '-p', tmp, '-e', `${tmp}/error.log`, '-g', 'daemon off;'], { stdio: 'inherit' });
  },
};

/** Starts `server` serving the build for `base`; resolves once it answers. */
async function host(server, base) {
  const port = await freePort();
  const { tmp, docroot } = siteRoot(base);
  const child = SERVERS[server]({ tmp, docroot, port, base });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try { if ((await fetch(`${origin}${base}`)).ok) break; } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: (path = '') => `${origin}${base}${path}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

for (const server of ['apache', 'nginx']) {
  for (const base of ['/', SUB_PATH]) {
    test(`${server} serving the build at ${base}: deep links, reloads, types, caching, the worker's scope, the CSP`, async ({ browser }) => {
      test.setTimeout(60_000);
      const site = await host(server, base);
      try {
        const index = await fetch(site.url());
        const html = await index.text();
        const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)[1];
        expect(index.headers.get('content-security-policy')).toBe(csp);
        expect(index.headers.get('cache-control')).toBe('no-cache');
        // Hashed names for a year; the rest revalidates.
        const wasm = /renkei-[0-9a-f]{8,16}_bg\.wasm/.exec(html)[0];
        const css = /main-[0-9a-f]{8,16}\.css/.exec(html)[0];
        for (const name of [wasm, css]) {
          const r = await fetch(site.url(name));
          expect(r.status, name).toBe(200);
          expect(r.headers.get('cache-control'), name).toContain('max-age=31536000');
        }
        expect((await fetch(site.url(wasm))).headers.get('content-type')).toBe('application/wasm');
        for (const name of ['sw.js', 'first-view.js', 'workbook.js', 'workbook_bg.wasm', 'workbook_loader.js', 'data/report.json']) {
          const r = await fetch(site.url(name));
          expect(r.status, name).toBe(200);
          expect(r.headers.get('cache-control'), name).toBe('no-cache');
        }
        expect((await fetch(site.url('workbook_bg.wasm'))).headers.get('content-type')).toBe('application/wasm');

        // A shared link opened by someone who has never visited (no service worker yet).
        const context = await browser.newContext({ locale: 'ja-JP' });
        const page = await context.newPage();
        const deep = await page.goto(site.url('hub/matsubara'));
        expect(deep.status()).toBe(200);
        await expect(page.getByTestId('hub-page')).toHaveAttribute('data-hub', 'matsubara');
        await page.reload();
        await expect(page.getByTestId('hub-page')).toHaveAttribute('data-hub', 'matsubara');
        const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
        expect(scope).toBe(site.url());
        await context.close();
        for (const [path, testid] of [['compare', 'compare-table'], ['dashboard', 'dashboard-section']]) {
          const fresh = await browser.newContext({ locale: 'ja-JP' });
          const other = await fresh.newPage();
          await other.goto(site.url(path));
          await expect(other.getByTestId(testid).first(), path).toBeVisible();
          await other.reload();
          await expect(other.getByTestId(testid).first(), path).toBeVisible();
          await fresh.close();
        }
      } finally {
        await site.stop();
      }
    });
  }
}

test('the GitHub Pages build answers any app route with the app (404.html is its index.html)', () => {
  const built = (name) => readFileSync(join(BUILDS[SUB_PATH], name), 'utf8');
  expect(built('404.html')).toBe(built('index.html'));
  expect(built('index.html')).toContain(`src="${SUB_PATH}loader-`);
});
