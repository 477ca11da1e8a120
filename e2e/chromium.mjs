// How every script here starts a browser: Debian's Chromium, never a downloaded one, with no
// background requests of its own.

/** Playwright launch options for headless Chromium. */
export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
};
