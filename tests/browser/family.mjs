// Helpers shared by the app's browser tests: selectors, text waits, and the
// handbook's example family typed in as a person would.
import assert from 'node:assert/strict';

export const $ = (id) => `[data-testid="${id}"]`;
/** Text with no-break spaces as plain spaces (amounts use U+00A0 to group digits). */
export const plain = (s) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

export async function text(page, id) {
  return plain(await page.textContent($(id)));
}

/** Waits until the element's text satisfies `check` (a RegExp or a string it must contain). */
export async function waitText(page, id, check, timeout = 5000) {
  const pattern = check instanceof RegExp ? check.source : null;
  const flags = check instanceof RegExp ? check.flags : '';
  const needle = check instanceof RegExp ? null : check;
  try {
    await page.waitForFunction(
      ([sel, pattern, flags, needle]) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const t = el.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
        return pattern ? new RegExp(pattern, flags).test(t) : t.includes(needle);
      },
      [$(id), pattern, flags, needle],
      { timeout },
    );
  } catch {
    const now = await page.$(`${$(id)}`) ? await text(page, id) : '(element missing)';
    assert.fail(`${id}: expected ${check}, got: ${now.slice(0, 600)}`);
  }
}

/** Sets the calculation date (typed day first), opening its field if needed. */
export async function setDate(page, date) {
  if (!(await page.isVisible($('eval-date')))) await page.click($('change-date'));
  await page.fill($('eval-date'), date);
}

/** The handbook's example: 2 adults, 3 children under 16, 1 cow, 1 heifer, 3 sheep, wages 3000 (600 per person). */
export async function fillExampleFamily(page) {
  await setDate(page, '15.06.2020');
  for (let i = 0; i < 4; i++) await page.click($('add-member'));
  const people = [
    ['01.05.1990', 'female'],
    ['10.02.1987', 'male'],
    ['01.05.2010', 'female'],
    ['12.09.2013', 'male'],
    ['20.01.2017', 'female'],
  ];
  for (const [i, [birth, sex]] of people.entries()) {
    await page.fill($(`member-${i}-birth_date`), birth);
    await page.check($(`member-${i}-sex-${sex}`));
  }
  await page.click(`${$('member-1-income')} > summary`);
  await page.fill($('member-1-income-wages'), '3000');
  await page.fill($('livestock-cow'), '1');
  await page.fill($('livestock-heifer'), '1');
  await page.fill($('livestock-sheep'), '3');
}


/** Ends a test: no console error, page error or failed request, then closes the page's context. */
export async function finish(page) {
  assert.deepEqual(page.problems, [], 'no console errors, page errors or failed requests');
  await page.context().close();
}
