// A minimal static server for e2e: serves a dist directory under a path prefix on 127.0.0.1,
// falling back to index.html for app routes (as GitHub Pages does with 404.html).
// Usage: node serve.mjs <dir> <port> [prefix]; or `serve(dir, port, prefix)` from a script
// (port 0 picks a free one: read it from the returned server's `address().port`).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` under `prefix` on 127.0.0.1:`port`; resolves once it listens. */
export function serve(dir, port, prefix = '/') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404).end('outside the app'); return; }
    const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(rel)) { res.writeHead(404).end('not found'); return; }
      file = join(dir, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(Number(port), '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, port, prefix] = process.argv.slice(2);
  serve(dir, port, prefix);
}
