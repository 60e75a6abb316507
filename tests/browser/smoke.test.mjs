// Smoke test: the app loads, renders its heading, and logs no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the app boots: heading "Ukuk", title mentions Ukuk, no errors', async () => {
  const page = await newPage(browser);
  await openApp(page);

  assert.equal((await page.textContent('h1'))?.trim(), 'Ukuk');
  assert.match(await page.title(), /Ukuk/);

  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// The placeholder app's counter; skipped once the real app (no #increment) replaces it.
test('placeholder: the button increments the counter', async (t) => {
  const page = await newPage(browser);
  await openApp(page);
  if (!(await page.$('#increment'))) {
    t.skip('no #increment button: the placeholder app has been replaced');
    await page.context().close();
    return;
  }
  assert.equal((await page.textContent('#count'))?.trim(), 'Count: 0');
  await page.click('#increment');
  await page.waitForFunction(() => document.querySelector('#count')?.textContent?.trim() === 'Count: 1');
  await page.click('#increment');
  await page.waitForFunction(() => document.querySelector('#count')?.textContent?.trim() === 'Count: 2');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the wasm module is served as application/wasm', async () => {
  const page = await newPage(browser);
  const wasm = page.waitForResponse((res) => new URL(res.url()).pathname.endsWith('.wasm'));
  await openApp(page);
  const res = await wasm;
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['content-type'], 'application/wasm');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
