// The JavaScript API for integrators (web/dist/api/, built from crates/ukuk-wasm).
//
// In headless Chromium, on the API's example page:
// - for the example households (tests/examples/*.json) and the input of every
//   case (tests/cases/**/*.yaml), `evaluateJson` returns byte for byte what
//   `ukuk eval --today DAY FILE` prints, and `evaluate` the same JSON parsed;
// - bad input of any JavaScript type is returned as {errors}, never thrown;
// - rules(), version(), the default "today" (Bishkek, UTC+6);
// - the example page renders the handbook family;
// - the time one evaluation takes (printed; a generous ceiling is asserted).
//
// `cargo xtask test` sets UKUK_CLI (the debug `ukuk` binary) and
// UKUK_JSAPI_CASES (the case inputs as JSON, from
// `cargo run -p ukuk-wasm --example case_inputs -- DIR`). Run by hand, this
// file builds both itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, newPage, baseUrl } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const apiUrl = new URL('api/', baseUrl).href;
/** The "today" of every comparison (the case runner's default). */
const TODAY = '2020-06-15';
/** Evaluations per household in the speed measurement. */
const RUNS = 2000;
/** Fails only on a pathological slowdown; the aim is under 50 µs. */
const CEILING_US = 2000;

const targetDir = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, 'target');

function cliPath() {
  if (process.env.UKUK_CLI) return process.env.UKUK_CLI;
  execFileSync('cargo', ['build', '-q', '-p', 'ukuk-cli'], { cwd: root, stdio: 'inherit' });
  return join(targetDir, 'debug', 'ukuk');
}

function casesDir() {
  if (process.env.UKUK_JSAPI_CASES) return process.env.UKUK_JSAPI_CASES;
  const dir = join(targetDir, 'jsapi-cases', 'by-hand');
  execFileSync('cargo', ['run', '-q', '-p', 'ukuk-wasm', '--example', 'case_inputs', '--', dir], {
    cwd: root,
    stdio: 'inherit',
  });
  return dir;
}

/** Runs `ukuk ARGS` (stdin: `input`) and returns its stdout; exit status 0 or 2 (input errors). */
function ukuk(cli, args, input) {
  const r = spawnSync(cli, args, { encoding: 'utf8', input, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 2) {
    throw new Error(`ukuk ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  }
  return r.stdout;
}

/** The text parsed as JSON, or the text itself when it is not JSON. */
function parsedOrText(text) {
  try {
    return { value: JSON.parse(text), parsed: true };
  } catch {
    return { value: text, parsed: false };
  }
}

/** Where two texts first differ, for a readable failure. */
function firstDifference(expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(e[i])}, got ${JSON.stringify(a[i])}`;
    }
  }
  return 'no difference';
}

/** Opens the API's example page and waits until the module is ready. */
async function openApi(page) {
  await page.goto(apiUrl, { waitUntil: 'load' });
  await page.waitForSelector('#evaluate:not([disabled])', { timeout: 15_000 });
}


let browser;
let cli;
let inputs; // [{ name, file, today, text }]

before(async () => {
  cli = cliPath();
  const examples = readdirSync(join(root, 'tests', 'examples'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: `tests/examples/${f}`, file: join(root, 'tests', 'examples', f), today: TODAY }));
  const dir = casesDir();
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')).map((c) => ({
    name: `tests/cases/${c.name}`,
    file: join(dir, c.file),
    today: c.today,
  }));
  inputs = [...examples, ...cases].map((i) => ({ ...i, text: readFileSync(i.file, 'utf8') }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('evaluateJson and evaluate give exactly what `ukuk eval` prints, for every example and case input', async () => {
  assert.ok(inputs.length >= 100, `only ${inputs.length} inputs found`);
  const page = await newPage(browser);
  await openApi(page);
  const got = await page.evaluate(
    async ({ items }) => {
      const api = await import(new URL('ukuk.js', location.href).href); // the page's instance, initialised
      return items.map(({ text, today, value }) => ({
        json: api.evaluateJson(text, { today }),
        fromText: `${JSON.stringify(api.evaluate(text, { today }), null, 2)}\n`,
        fromObject: `${JSON.stringify(api.evaluate(value, { today }), null, 2)}\n`,
      }));
    },
    { items: inputs.map((i) => ({ text: i.text, today: i.today, value: parsedOrText(i.text).value })) },
  );

  const mismatches = [];
  let results = 0;
  let refusals = 0;
  let numberSemantics = 0;
  inputs.forEach((input, k) => {
    const expected = ukuk(cli, ['eval', '--today', input.today, input.file]);
    if (expected.startsWith('{\n  "errors"')) refusals++;
    else results++;
    const { json, fromText, fromObject } = got[k];
    if (json !== expected) mismatches.push(`${input.name}: evaluateJson: ${firstDifference(expected, json)}`);
    if (fromText !== expected) mismatches.push(`${input.name}: evaluate(text): ${firstDifference(expected, fromText)}`);
    // An object reaches the engine as JSON.stringify writes it, which is
    // where JavaScript numbers may differ from the text (2001.0 is 2001).
    const { value, parsed } = parsedOrText(input.text);
    const objectExpected = parsed ? ukuk(cli, ['eval', '--today', input.today, '-'], JSON.stringify(value)) : expected;
    if (objectExpected !== expected) numberSemantics++;
    if (fromObject !== objectExpected) {
      mismatches.push(`${input.name}: evaluate(object): ${firstDifference(objectExpected, fromObject)}`);
    }
  });
  console.log(
    `JS API = ukuk eval: ${inputs.length} inputs (${results} results, ${refusals} refusals; ` +
      `${numberSemantics} where the parsed object reads differently from the text)`,
  );
  assert.deepEqual(mismatches, []);
  assert.ok(results >= 100 && refusals >= 10, `${results} results, ${refusals} refusals`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('bad input of any JavaScript type is returned as {errors}, never thrown, and the module keeps working', async () => {
  const page = await newPage(browser);
  await openApi(page);
  const out = await page.evaluate(async () => {
    const api = await import(new URL('ukuk.js', location.href).href); // the page's instance, initialised
    const ok = { members: [{ id: 'a', birth_date: '1990-01-01', sex: 'female' }] };
    const cyclic = { members: [] };
    cyclic.self = cyclic;
    const hostile = new Proxy({}, {
      get() { throw new Error('no get'); },
      ownKeys() { throw new Error('no keys'); },
    });
    const deep = (n) => {
      let v = {};
      for (let i = 0; i < n; i++) v = { members: [v] };
      return v;
    };
    const calls = {
      undefined: [undefined],
      null: [null],
      number: [42],
      true: [true],
      empty_text: [''],
      not_json: ['{"members": ['],
      array: [[]],
      empty_object: [{}],
      function: [() => ok],
      symbol: [Symbol('household')],
      bigint: [10n],
      nested_bigint: [{ members: [{ id: 'a', birth_date: '1990-01-01', sex: 'female', income: { wages: 10n } }] }],
      cyclic: [cyclic],
      hostile_household: [hostile],
      js_date: [{ ...ok, date: new Date(2020, 5, 15) }],
      amount_as_number: [{ members: [{ id: 'a', birth_date: '1990-01-01', sex: 'female', income: { wages: 3000 } }] }],
      today_not_a_date: [ok, { today: 'tomorrow' }],
      today_a_number: [ok, { today: 20200615 }],
      unknown_option: [ok, { todya: '2020-06-15' }],
      options_a_string: [ok, '2020-06-15'],
      options_an_array: [ok, ['2020-06-15']],
      hostile_options: [ok, hostile],
      today_getter_throws: [ok, { get today() { throw new Error('no today'); } }],
      both_bad: [{ members: 'x' }, { today: '2020-02-30' }],
      deep_text: ['['.repeat(100_000)],
      deep_object: [deep(100_000)],
      lone_surrogate: [`{"members": [{"id": "\ud800", "birth_date": "1990-01-01", "sex": "female"}], "x\udfff": 1}`],
    };
    const out = {};
    for (const [name, args] of Object.entries(calls)) {
      try {
        const result = api.evaluate(...args);
        const json = api.evaluateJson(...args);
        out[name] = { result, json };
      } catch (e) {
        out[name] = { threw: String(e) };
      }
    }
    out.after = api.evaluateJson(ok, { today: '2020-06-15' });
    return out;
  });

  const codes = (name) => out[name].result.errors.map((e) => `${e.path}:${e.code}`);
  for (const [name, r] of Object.entries(out)) {
    if (name === 'after') continue;
    assert.equal(r.threw, undefined, `${name} threw: ${r.threw}`);
    assert.ok(Array.isArray(r.result.errors) && r.result.errors.length > 0, `${name}: ${JSON.stringify(r.result)}`);
    for (const e of r.result.errors) {
      assert.deepEqual(Object.keys(e), ['path', 'code', 'message'], name);
      assert.ok(typeof e.path === 'string' && typeof e.code === 'string' && e.message.length > 0, name);
    }
    assert.equal(r.json, `${JSON.stringify(r.result, null, 2)}\n`, `${name}: evaluateJson and evaluate differ`);
  }
  assert.deepEqual(codes('undefined'), [':wrong_type']);
  assert.match(out.undefined.result.errors[0].message, /found undefined/);
  assert.deepEqual(codes('null'), [':wrong_type']);
  assert.deepEqual(codes('not_json'), [':invalid_json']);
  assert.deepEqual(codes('empty_object'), ['members:missing_field']);
  assert.deepEqual(codes('function'), [':wrong_type']);
  assert.deepEqual(codes('symbol'), [':wrong_type']);
  assert.deepEqual(codes('cyclic'), [':wrong_type']);
  assert.match(out.cyclic.result.errors[0].message, /JSON\.stringify refuses/);
  assert.deepEqual(codes('nested_bigint'), [':wrong_type']);
  assert.deepEqual(codes('js_date'), ['date:invalid_date']);
  assert.deepEqual(codes('amount_as_number'), ['members[0].income.wages:amount_not_string']);
  assert.deepEqual(codes('today_not_a_date'), ['options.today:invalid_date']);
  assert.deepEqual(codes('today_a_number'), ['options.today:wrong_type']);
  assert.deepEqual(codes('unknown_option'), ['options.todya:unknown_field']);
  assert.deepEqual(codes('options_a_string'), ['options:wrong_type']);
  assert.deepEqual(codes('options_an_array'), ['options:wrong_type']);
  assert.deepEqual(codes('both_bad'), ['options.today:invalid_date', 'members:wrong_type']);
  assert.deepEqual(codes('deep_text'), [':invalid_json']);
  assert.equal(out.after, ukuk(cli, ['eval', '--today', TODAY, '-'], '{"members": [{"id": "a", "birth_date": "1990-01-01", "sex": "female"}]}'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('"today" is the date in Bishkek (UTC+6) when neither the household nor the options give one', async () => {
  const page = await newPage(browser);
  await openApi(page);
  const r = await page.evaluate(async () => {
    const api = await import(new URL('ukuk.js', location.href).href); // the page's instance, initialised
    const bishkek = () => new Date(Date.now() + 6 * 3600 * 1000).toISOString().slice(0, 10);
    const before = bishkek();
    const result = api.evaluate({ members: [{ id: 'a', birth_date: '1990-01-01', sex: 'female' }] });
    const withNull = api.evaluate({ members: [{ id: 'a', birth_date: '1990-01-01', sex: 'female' }] }, { today: null });
    const listing = api.rules();
    return { before, after: bishkek(), date: result.date, withNull: withNull.date, rules: listing.date };
  });
  for (const d of [r.date, r.withNull, r.rules]) assert.ok([r.before, r.after].includes(d), JSON.stringify(r));
  await page.context().close();
});

test('rules(date) is `ukuk rules --date DATE`; version() names the contract version', async () => {
  const page = await newPage(browser);
  await openApi(page);
  const r = await page.evaluate(async () => {
    const api = await import(new URL('ukuk.js', location.href).href); // the page's instance, initialised
    return {
      listing: api.rules('2022-06-01'),
      badDate: api.rules('2022-13-01'),
      badType: api.rules(20220601),
      version: api.version(),
      resultVersion: api.evaluate({ members: [{ id: 'a', birth_date: '1990-01-01', sex: 'female' }] }, { today: '2020-06-15' }).version,
    };
  });
  const amount = r.listing.parameters.find((p) => p.name === 'family_assistance.amount_per_child');
  assert.equal(amount?.value, '1200.00');
  assert.equal(`${JSON.stringify(r.listing, null, 2)}\n`, ukuk(cli, ['rules', '--date', '2022-06-01']));
  assert.deepEqual(r.badDate.errors.map((e) => `${e.path}:${e.code}`), ['date:invalid_date']);
  assert.deepEqual(r.badType.errors.map((e) => `${e.path}:${e.code}`), ['date:wrong_type']);
  assert.deepEqual(Object.keys(r.version), ['version', 'package', 'rules_verified_until']);
  assert.equal(r.version.version, r.resultVersion);
  assert.match(r.version.package, /^\d+\.\d+\.\d+/);
  assert.match(r.version.rules_verified_until, /^\d{4}-\d{2}-\d{2}$/);
  await page.context().close();
});

test('the example page renders the handbook family, loading nothing but its own files', async () => {
  const page = await newPage(browser);
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  await openApi(page);

  const handbook = JSON.parse(readFileSync(join(root, 'tests', 'examples', 'handbook-family.json'), 'utf8'));
  assert.deepEqual(JSON.parse(await page.inputValue('#household')), handbook, 'the textarea holds tests/examples/handbook-family.json');
  assert.match(await page.textContent('#version'), /contract version 1/);

  await page.click('#evaluate');
  const amount = page.locator('[data-benefit="family_assistance"] .amount');
  await amount.waitFor({ timeout: 15_000 });
  assert.match(await amount.textContent(), /^2430\.00 som \(monthly\)$/);
  assert.equal(await page.textContent('[data-benefit="family_assistance"] .status'), 'eligible');
  assert.ok((await page.locator('[data-benefit="family_assistance"] .reasons li').count()) >= 5);
  const raw = JSON.parse(await page.textContent('#raw'));
  assert.equal(await page.locator('.benefit').count(), raw.benefits.length, 'one line per benefit of the result');
  assert.deepEqual(raw, JSON.parse(ukuk(cli, ['eval', join(root, 'tests', 'examples', 'handbook-family.json')])));

  // Bad input is shown, not thrown.
  await page.fill('#household', '{"members": [{"id": "a", "birth_date": "1990-13-01"}]}');
  await page.click('#evaluate');
  await page.waitForSelector('.errors li');
  assert.match(await page.textContent('.errors'), /members\[0\]\.birth_date/);

  const files = requests.map((u) => u.replace(/\?.*$/, ''));
  assert.deepEqual([...new Set(files)].sort(), [apiUrl, `${apiUrl}example.css`, `${apiUrl}example.js`, `${apiUrl}ukuk.js`, `${apiUrl}ukuk_bg.wasm`].sort());
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the TypeScript definitions are served next to the module', async () => {
  const res = await fetch(`${apiUrl}ukuk.d.ts`);
  assert.equal(res.status, 200);
  const dts = await res.text();
  for (const decl of [
    'export function evaluate(household: Household | string, options?: EvaluateOptions | null): Result | ErrorList;',
    'export function evaluateJson(',
    'export function rules(date?: IsoDate | null): RulesListing | ErrorList;',
    'export function version(): VersionInfo;',
    'export interface Household {',
    'export interface Member {',
    'export interface Benefit {',
    'export interface Reason {',
    'export type Status = "eligible" | "not_eligible" | "needs_information";',
    'export interface ErrorList {',
    'export interface RulesListing {',
    'export default function __wbg_init',
  ]) {
    assert.ok(dts.includes(decl), `ukuk.d.ts lacks ${decl}`);
  }
});

test(`speed: ${RUNS} evaluations per household in Chromium`, async () => {
  const page = await newPage(browser);
  await openApi(page);
  const households = {
    'handbook family (5 members)': JSON.parse(readFileSync(join(root, 'tests', 'examples', 'handbook-family.json'), 'utf8')),
    'full household (6 members)': JSON.parse(readFileSync(join(root, 'tests', 'examples', 'six-members.json'), 'utf8')),
  };
  const timings = await page.evaluate(
    async ({ households, runs }) => {
      const api = await import(new URL('ukuk.js', location.href).href); // the page's instance, initialised
      const options = { today: '2020-06-15' };
      const time = (f) => {
        for (let i = 0; i < 200; i++) f(); // warm up
        const t0 = performance.now();
        for (let i = 0; i < runs; i++) f();
        return ((performance.now() - t0) * 1000) / runs;
      };
      const out = {};
      for (const [name, h] of Object.entries(households)) {
        const text = JSON.stringify(h);
        if (api.evaluate(h, options).errors) throw new Error(`${name} is refused`);
        out[name] = {
          evaluate: time(() => api.evaluate(h, options)),
          evaluateJson: time(() => api.evaluateJson(text, options)),
        };
      }
      return out;
    },
    { households, runs: RUNS },
  );
  for (const [name, t] of Object.entries(timings)) {
    console.log(
      `JS API speed, ${name}: evaluate ${t.evaluate.toFixed(1)} µs, evaluateJson ${t.evaluateJson.toFixed(1)} µs ` +
        `per household (mean of ${RUNS}, headless Chromium)`,
    );
    assert.ok(t.evaluate < CEILING_US, `${name}: evaluate took ${t.evaluate} µs`);
    assert.ok(t.evaluateJson < CEILING_US, `${name}: evaluateJson took ${t.evaluateJson} µs`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
