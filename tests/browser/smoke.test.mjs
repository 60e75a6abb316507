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
