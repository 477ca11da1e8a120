// Trunk post-build hook (release builds only; see Trunk.toml):
// 1. moves Trunk's inline module loader into a hashed file, so the page needs no inline script,
//    and starts the app after the first view is painted;
// 2. adds a Content-Security-Policy that allows nothing beyond the app's own origin;
// 3. draws the first view into index.html (e2e/prerender.mjs), so the report shows before the
//    wasm app has loaded;
// 4. minifies the wasm-bindgen glue where Trunk's minifier gave up (it stops at `export
//    default`), with terser, and gives its preload link the new integrity;
// 5. fills the service worker with this build's asset list and registers it from the loader;
// 6. writes the Apache configuration (.htaccess) with the same CSP as a header.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Trunk minifies index.html in release builds (Trunk.toml), so attribute quotes may be gone.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('post-build: Trunk\'s inline loader was not found in index.html');
const register = `\nif ('serviceWorker' in navigator) {\n  navigator.serviceWorker.register('${publicUrl}sw.js', { scope: '${publicUrl}' }).catch(() => {});\n}\n`;
// The app starts once the site's edition is known (first-view.js asked for it) and, when the
// first view drawn at build time is shown, once the browser has painted it: starting the wasm
// takes the thread for a while, and the reader should see the report first.
const firstPaint = `await window.renkeiSite;
if (!document.documentElement.classList.contains('no-prerender')) {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
`;
const trunkLoader = match[1].trim();
const awaited = trunkLoader.indexOf('const wasm = await init(');
if (awaited < 0) throw new Error('post-build: Trunk\'s loader no longer awaits init()');
const loader = trunkLoader.slice(0, awaited) + firstPaint + trunkLoader.slice(awaited) + '\n' + register;
const loaderName = `loader-${hash(loader)}.js`;
writeFileSync(join(staging, loaderName), loader);
const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
html = html.replace(inline, `<script type="module" src="${publicUrl}${loaderName}" integrity="${integrity}"></script>`);

// The glue is counted in the first load; Trunk leaves it whole when its minifier fails.
const { minify } = createRequire(new URL('../e2e/package.json', import.meta.url))('terser');
for (const name of readdirSync(staging).filter((f) => /^renkei-[0-9a-f]+\.js$/.test(f))) {
  const path = join(staging, name);
  const glue = readFileSync(path, 'utf8');
  const small = (await minify(glue, { module: true, compress: true, mangle: true })).code;
  if (small.length >= glue.length) continue;
  writeFileSync(path, small);
  const sri = `sha384-${createHash('sha384').update(small).digest('base64')}`;
  const preload = new RegExp(`(href="?${publicUrl.replace(/[/.]/g, '\\$&')}${name}"?[^>]*integrity=)"?sha384-[A-Za-z0-9+/=]+"?`);
  if (!preload.test(html)) throw new Error(`post-build: no preload link with integrity for ${name}`);
  html = html.replace(preload, `$1"${sri}"`);
}

// first-view.js is in the first load too: its comments are for people reading public/.
const firstViewPath = join(staging, 'first-view.js');
writeFileSync(firstViewPath, (await minify(readFileSync(firstViewPath, 'utf8'), { compress: true, mangle: true })).code);

const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
// Apache (README, Hosting): app routes fall back to index.html, wasm has its type, files whose
// names carry a content hash are cached for a year and everything else is revalidated (the
// page, sw.js, first-view.js, the workbook worker, data/report.json), the CSP as a header.
// Needs AllowOverride FileInfo Indexes (or All), mod_rewrite and mod_headers.
const htaccess = `# renkei on Apache (written by .ci/post-build.mjs; README, "Hosting").
# Needs: AllowOverride All (or FileInfo Indexes), mod_rewrite, mod_headers.
AddType application/wasm .wasm
AddType text/javascript .js
AddType application/json .json
DirectoryIndex index.html
Options -Indexes

<IfModule mod_rewrite.c>
  RewriteEngine On
  # An app route (/hub/matsubara, /dashboard …) that is no file: the app's page.
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule ^ index.html [L]
</IfModule>

<IfModule mod_headers.c>
  Header always set Content-Security-Policy "${csp}"
  Header always set X-Content-Type-Options "nosniff"
  # Revalidated on every visit: a new edition is published by replacing data/report.json.
  Header set Cache-Control "no-cache"
  # Names with a content hash never change: a year.
  <FilesMatch "-[0-9a-f]{8,16}(_bg)?\\.(js|wasm|css)$">
    Header set Cache-Control "public, max-age=31536000, immutable"
  </FilesMatch>
</IfModule>
`;
writeFileSync(join(staging, '.htaccess'), htaccess);

const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) throw new Error('post-build: no <meta charset> in index.html');
html = html.replace(charset, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${csp}">`);
writeFileSync(indexPath, html);

// The app as built so far draws the first view; public/first-view.js decides whether it is shown.
const { prerender } = await import(new URL('../e2e/prerender.mjs', import.meta.url));
const firstView = await prerender(staging, publicUrl);
const body = /<body[^>]*>/;
if (!body.test(html)) throw new Error('post-build: no <body> in index.html');
html = html.replace(body, (m) => `${m}<div id="prerender">${firstView}</div>`);
// The stamp of the data/report.json it was drawn from (FNV-1a over UTF-16 code units, as
// model::publish::Stamp and first-view.js compute it): the copy is shown only when the site
// still publishes that file.
const published = readFileSync(join(staging, 'data', 'report.json'), 'utf8');
let fnv = 0x811c9dc5;
for (let i = 0; i < published.length; i += 1) fnv = Math.imul(fnv ^ published.charCodeAt(i), 0x01000193);
const drawnFrom = (fnv >>> 0).toString(16).padStart(8, '0');
const firstViewTag = /<script src="?first-view\.js"?>/;
if (!firstViewTag.test(html)) throw new Error('post-build: no first-view.js script tag in index.html');
html = html.replace(firstViewTag, `<script src="first-view.js" data-edition="${drawnFrom}">`);
writeFileSync(indexPath, html);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split('\\').join('/'));
  }
};
walk(staging);
// The workbook worker is cached on first use instead (public/sw.js).
const assets = files.filter((f) => f !== 'sw.js' && f !== 'index.html' && !f.startsWith('.') && !f.endsWith('.schema.json') && !f.startsWith('workbook')).sort();
const version = hash(assets.map((f) => f + hash(readFileSync(join(staging, f)))).join('\n') + html);
const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8').replace("'__VERSION__'", JSON.stringify(version)).replace('__ASSETS__', JSON.stringify(assets));
writeFileSync(swPath, sw);
console.log(`post-build: ${loaderName}, CSP, first view ${firstView.length} B, sw.js ${version} (${assets.length} assets)`);
