// A form a family and a counsellor can trust: no invented facts, no lost
// work, births from the people, dates day first in every locale, messages
// that match the hints, sources in the reader's language, the browser's
// language, and nothing sticky over the focused field.
// Every test fails on any console error, page error or failed request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openApp } from './browser.mjs';
import { $, plain, text, waitText, setDate, fillExampleFamily, finish } from './family.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function start(options = {}, path = '') {
  const page = await newPage(browser, { viewport: { width: 360, height: 800 }, ...options });
  await openApp(page, path, $('benefit-family_assistance'));
  return page;
}

const people = (page) => page.locator('[data-testid^="member-"][data-testid$="-birth_date"]').count();

test('a person added without a birth date changes no amount and is asked for', async () => {
  const page = await start();
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  // The counsellor adds the grandmother and has not typed her birth date yet.
  await page.click($('add-member'));
  await page.waitForSelector(`${$('benefit-family_assistance')}[data-status="needs_information"]`);
  assert.equal(await page.locator($('benefit-family_assistance-amount')).count(), 0, 'no amount from a placeholder');
  assert.doesNotMatch(await text(page, 'summary'), /2 430|1 200|сом/, 'the headline counts no phantom child');
  assert.ok(await page.isVisible($('member-5-to-fill')));
  await waitText(page, 'benefit-family_assistance-reasons', '6-адам');
  // The focus is on the new person's first question.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-members-5--name');
  // Her facts given, the amount is back (6 people, 500 som each, 3 children).
  await page.fill($('member-5-birth_date'), '02.03.1950');
  await page.check($('member-5-sex-female'));
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  assert.equal(await page.locator($('member-5-to-fill')).count(), 0);
  await finish(page);
});

test('"forget everything" asks first and can be undone; removing a person can be undone', async () => {
  const page = await start();
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  // One click only asks, naming what would be erased.
  await page.click($('forget'));
  await waitText(page, 'forget-confirm', '5 адам');
  assert.equal(await people(page), 5);
  await page.click($('forget-no'));
  assert.equal(await page.locator($('forget-confirm')).count(), 0);
  assert.equal(await people(page), 5);
  // Confirmed: erased, and one click brings it back.
  await page.click($('forget'));
  await page.click($('forget-yes'));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid$="-birth_date"]').length === 1);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'undo');
  await page.click($('undo'));
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  assert.equal(await people(page), 5);
  // Removing a person: the undo line names them and has the focus.
  await page.click($('member-4-remove'));
  assert.equal(await people(page), 4);
  await waitText(page, 'undo-bar', '5-адам');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'undo');
  await page.keyboard.press('Enter');
  assert.equal(await people(page), 5);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  // "New family" is its own action, and can be undone too.
  await page.click($('new-family'));
  assert.equal(await people(page), 1);
  await page.click($('undo'));
  assert.equal(await people(page), 5);
  // The next change ends the chance to undo (and the erased answers with it).
  await page.click($('member-4-remove'));
  await page.waitForSelector($('undo-bar'));
  await page.fill($('livestock-cow'), '2');
  assert.equal(await page.locator($('undo-bar')).count(), 0);
  await finish(page);
});

test('a baby among the people is the birth: the payment appears without a second entry', async () => {
  const page = await start();
  await setDate(page, '15.06.2020');
  await page.fill($('member-0-birth_date'), '01.05.1990');
  await page.check($('member-0-sex-female'));
  // Citizenship is asked, not assumed: the birth payment needs the applicant's.
  assert.equal(await page.inputValue($('member-0-status')), '');
  await page.selectOption($('member-0-status'), 'citizen');
  await page.waitForSelector($('births-none'));
  await page.click($('add-member'));
  await page.fill($('member-1-birth_date'), '10.03.2020');
  await page.check($('member-1-sex-male'));
  // Twins: two children with the same birth date are one birth of two.
  await page.click($('add-member'));
  await page.fill($('member-2-birth_date'), '10.03.2020');
  await page.check($('member-2-sex-female'));
  await page.waitForSelector($('birth-0'));
  assert.equal(await page.locator('[data-testid^="birth-"][data-testid$="-applicant"]').count(), 1, 'one birth');
  await page.selectOption($('birth-0-applicant'), { index: 1 });
  await waitText(page, 'benefit-birth_payment-amount', '8 000,00 сом');
  await waitText(page, 'benefit-birth_payment-per-birth', '10.09.2020');
  // Months later, not applied: the deadline is named and has passed.
  await setDate(page, '15.12.2020');
  await page.waitForSelector(`${$('benefit-birth_payment')}[data-status="not_eligible"]`);
  await waitText(page, 'benefit-birth_payment-reasons', '10.09.2020');
  await finish(page);
});

test('dates typed day, month, year are read right in every language, whatever the browser locale', async () => {
  for (const [lang, locale] of [['ky', 'en-US'], ['ru', 'en-US'], ['en', 'ru-RU']]) {
    const page = await start({ locale }, `?lang=${lang}`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await setDate(page, '15.06.2020');
    await page.fill($('member-0-birth_date'), '01051990');
    await page.check($('member-0-sex-female'));
    // 1 May 1990, not 5 January: 30 on 15 June 2020 either way, so check the
    // month through the age of a baby instead.
    await page.click($('add-member'));
    await page.fill($('member-1-birth_date'), '01.03.2020');
    await page.check($('member-1-sex-male'));
    await waitText(page, 'member-1-age', /^3\D/);
    await page.fill($('member-1-birth_date'), '01/02/2020');
    await waitText(page, 'member-1-age', /^4\D/);
    await waitText(page, 'date-bar', '15');
    // A date that does not exist is a message at the field, not a guess.
    await page.fill($('member-1-birth_date'), '31.02.2020');
    await waitText(page, 'member-1', '31.02.2020');
    assert.equal(await page.getAttribute($('member-1-birth_date'), 'aria-invalid'), 'true');
    await finish(page);
  }
});

test('messages repeat the hints and name the field; one problem, one message', async () => {
  const page = await start({}, '?lang=ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await fillExampleFamily(page);
  await page.fill($('region-coefficient'), 'abc');
  const coefficient = plain(await page.textContent(`${$('region-coefficient')} ~ .field-messages`));
  assert.match(coefficient, /коэффициент/);
  assert.doesNotMatch(coefficient, /сумм/i, 'a coefficient is not a sum');
  await page.fill($('region-coefficient'), '1');
  await page.fill($('member-1-income-wages'), '3 000,5x');
  const amount = plain(await page.textContent(`${$('member-1-income-wages')} ~ .field-messages`));
  assert.match(amount, /3 000,50/, 'the error shows the form the hint allows');
  assert.doesNotMatch(amount, /3000\.00/);
  await page.fill($('member-1-income-wages'), '3000');
  await page.click($('add-vehicle'));
  await page.fill($('vehicle-0-year'), '19x5');
  await page.waitForSelector(`${$('vehicle-0')} ${$('field-error')}`);
  assert.equal(await page.locator(`${$('vehicle-0')} .field-messages p`).count(), 1, 'one message for a bad year');
  await page.fill($('vehicle-0-year'), '1995');
  // A child born before its mother is an error at the child's birth date.
  await page.click($('add-member'));
  await page.fill($('member-5-birth_date'), '10.03.2020');
  await page.check($('member-5-sex-male'));
  await page.selectOption($('birth-0-applicant'), { index: 1 });
  await page.fill($('member-0-birth_date'), '01.04.2020');
  await page.waitForSelector(`${$('member-5')} ${$('field-error')}`);
  await waitText(page, 'member-5', '01.04.2020');
  await finish(page);
});

/** Opens every reason's source and returns the text of the results. */
async function resultsText(page) {
  await page.evaluate(() => document.querySelectorAll('#results details').forEach((d) => { d.open = true; }));
  return plain(await page.textContent($('results')));
}

test('no English sentence in the Kyrgyz or Russian results, sources included', async () => {
  const page = await start({ viewport: { width: 1280, height: 900 } });
  await fillExampleFamily(page);
  await waitText(page, 'benefit-family_assistance-amount', '2 430,00 сом');
  await page.click($('add-member'));
  await page.fill($('member-5-birth_date'), '10.03.2020');
  await page.check($('member-5-sex-male'));
  await page.selectOption($('birth-0-applicant'), { index: 1 });
  await page.check($('member-1-disabled'));
  await page.check($('member-1-disability-group-2'));
  const englishRun = /[A-Za-z]{2,}(?:[\s,;:'’()-]+[A-Za-z]{2,}){2,}/;
  for (const [date, lang] of [['15.06.2020', 'ky'], ['15.06.2020', 'ru'], ['15.09.2026', 'ky'], ['15.09.2026', 'ru']]) {
    await page.click($(`lang-${lang}`));
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await setDate(page, date);
    await page.waitForSelector($('benefit-family_assistance'));
    const all = await resultsText(page);
    const found = all.match(englishRun);
    assert.equal(found, null, `${lang} ${date}: English in the results: “${found?.[0]}” in …${found ? all.slice(Math.max(0, found.index - 80), found.index + 80) : ''}…`);
    // Each source once per reason, with its grade.
    for (const list of await page.locator('.source ul').all()) {
      const items = (await list.locator('li').allTextContents()).map(plain);
      assert.equal(new Set(items).size, items.length, `a source repeated: ${items}`);
    }
  }
  await finish(page);
});

test('results in reading order: what the family gets first, named, with the date it assumes', async () => {
  const page = await start();
  await fillExampleFamily(page);
  await waitText(page, 'summary', '«Үй-бүлөгө көмөк»');
  await waitText(page, 'summary', '2 430,00 сом');
  await waitText(page, 'summary-assumes', '15.06.2020');
  const order = await page.$$eval('#results article.benefit', (cards) => cards.map((c) => c.dataset.status));
  const rank = { eligible: 0, needs_information: 1, not_eligible: 2 };
  assert.deepEqual(order, [...order].sort((a, b) => rank[a] - rank[b]), `cards in order: ${order}`);
  assert.equal(order[0], 'eligible');
  // Nobody has been asked about looking for work: a question, not a card.
  assert.equal(await page.locator($('benefit-unemployment_allowance')).count(), 0);
  assert.ok(await page.isVisible($('question-unemployment_allowance')));
  // Warnings are one closed group after the results.
  assert.equal(await page.locator('details.warnings[open]').count(), 0);
  await finish(page);
});

test('the app opens in the browser language and keeps the choice in the address', async () => {
  let page = await start({ locale: 'ru-RU' });
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.match(page.url(), /[?&]lang=ru\b/);
  await page.click($('lang-en'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(page.url(), /[?&]lang=en\b/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'the choice is kept without storing anything');
  await finish(page);
  // A language the app does not speak: Kyrgyz.
  page = await start({ locale: 'de-DE' });
  assert.equal(await page.getAttribute('html', 'lang'), 'ky');
  await finish(page);
});

test('on a 360 × 800 phone the focused field is never under the sticky result bar; income panels stay open', async () => {
  // Without smooth scrolling, so each position is final when measured.
  const page = await start({ reducedMotion: 'reduce' });
  await fillExampleFamily(page);
  await page.click(`${$('member-2-income')} > summary`);
  const bar = page.locator($('jump'));
  let checked = 0;
  await page.focus($('member-0-name'));
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const inForm = await page.evaluate(() => !!document.activeElement?.closest('form.questions') && !document.activeElement.classList.contains('jump'));
    if (!inForm) continue;
    const [el, b] = await Promise.all([page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, id: document.activeElement.id || document.activeElement.dataset.testid || document.activeElement.tagName };
    }), bar.boundingBox()]);
    assert.ok(el.bottom <= b.y + 1 || el.top >= b.y + b.height, `${el.id} (bottom ${el.bottom}) under the bar (top ${b.y})`);
    checked++;
  }
  assert.ok(checked > 40, `checked ${checked} focus stops`);
  // Adding and removing a person keeps the open income panels open.
  await page.click($('add-member'));
  await page.click($('member-5-remove'));
  assert.ok(await page.evaluate(() => document.querySelector('[data-testid="member-1-income"]').open));
  assert.ok(await page.evaluate(() => document.querySelector('[data-testid="member-2-income"]').open));
  await finish(page);
});
