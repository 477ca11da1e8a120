// A/B of two release builds on the all-Japan half of `make bench`, runs alternating so both
// see the machine in the same mood:  node bench/ab.mjs ../target/dist-a ../target/dist-b [runs]
// Prints, for each build, the medians over its runs of the figures an A/B usually compares.
import { chromium } from '@playwright/test';
import { LAUNCH } from '../chromium.mjs';
import { serve } from '../serve.mjs';
import { median, scaleRun, synthFile } from './scale.mjs';

const [a, b, runs = '3'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.mjs <dist A> <dist B> [runs each]');
  process.exit(2);
}
const file = synthFile();
const builds = [{ dir: a, port: 4421, runs: [] }, { dir: b, port: 4422, runs: [] }];
const servers = await Promise.all(builds.map((x) => serve(x.dir, x.port, '/')));
const browser = await chromium.launch(LAUNCH);
for (let i = 0; i < Number(runs); i += 1) {
  for (const build of i % 2 ? [...builds].reverse() : builds) {
    const run = await scaleRun(browser, `http://127.0.0.1:${build.port}/`, file);
    build.runs.push(run);
    process.stderr.write(`${build.dir} run ${build.runs.length}: ${JSON.stringify(run.times)}\n`);
  }
}
await browser.close();
servers.forEach((s) => s.close());

const figures = {
  'keystroke → painted': (r) => r.keystroke,
  'facet click → painted': (r) => r.facet,
  'Event Timing, a key': (r) => r.eventKey,
  'Event Timing, a click': (r) => r.eventClick,
  'script a key (CDP)': (r) => r.work.keys.script,
  'script a click (CDP)': (r) => r.work.clicks.script,
  'dashboard first visit': (r) => r.dashboardFirst,
  'save an edit': (r) => r.heavy.save.ms,
};
console.log(`\nA/B, ${runs} runs each, medians (ms)      A ${a}   B ${b}`);
for (const [name, get] of Object.entries(figures)) {
  const [x, y] = builds.map((build) => median(build.runs.map(get)));
  console.log(`  ${name.padEnd(26)} ${x.toFixed(0).padStart(6)} ${y.toFixed(0).padStart(6)}`);
}
