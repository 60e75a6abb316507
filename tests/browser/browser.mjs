// Shared helpers for Ukuk's browser tests (node --test tests/browser/).
//
// `cargo xtask test` builds web/dist, serves it on a free loopback port and
// sets UKUK_URL. To run a test by hand:
//   cargo xtask serve --port 8080 &
//   UKUK_URL=http://127.0.0.1:8080/ node --test tests/browser/
import { chromium } from 'playwright-core';

/** Base URL of the app under test (always ends with '/'). */
export const baseUrl = (() => {
  const url = process.env.UKUK_URL;
  if (!url) {
    throw new Error('UKUK_URL is not set: run `cargo xtask test`, or serve web/dist and set UKUK_URL');
  }
  return url.endsWith('/') ? url : `${url}/`;
})();

/** Debian's Chromium (never a downloaded browser build). */
export const chromiumPath = process.env.UKUK_CHROMIUM || '/usr/bin/chromium';

// Without the background-networking flags Chromium misbehaves on a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium. Close it with `await browser.close()`. */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...options,
  });
}

/**
 * Opens a new page that records console errors, uncaught page errors and
 * failed requests in `page.problems` (an array of strings). Tests usually end
 * with `assert.deepEqual(page.problems, [])`.
 */
export async function newPage(browser, contextOptions = {}) {
  // The app opens in the browser's language: tests run in a Kyrgyz browser
  // unless they say otherwise.
  const context = await browser.newContext({ locale: 'ky-KG', ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url;
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.problems = problems;
  return page;
}

/** Navigates to `path` (relative to UKUK_URL) and waits until the app has rendered `selector`. */
export async function openApp(page, path = '', selector = 'h1') {
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await page.waitForSelector(selector, { timeout: 15_000 });
}
