// A ministry's page embeds the calculator: with one tag (<ukuk-calculator>,
// a custom element in a shadow root) or in an iframe (embed.html) that tells
// the host page its height and nothing else. The host page lives on another
// origin (localhost vs 127.0.0.1), served here by a small node server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, baseUrl } from './browser.mjs';
import { $, plain, fillExampleFamily, finish } from './family.mjs';

let browser;
let host;
let hostUrl;
const app = new URL(baseUrl);

const PAGES = {
  '/element.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Министерство</title>
<script type="module" src="${baseUrl}ukuk-calculator.js"></script><script src="/host-element.js"></script></head>
<body><h1>Сайт министерства</h1><p class="host-text">Текст страницы министерства.</p>
<ukuk-calculator lang="ru"></ukuk-calculator></body></html>`,
  '/element-dated.html': `<!doctype html><html lang="ky"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${baseUrl}ukuk-calculator.js"></script></head>
<body><ukuk-calculator lang="en" date="2020-06-15"></ukuk-calculator></body></html>`,
  '/frame.html': `<!doctype html><html lang="ky"><head><meta charset="utf-8"><title>Host</title>
<script src="/host-frame.js"></script></head>
<body><h1>Host</h1><iframe id="calc" title="Ukuk" src="${baseUrl}embed.html?lang=ky" style="width:100%;border:0;height:200px"></iframe></body></html>`,
  '/host-element.js': `window.results = [];
document.addEventListener('ukuk-result', (e) => window.results.push(e.detail));`,
  '/host-frame.js': `window.messages = [];
window.addEventListener('message', (e) => {
  window.messages.push({ origin: e.origin, data: e.data });
  if (e.data && e.data.ukuk === 'height') document.getElementById('calc').style.height = e.data.height + 'px';
});`,
};

before(async () => {
  browser = await launch();
  host = http.createServer((req, res) => {
    const body = PAGES[req.url];
    if (req.url === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    if (!body) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': req.url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  // Another origin than the app's: another host name, or another port.
  const otherName = app.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  hostUrl = `http://${otherName}:${host.address().port}`;
});
after(async () => {
  await browser?.close();
  host?.close();
});

/** Every request the page makes goes to the host page's origin or the app's. */
function recordOrigins(page) {
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  return origins;
}

async function waitLocatorText(locator, pattern, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = plain(await locator.textContent().catch(() => ''));
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`expected ${pattern}, got: ${last.slice(0, 500)}`);
}

test('<ukuk-calculator lang="ru"> renders in a shadow root, computes the handbook family and fires ukuk-result', async () => {
  const page = await newPage(browser);
  const origins = recordOrigins(page);
  await page.goto(`${hostUrl}/element.html`);
  await page.waitForSelector(`ukuk-calculator >> ${$('add-member')}`, { timeout: 20_000 });
  // In a shadow root: invisible to the host's document.querySelector, and
  // the host's styles do not reach it.
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid="add-member"]')), null);
  // The first load carries Kyrgyz: the element draws at once, and speaks
  // Russian as soon as the Russian texts have arrived.
  const rootLang = () => page.evaluate(() => document.querySelector('ukuk-calculator').shadowRoot.querySelector('.ukuk-root').getAttribute('lang'));
  const end = Date.now() + 15_000;
  while ((await rootLang()) !== 'ru' && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await rootLang(), 'ru');
  assert.match(plain(await page.locator('ukuk-calculator .top h1').textContent()), /Ukuk/);
  await fillExampleFamily(page);
  await waitLocatorText(page.locator($('benefit-family_assistance')), /2 430,00/);
  // The host page heard the result, in the contract's words.
  const last = await page.evaluate(() => window.results[window.results.length - 1]);
  const fa = last.result.benefits.find((b) => b.id === 'family_assistance');
  assert.equal(fa.status, 'eligible');
  assert.equal(fa.amount, '2430.00');
  assert.equal(last.input.members.length, 5);
  // The same result as `ukuk eval` gives for that input, but for the English
  // citation texts, which the app's first load does not carry.
  if (process.env.UKUK_CLI) {
    const file = join(mkdtempSync(join(tmpdir(), 'ukuk-event-')), 'household.json');
    writeFileSync(file, JSON.stringify(last.input));
    const cli = JSON.parse(execFileSync(process.env.UKUK_CLI, ['eval', file], { encoding: 'utf8' }));
    const blank = (v) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'source' || k === 'act' || k === 'note' ? '' : x)));
    assert.deepEqual(blank(last.result), blank(cli));
  }
  // Nothing written to the host site's storage; no "remember" offered.
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.equal(await page.locator(`ukuk-calculator ${$('remember')}`).count(), 0);
  // The privacy statement is the app's own page.
  assert.equal(await page.locator(`ukuk-calculator ${$('privacy-link')}`).getAttribute('href'), `${baseUrl}privacy.html#ru`);
  assert.deepEqual([...origins].sort(), [hostUrl, app.origin].sort());
  await finish(page);
});

test('<ukuk-calculator date="…" lang="en">: the date and the language come from the attributes; Russian texts load from the app', async () => {
  const page = await newPage(browser);
  const origins = recordOrigins(page);
  await page.goto(`${hostUrl}/element-dated.html`);
  await page.waitForSelector(`ukuk-calculator >> ${$('add-member')}`, { timeout: 20_000 });
  await waitLocatorText(page.locator('ukuk-calculator h2#h-results'), /Result/i);
  assert.match(plain(await page.locator(`ukuk-calculator ${$('date-bar')}`).textContent()), /15 Jun 2020/);
  await page.click(`ukuk-calculator ${$('lang-ru')}`);
  await waitLocatorText(page.locator('ukuk-calculator h2#h-results'), /Результат/);
  assert.deepEqual([...origins].sort(), [hostUrl, app.origin].sort());
  await finish(page);
});

test('embed.html in an iframe on another origin computes, resizes, and tells the host only its height', async () => {
  const page = await newPage(browser);
  const origins = recordOrigins(page);
  await page.goto(`${hostUrl}/frame.html`);
  const frame = page.frameLocator('#calc');
  await frame.locator($('add-member')).waitFor({ timeout: 20_000 });
  const before = await page.evaluate(() => document.getElementById('calc').getBoundingClientRect().height);
  // The host cannot read the frame's document (another origin).
  assert.equal(await page.evaluate(() => { try { return !!document.getElementById('calc').contentDocument; } catch { return 'blocked'; } }), false);
  const f = page.frames().find((x) => x.url().startsWith(`${baseUrl}embed.html`));
  await fillExampleFamily(f);
  await waitLocatorText(frame.locator($('benefit-family_assistance')), /2 430,00/);
  await page.waitForTimeout(300);
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.length > 0, 'the frame sent its height');
  for (const m of messages) {
    assert.equal(m.origin, app.origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'ukuk']);
    assert.equal(m.data.ukuk, 'height');
    assert.equal(typeof m.data.height, 'number');
  }
  const after = await page.evaluate(() => document.getElementById('calc').getBoundingClientRect().height);
  assert.ok(after > before, `the iframe grew with the filled form: ${before} -> ${after}`);
  const last = messages[messages.length - 1].data.height;
  assert.equal(Math.round(after), last);
  // No answer or amount in anything the host received.
  const heard = JSON.stringify(messages);
  assert.doesNotMatch(heard, /2430|3000|1990/);
  assert.deepEqual([...origins].sort(), [hostUrl, app.origin].sort());
  await finish(page);
});
