// Accessibility, keyboard, privacy and the Content-Security-Policy on every
// page and state a person meets: axe-core (WCAG 2.1 A and AA rules) on the
// empty form, the filled form, the errors, every result opened, the compare
// and share tools, the print view, the rules explorer, the embed page, the
// privacy statement and the API example, in Kyrgyz, Russian and English; a
// run with the keyboard only; the narrowest phone and 200 % zoom; and no
// cookie or stored answer after a full run without "remember".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, newPage, openApp, baseUrl } from './browser.mjs';
import { $, waitText, fillExampleFamily, finish } from './family.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const LANGS = ['ky', 'ru', 'en'];
const RULES_PAGE = { ky: 'rules.html', ru: 'rules.ru.html', en: 'rules.en.html' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page that records CSP violations (the event, seen before any app code). */
async function cspPage(options) {
  const page = await newPage(browser, options);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

async function noCspViolation(page, where) {
  assert.deepEqual(await page.evaluate(() => window.__csp), [], `${where}: CSP violations`);
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is now. */
async function axe(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `${where}: WCAG 2.1 AA violations`);
  await noCspViolation(page, where);
}

async function openAll(page, scope) {
  await page.$$eval(`${scope} details`, (ds) => ds.forEach((d) => { d.open = true; }));
}

for (const lang of LANGS) {
  test(`WCAG 2.1 AA, no CSP violation: every state of the app in ${lang}`, async () => {
    const page = await cspPage();
    await openApp(page, `?lang=${lang}`, $('add-member'));
    await axe(page, `${lang} empty form`);
    await fillExampleFamily(page);
    await waitText(page, 'benefit-family_assistance', /2[ ,]430[.,]00/);
    await axe(page, `${lang} filled form`);
    await openAll(page, '[data-testid="results"]');
    await openAll(page, 'form');
    await axe(page, `${lang} every result and panel opened`);
    // Errors shown at their fields.
    await page.fill($('member-0-birth_date'), '31.02.1990');
    await page.fill($('member-1-income-wages'), 'x');
    await page.waitForSelector('.error, [role="alert"]');
    await axe(page, `${lang} errors shown`);
    // Each error is tied to its field: the field is marked invalid and
    // described by the message.
    for (const id of ['member-0-birth_date', 'member-1-income-wages']) {
      const tied = await page.$eval($(id), (el) => ({
        invalid: el.getAttribute('aria-invalid'),
        text: (el.getAttribute('aria-describedby') || '').split(/\s+/).map((d) => document.getElementById(d)?.textContent || '').join(' '),
      }));
      assert.equal(tied.invalid, 'true', `${lang} ${id} is marked invalid`);
      assert.ok(tied.text.includes(id.endsWith('wages') ? 'x' : '31.02.1990'), `${lang} ${id} is described by its message: ${tied.text}`);
    }
    await page.fill($('member-0-birth_date'), '01.05.1990');
    await page.fill($('member-1-income-wages'), '3000');
    await waitText(page, 'benefit-family_assistance', /2[ ,]430[.,]00/);
    // The counsellor's tools: share (with its warning), compare, the forget question.
    await page.click($('share'));
    await page.click($('compare'));
    await page.click($('forget'));
    await axe(page, `${lang} share, compare and the forget question`);
    await page.click($('forget-no'));
    // The print view.
    await page.emulateMedia({ media: 'print' });
    await axe(page, `${lang} print view`);
    await page.emulateMedia({ media: 'screen' });
    await finish(page);
  });

  test(`WCAG 2.1 AA, no CSP violation: the rules explorer, the embed page, the privacy statement and the API example in ${lang}`, async () => {
    const page = await cspPage();
    await page.goto(new URL(`${RULES_PAGE[lang]}?date=2026-09-01`, baseUrl).href);
    await page.waitForSelector('li.period[data-state]');
    await axe(page, `${lang} rules explorer`);
    await openApp(page, `embed.html?lang=${lang}`, $('add-member'));
    await fillExampleFamily(page);
    await waitText(page, 'benefit-family_assistance', /2[ ,]430[.,]00/);
    await axe(page, `${lang} embed page`);
    await page.goto(new URL(`privacy.html#${lang}`, baseUrl).href);
    await axe(page, `${lang} privacy statement`);
    if (lang === 'en') {
      await page.goto(new URL('api/', baseUrl).href);
      await page.waitForSelector('#evaluate:not([disabled])', { timeout: 15_000 });
      await page.click('#evaluate');
      await page.locator('[data-benefit="family_assistance"] .amount').waitFor({ timeout: 15_000 });
      await axe(page, 'API example with a result');
    }
    await finish(page);
  });
}

/** Presses Tab until the focused element satisfies `pick` (run in the page); checks the focus is visible on the way. */
async function tabTo(page, pick, arg, what) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(([src, a]) => {
      const el = document.activeElement;
      // eslint-disable-next-line no-new-func
      const ok = new Function('el', 'a', `return (${src})(el, a)`)(el, a);
      const s = getComputedStyle(el);
      const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      return { ok, visible, tag: el.tagName, id: el.dataset?.testid || el.id || '' };
    }, [pick.toString(), arg]);
    assert.ok(state.visible || state.tag === 'BODY', `the focus is visible on ${state.tag} ${state.id}`);
    if (state.ok) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

const byTestid = (el, id) => el?.dataset?.testid === id;
const radioOf = (el, prefix) => el?.type === 'radio' && el.dataset?.testid?.startsWith(prefix);
const summaryOf = (el, id) => el?.tagName === 'SUMMARY' && el.parentElement?.dataset?.testid === id;

test('the keyboard alone completes the handbook family (2 430,00 сом), the focus always visible', async () => {
  const page = await cspPage({ bypassCSP: false });
  await openApp(page, '?lang=ky', $('add-member'));
  // The page's evaluate() is the test's own probe; the app is driven by keys only.
  await tabTo(page, byTestid, 'change-date', 'the date button');
  await page.keyboard.press('Enter');
  await tabTo(page, byTestid, 'eval-date', 'the date field');
  await page.keyboard.type('15.06.2020');
  for (let i = 0; i < 4; i++) {
    await tabTo(page, byTestid, 'add-member', 'add a person');
    await page.keyboard.press('Enter');
  }
  const people = [['01.05.1990', 'female'], ['10.02.1987', 'male'], ['01.05.2010', 'female'], ['12.09.2013', 'male'], ['20.01.2017', 'female']];
  for (const [i, [birth, sex]] of people.entries()) {
    await tabTo(page, byTestid, `member-${i}-birth_date`, `person ${i + 1}'s birth date`);
    await page.keyboard.type(birth);
    await tabTo(page, radioOf, `member-${i}-sex-`, `person ${i + 1}'s sex`);
    // Arrow keys move within a radio group and choose; Space chooses the first.
    await page.keyboard.press('Space');
    for (let k = 0; k < 2; k++) {
      const on = await page.evaluate(() => document.activeElement.dataset.testid);
      if (on.endsWith(`-${sex}`)) break;
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await page.evaluate(() => document.activeElement.checked && document.activeElement.dataset.testid), `member-${i}-sex-${sex}`);
  }
  await tabTo(page, summaryOf, 'member-1-income', "the father's incomes");
  await page.keyboard.press('Enter');
  await tabTo(page, byTestid, 'member-1-income-wages', 'wages');
  await page.keyboard.type('3000');
  for (const [animal, n] of [['cow', '1'], ['heifer', '1'], ['sheep', '3']]) {
    await tabTo(page, byTestid, `livestock-${animal}`, animal);
    await page.keyboard.type(n);
  }
  await page.keyboard.press('Tab');
  await waitText(page, 'benefit-family_assistance', /2 430,00 сом/);
  await noCspViolation(page, 'keyboard run');
  await finish(page);
});

test('after a full run without "remember": no cookie, nothing in any storage, only the app files in the offline cache', async () => {
  const page = await cspPage();
  await openApp(page, '?lang=ru', $('add-member'));
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance', /2[ ,]430[.,]00/);
  await page.click($('lang-en'));
  await page.click($('share'));
  await page.click($('compare'));
  await page.waitForTimeout(500);
  const kept = await page.evaluate(async () => {
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    const cached = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cached.push(req.url);
    }
    return { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, dbs: dbs.length, cached };
  });
  assert.equal(kept.cookie, '');
  assert.equal(kept.local, 0);
  assert.equal(kept.session, 0);
  assert.equal(kept.dbs, 0);
  assert.deepEqual(await page.context().cookies(), []);
  // The service worker keeps the app's own files, never an answer.
  for (const url of kept.cached) {
    const u = new URL(url);
    assert.equal(u.origin, new URL(baseUrl).origin, url);
    assert.equal(u.search + u.hash, '', `${url}: no query or fragment is kept`);
  }
  await finish(page);
});

for (const [width, why] of [[320, 'the narrowest phone'], [640, '200 % zoom of a 1280-pixel screen']]) {
  test(`${width} px wide (${why}): nothing is cut off or needs sideways scrolling`, async () => {
    const page = await cspPage({ viewport: { width, height: 800 } });
    const wide = () => page.evaluate(() => {
      const doc = document.documentElement;
      const over = [...document.querySelectorAll('body *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > doc.clientWidth + 1 && getComputedStyle(e).position !== 'fixed';
      }).slice(0, 5).map((e) => `${e.tagName}.${e.className} ${e.dataset?.testid || ''}`);
      return { scroll: doc.scrollWidth, client: doc.clientWidth, over };
    });
    await openApp(page, '?lang=ru', $('add-member'));
    await fillExampleFamily(page);
    await waitText(page, 'benefit-family_assistance', /2[ ,]430[.,]00/);
    await openAll(page, 'body');
    let w = await wide();
    assert.ok(w.scroll <= w.client, `app: ${JSON.stringify(w)}`);
    for (const path of ['rules.ru.html?date=2026-09-01', 'privacy.html#ru']) {
      await page.goto(new URL(path, baseUrl).href);
      await openAll(page, 'body');
      w = await wide();
      assert.ok(w.scroll <= w.client, `${path}: ${JSON.stringify(w)}`);
    }
    await finish(page);
  });
}

test('the accessibility check can fail: a field without a label is reported', async () => {
  const page = await cspPage();
  await page.goto(new URL('privacy.html#en', baseUrl).href);
  await page.evaluate(() => document.querySelector('main').append(document.createElement('input')));
  await assert.rejects(axe(page, 'privacy with an unlabelled field'), /label/);
  await finish(page);
});
