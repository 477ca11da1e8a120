// A/B of two release builds on the first-load half of `make bench`, runs alternating, with
// the static floor timed between them:  node bench/ab-first.mjs ../target/dist-a ../target/dist-b [runs]
import { chromium } from '@playwright/test';
import { LAUNCH } from '../chromium.mjs';
import { serve } from '../serve.mjs';
import { firstEntry, writeFloor } from './first-load.mjs';
import { median } from './scale.mjs';

const [a, b, runs = '7'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab-first.mjs <dist A> <dist B> [runs each]');
  process.exit(2);
}
writeFloor('../target/bench-floor');
const builds = [{ dir: a, port: 4431 }, { dir: b, port: 4432 }, { dir: '../target/bench-floor', port: 4433 }]
  .map((x) => ({ ...x, ms: [], ready: [] }));
const servers = await Promise.all(builds.map((x) => serve(x.dir, x.port, '/')));
const browser = await chromium.launch(LAUNCH);
for (let i = 0; i < Number(runs); i += 1) {
  for (const build of i % 2 ? [...builds].reverse() : builds) {
    const run = await firstEntry(browser, `http://127.0.0.1:${build.port}/`);
    build.ms.push(run.ms);
    build.ready.push(run.readyMs);
  }
}
await browser.close();
servers.forEach((s) => s.close());
console.log(`\nfirst load A/B, ${runs} runs each, medians (ms): first entry shown, app's own entry`);
for (const build of builds) {
  console.log(`  ${build.dir.padEnd(28)} ${median(build.ms).toFixed(0).padStart(6)} ${median(build.ready).toFixed(0).padStart(6)}   (${build.ms.map((m) => m.toFixed(0)).join(' ')})`);
}
