// In the field: compressed and cached files, offline use and updates, and a
// counsellor's save, open, compare, share and print.
// Every test fails on any console error, page error or failed request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseUrl, launch, newPage, openApp } from './browser.mjs';
import { $, plain, text, waitText, fillExampleFamily, finish } from './family.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'web', 'dist');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function start(options = {}, url = '') {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await openApp(page, url, $('benefit-family_assistance'));
  return page;
}

/** A raw GET (no automatic decompression): status, headers and body length. */
function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    http.get(url, { headers }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, length: n }));
    }).on('error', fail);
  });
}

function walk(dir, prefix = '') {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`]));
}

/** A static server over a copy of web/dist that the test may change; it logs every request line. */
function copyServer() {
  const dir = mkdtempSync(join(tmpdir(), 'ukuk-dist-'));
  cpSync(dist, dir, { recursive: true });
  const log = [];
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.ftl': 'text/plain; charset=utf-8' };
  const server = createServer((req, res) => {
    log.push(req.url);
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir)) { res.writeHead(404).end(); return; }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    dir, log, url: `http://127.0.0.1:${server.address().port}/`,
    close: () => { server.close(); rmSync(dir, { recursive: true, force: true }); },
  })));
}

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForSelector($('benefit-family_assistance'));
  }
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
}

test('every file has Brotli and gzip copies, sent as accepted, hashed files cached for a year', async () => {
  const files = walk(dist);
  for (const f of files.filter((f) => !/\.(br|gz)$/.test(f))) {
    const size = statSync(join(dist, f)).size;
    if (size < 100) continue;
    assert.ok(files.includes(`${f}.br`) && files.includes(`${f}.gz`), `${f} has .br and .gz copies`);
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const hashed = [...html.matchAll(/"\.\/([\w.-]+\.[0-9a-f]{10}\.(?:js|wasm|css))"/g)].map((m) => m[1]);
  assert.equal(new Set(hashed.map((h) => extname(h))).size, 3, `the script, the wasm and the styles have hashed names: ${hashed}`);
  for (const f of hashed) {
    const br = await get(new URL(f, baseUrl), { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200, f);
    assert.equal(br.headers['content-encoding'], 'br', f);
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable', f);
    assert.match(br.headers.vary ?? '', /Accept-Encoding/i);
    const gz = await get(new URL(f, baseUrl), { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', f);
    assert.ok(gz.length > br.length, `${f}: Brotli is the smaller`);
    const plainCopy = await get(new URL(f, baseUrl));
    assert.equal(plainCopy.headers['content-encoding'], undefined);
  }
  for (const f of ['', 'sw.js']) {
    const r = await get(new URL(f, baseUrl), { 'Accept-Encoding': 'br' });
    assert.equal(r.headers['cache-control'], 'no-cache', `${f || 'index.html'} is revalidated`);
  }
});

test('offline: the app opens again and computes the same result with the network off', async () => {
  const page = await start();
  await controlled(page);
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector($('benefit-family_assistance'));
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  // Russian texts were kept too.
  await page.click($('lang-ru'));
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await page.context().setOffline(false);
  await finish(page);
});

test('a new version is picked up on the next online visit, and kept for offline use', async () => {
  const site = await copyServer();
  try {
    const page = await newPage(browser);
    await openApp(page, site.url, $('benefit-family_assistance'));
    await controlled(page);
    assert.equal(await page.locator('meta[name="ukuk-build"]').count(), 0);
    // A new build: another page and another service worker.
    const index = readFileSync(join(site.dir, 'index.html'), 'utf8');
    writeFileSync(join(site.dir, 'index.html'), index.replace('<head>', '<head>\n  <meta name="ukuk-build" content="second">'));
    const sw = readFileSync(join(site.dir, 'sw.js'), 'utf8');
    writeFileSync(join(site.dir, 'sw.js'), sw.replace(/const VERSION = "[^"]*"/, 'const VERSION = "second"'));
    await page.reload();
    await page.waitForSelector($('benefit-family_assistance'));
    assert.equal(await page.locator('meta[name="ukuk-build"]').count(), 1, 'the new page online');
    // The browser checks the worker on navigation; the new one installs,
    // takes over and drops the old copy.
    const kept = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ukuk-')));
    for (let i = 0; i < 150 && JSON.stringify(await kept()) !== '["ukuk-second"]'; i++) {
      if (i % 20 === 0) await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update().catch(() => {}));
      await page.waitForTimeout(100);
    }
    assert.deepEqual(await kept(), ['ukuk-second'], 'the new version is kept');
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector($('benefit-family_assistance'));
    assert.equal(await page.locator('meta[name="ukuk-build"]').count(), 1, 'and the new page offline');
    assert.deepEqual(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ukuk-'))), ['ukuk-second'], 'the old copy is gone');
    await page.context().setOffline(false);
    await finish(page);
  } finally {
    site.close();
  }
});

test('save to a file, open it again: the same result; a bad file leaves the form as it was', async () => {
  const page = await start();
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click($('save'))]);
  const path = await download.path();
  const saved = readFileSync(path, 'utf8');
  // The file is the contract's household: `ukuk eval` reads it.
  if (process.env.UKUK_CLI) {
    const out = JSON.parse(execFileSync(process.env.UKUK_CLI, ['eval', path], { encoding: 'utf8' }));
    assert.equal(out.benefits.find((b) => b.id === 'family_assistance').amount, '2430.00');
  }
  await page.click($('new-family'));
  assert.equal(await page.locator('[data-testid$="-birth_date"]').count(), 1);
  await page.setInputFiles($('open'), { name: 'family.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  assert.equal(await page.locator('[data-testid^="member-"][data-testid$="-birth_date"]').count(), 5);
  assert.equal(await page.inputValue($('member-0-birth_date')), '01.05.1990');
  // A malformed file: a message at the top, the form untouched.
  await page.setInputFiles($('open'), { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"members": [') });
  await waitText(page, 'open-error', 'Ukuk');
  assert.equal(await page.locator('[data-testid^="member-"][data-testid$="-birth_date"]').count(), 5);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  // A file the engine refuses names the problem.
  await page.setInputFiles($('open'), { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"members": [{"id": "a", "birth_date": "1990-13-01"}]}') });
  await waitText(page, 'open-error', 'members[0].birth_date');
  assert.equal(await page.locator('[data-testid^="member-"][data-testid$="-birth_date"]').count(), 5);
  await finish(page);
});

test('compare two scenarios: what differs is marked, with the monthly totals', async () => {
  const page = await start();
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  await page.click($('compare'));
  await page.waitForSelector($('compare-table'));
  assert.equal(await page.getAttribute($('compare-family_assistance'), 'data-differs'), 'false');
  // "If the father earned 5 000": scenario B.
  await page.fill($('member-1-income-wages'), '5000');
  await page.waitForSelector(`${$('compare-family_assistance')}[data-differs="true"]`);
  await waitText(page, 'compare-family_assistance', '2 430,00 сом');
  await waitText(page, 'compare-total', '2 430,00 сом');
  assert.equal(await page.getAttribute($('compare-birth_payment'), 'data-differs'), 'false');
  // Back to A: the form shows A's answers.
  await page.click($('scenario-a'));
  assert.equal(await page.inputValue($('member-1-income-wages')), '3000');
  await page.click($('scenario-b'));
  assert.equal(await page.inputValue($('member-1-income-wages')), '5000');
  await finish(page);
});

test('a shared link restores the household; the fragment never reaches the server', async () => {
  const site = await copyServer();
  try {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await openApp(page, site.url, $('benefit-family_assistance'));
    await fillExampleFamily(page);
    await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
    await page.click($('share'));
    await waitText(page, 'share-panel', 'бөлүгү серверге жөнөтүлбөйт');
    const link = await page.inputValue($('share-link'));
    const fragment = new URL(link).hash;
    assert.match(fragment, /^#h=[\w-]{40,}$/);
    await page.context().close();

    const other = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await openApp(other, `${site.url}?lang=ky${fragment}`, $('benefit-family_assistance'));
    await waitText(other, 'benefit-family_assistance-amount', '2 430,00 сом');
    assert.ok(!other.url().includes('#h='), 'the household is taken out of the address once read');
    assert.ok(site.log.length > 0);
    assert.deepEqual(site.log.filter((l) => l.includes('h=') || l.includes(fragment.slice(3, 20))), [], 'no request carried the household');
    await finish(other);
  } finally {
    site.close();
  }
});

test('the print view for the family fits on two A4 pages, with amounts, documents and where to go', async () => {
  const page = await start();
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible($('print-sheet')));
  assert.ok(!(await page.isVisible('form.questions')), 'the form is not printed');
  const sheet = await text(page, 'print-sheet');
  assert.match(sheet, /2 430,00 сом/);
  assert.match(sheet, /Паспорт|паспорт/);
  assert.match(sheet, /15\.06\.2020/);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await page.isVisible($('print-sheet'))), 'the print view is not on screen');
  await finish(page);
});

test('every new text of the case tools exists in ky, ru and en', async () => {
  const page = await start();
  for (const lang of ['ru', 'en', 'ky']) {
    await page.click($(`lang-${lang}`));
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.click($('share'));
    await page.click($('compare'));
    const all = plain(await page.textContent('body'));
    assert.doesNotMatch(all, /\bapp-[a-z-]+/, `${lang}: a raw message id`);
    await page.click($('end-compare'));
    await page.click($('share'));
  }
  await finish(page);
});

test('the first screen is HTML: heading, privacy line and first question show with scripts disabled', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  await page.goto(baseUrl);
  assert.equal(plain(await page.textContent('#first-screen h1')), 'Ukuk');
  assert.match(plain(await page.textContent('#first-screen')), /Баары ушул түзмөктө эсептелет/);
  assert.match(plain(await page.textContent('#first-screen')), /Туулган күнү/);
  // Without scripts nothing is loading: the line saying so stays hidden.
  assert.equal(await page.locator('#first-loading').count(), 1);
  assert.equal(await page.isVisible('#first-loading'), false);
  const staticTop = await page.locator('#first-screen h1').boundingBox();
  await page.context().close();
  // With scripts, the app takes over in the same place.
  const app = await newPage(browser, { viewport: { width: 360, height: 800 } });
  await openApp(app, '', $('benefit-family_assistance'));
  assert.equal(await app.locator('#first-screen').count(), 0);
  const appTop = await app.locator('header.top h1').boundingBox();
  assert.ok(Math.abs(appTop.y - staticTop.y) < 2 && Math.abs(appTop.x - staticTop.x) < 2, `the heading does not move: ${JSON.stringify([staticTop, appTop])}`);
  await finish(app);
});

/** The app's page with its wasm held back: only the first screen, until `release()`. */
async function firstScreenOnly() {
  const page = await newPage(browser, { viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  return { page, release };
}

test('a date of birth typed into the first screen before the app arrives is kept, with the focus', async () => {
  // The wasm is held back until the first question has been answered.
  const { page, release } = await firstScreenOnly();
  await page.fill('#first-birth-date', '15.03.1990');
  assert.equal(await page.locator($('benefit-family_assistance')).count(), 0, 'the app has not started yet');
  // While the calculator is on its way, the first screen says so.
  await page.waitForSelector('#first-loading', { state: 'visible' });
  assert.match(plain(await page.textContent('#first-loading')), /Эсептегич жүктөлүп жатат/);
  release();
  await page.waitForSelector($('benefit-family_assistance'));
  assert.equal(await page.locator('#first-screen').count(), 0);
  assert.equal(await page.inputValue($('member-0-birth_date')), '15.03.1990');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'member-0-birth_date');
  assert.equal(await page.evaluate(() => document.activeElement.selectionStart), 10, 'typing goes on at the end');
  // The app computed with it: the person's age is shown.
  assert.match(plain(await page.textContent($('member-0-age'))), /\d/);
  await finish(page);
});

test('the first screen\'s field keeps the focus when the app takes over, before anything is typed', async () => {
  const { page, release } = await firstScreenOnly();
  await page.focus('#first-birth-date');
  release();
  await page.waitForSelector($('benefit-family_assistance'));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'member-0-birth_date');
  assert.equal(await page.inputValue($('member-0-birth_date')), '');
  await finish(page);
});

test('the privacy statement is one click from the app, in Kyrgyz, Russian and English', async () => {
  const page = await start();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.click($('privacy-link'));
  await page.waitForURL(/privacy\.html#ky$/);
  for (const [code, words] of [['ky', /түзмөктө/], ['ru', /на этом устройстве/], ['en', /on this device/]]) {
    const section = plain(await page.textContent(`section#${code}[lang="${code}"]`));
    assert.match(section, words, code);
    assert.match(section, /#/, `${code}: the link's fragment is explained`);
  }
  const origin = new URL(baseUrl).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  // Back to the calculator in the language read.
  await page.click('section#ru a');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await finish(page);
});
