// The rules explorer (rules.html, rules.ru.html, rules.en.html): every value
// of rules/ with its dates, history, source and grade, written at build time
// from the engine's own data. It must show what `ukuk rules --date D` says
// for every parameter, and a reason in a result links to the value it used.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, newPage, openApp, baseUrl } from './browser.mjs';
import { $, plain, waitText, fillExampleFamily, finish } from './family.mjs';

const cli = process.env.UKUK_CLI;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DATES = ['2020-06-15', '2024-01-01', '2026-09-01'];

/** What the page marks as in force: {name: {value, from, source}} and the names with none. */
async function marked(page) {
  return page.evaluate(() => {
    const inForce = {};
    const none = [];
    for (const a of document.querySelectorAll('article.param')) {
      const now = a.querySelectorAll('li.period[data-state="now"]');
      if (now.length > 1) throw new Error(`${a.dataset.param}: ${now.length} values in force`);
      if (now.length === 0) {
        if (a.querySelector('.none').hidden) throw new Error(`${a.dataset.param}: no value, and no note saying so`);
        none.push(a.dataset.param);
        continue;
      }
      const li = now[0];
      inForce[a.dataset.param] = {
        value: JSON.parse(li.dataset.value),
        from: li.dataset.from,
        source: li.querySelector('[data-testid="source-en"]').textContent,
        shown: li.querySelector('[data-testid="value"]').textContent,
      };
    }
    return { inForce, none };
  });
}

test('on three dates, every value and source in force is the one `ukuk rules --date D` gives', { skip: !cli && 'UKUK_CLI not set' }, async () => {
  const page = await newPage(browser);
  for (const date of DATES) {
    const listing = JSON.parse(execFileSync(cli, ['rules', '--date', date], { encoding: 'utf8' }));
    await page.goto(new URL(`rules.en.html?date=${date}`, baseUrl).href);
    await page.waitForSelector('li.period[data-state]');
    const { inForce, none } = await marked(page);
    assert.equal(Object.keys(inForce).length, listing.parameters.length, `${date}: as many values in force`);
    for (const p of listing.parameters) {
      const m = inForce[p.name];
      assert.ok(m, `${date}: ${p.name} is shown in force`);
      assert.deepEqual(m.value, p.value, `${date}: ${p.name} value`);
      assert.equal(m.from, p.from, `${date}: ${p.name} in force from`);
      assert.equal(m.source, p.source, `${date}: ${p.name} source`);
      assert.notEqual(m.shown.trim(), '', `${date}: ${p.name} shown to the reader`);
    }
    assert.deepEqual(none.sort(), [...listing.not_in_force].sort(), `${date}: the values not in force`);
    assert.match(plain(await page.textContent($('rules-date-note'))), new RegExp(date.split('-').reverse().join('\\.')));
  }
  // The Kyrgyz and Russian pages mark the same values.
  const en = await marked(page);
  for (const name of ['rules.html', 'rules.ru.html']) {
    await page.goto(new URL(`${name}?date=${DATES[2]}`, baseUrl).href);
    await page.waitForSelector('li.period[data-state]');
    const other = await marked(page);
    assert.deepEqual(Object.fromEntries(Object.entries(other.inForce).map(([k, v]) => [k, v.value])),
      Object.fromEntries(Object.entries(en.inForce).map(([k, v]) => [k, v.value])), name);
  }
  await finish(page);
});

test('every value has a name and its whole history, in ky, ru and en; choosing a date marks and keeps it', async () => {
  const page = await newPage(browser);
  for (const name of ['rules.html', 'rules.ru.html', 'rules.en.html']) {
    await page.goto(new URL(name, baseUrl).href);
    await page.waitForSelector('li.period[data-state]');
    const problems = await page.evaluate(() => [...document.querySelectorAll('article.param')].flatMap((a) => {
      const title = a.querySelector('h4').textContent;
      const out = [];
      if (!title.trim() || title.startsWith('param-')) out.push(`${a.dataset.param}: no name`);
      for (const li of a.querySelectorAll('li.period')) {
        if (!li.querySelector('.sources li')) out.push(`${a.dataset.param} from ${li.dataset.from}: no source`);
        if (!li.querySelector('.grade').textContent.includes(':')) out.push(`${a.dataset.param}: no grade`);
      }
      return out;
    }));
    assert.deepEqual(problems, [], name);
  }
  // The guaranteed minimum income: 900 from 2018-07-01, 1 000 from 2019-12-01.
  await page.goto(new URL('rules.ru.html?date=2019-01-01#p-shared-gmi', baseUrl).href);
  await page.waitForSelector('li.period[data-state]');
  const states = await page.$$eval('#p-shared-gmi li.period', (l) => l.map((x) => x.dataset.state));
  assert.deepEqual(states, ['now', 'later']);
  await page.fill($('rules-date'), '2026-09-01');
  await page.dispatchEvent($('rules-date'), 'change');
  assert.match(page.url(), /date=2026-09-01/);
  assert.deepEqual(await page.$$eval('#p-shared-gmi li.period', (l) => l.map((x) => x.dataset.state)), ['earlier', 'now']);
  await finish(page);
});

test('a reason in a result links to the value it used, on the date of the result', async () => {
  const page = await newPage(browser);
  await openApp(page, '?lang=ru', $('add-member'));
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance', '2 430,00');
  const link = page.locator(`${$('benefit-family_assistance')} a[data-testid="value-link"][href*="p-shared-gmi"]`).first();
  const href = await link.getAttribute('href');
  assert.match(href, /^(\.\/)?rules\.ru\.html\?date=2020-06-15#p-shared-gmi$/);
  await page.goto(new URL(href, baseUrl).href);
  await page.waitForSelector('#p-shared-gmi li.period[data-state="now"]');
  const now = await page.$eval('#p-shared-gmi li.period[data-state="now"]', (li) => li.querySelector('[data-testid="value"]').textContent);
  assert.match(plain(now), /1 000,00 сом/);
  await finish(page);
});
