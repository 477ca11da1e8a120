// Playwright runs Debian's Chromium (never a downloaded browser) against release builds
// served on 127.0.0.1: `dist/` at the root and a sub-path build under SUB_PATH.
import { defineConfig } from '@playwright/test';
import { LAUNCH } from './chromium.mjs';

const SUB_PATH = process.env.SUB_PATH ?? '/renkei/';

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    launchOptions: LAUNCH,
    locale: 'ja-JP',
  },
  projects: [
    { name: 'root', testIgnore: /subpath\.spec/, use: { baseURL: 'http://127.0.0.1:4391/' } },
    { name: 'subpath', testMatch: /subpath\.spec/, use: { baseURL: `http://127.0.0.1:4392${SUB_PATH}` } },
  ],
  webServer: [
    { command: 'node serve.mjs ../dist 4391 /', url: 'http://127.0.0.1:4391/', reuseExistingServer: false },
    { command: `node serve.mjs ../target/dist-sub 4392 ${SUB_PATH}`, url: `http://127.0.0.1:4392${SUB_PATH}`, reuseExistingServer: false },
  ],
});
