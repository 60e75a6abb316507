// The example page's script (a file, so that the page works under a strict
// Content-Security-Policy: no inline script).
// 1. Load the module and its WebAssembly (ukuk_bg.wasm, next to ukuk.js).
import init, { evaluate, version } from './ukuk.js';
await init();

const $ = (id) => document.getElementById(id);
// Builds an element; texts are set with textContent, never as HTML.
const el = (tag, { dataset = {}, ...props } = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  Object.assign(e.dataset, dataset);
  e.append(...children);
  return e;
};

const v = version();
$('version').textContent =
  `ukuk-wasm ${v.package}, contract version ${v.version}, rules verified until ${v.rules_verified_until}`;

function show(result) {
  const out = $('result');
  out.replaceChildren();
  // 3. Bad input is returned, not thrown: {errors: [{path, code, message}]}.
  if (result.errors) {
    out.append(
      el('h2', { textContent: 'The household cannot be evaluated' }),
      el('ul', { className: 'errors' },
        ...result.errors.map((e) => el('li', { textContent: `${e.path || '(the whole input)'}: ${e.message}` }))),
    );
    return;
  }
  out.append(el('h2', { textContent: `Benefits on ${result.date}` }));
  for (const w of result.warnings) {
    out.append(el('p', { className: 'needs_information', textContent: `Warning: ${w.code} ${JSON.stringify(w.detail)}` }));
  }
  for (const b of result.benefits) {
    const amount = b.amount === null ? 'amount not determinable' : `${b.amount} som (${b.period})`;
    const dates = b.starts ? ` from ${b.starts}${b.ends ? ` to ${b.ends}` : ''}` : '';
    out.append(el('article', { className: 'benefit', dataset: { benefit: b.id } },
      el('h3', { textContent: b.id }),
      el('p', {},
        el('strong', { className: `status ${b.status}`, textContent: b.status }), ' · ',
        el('span', { className: 'amount', textContent: amount }), dates),
      el('ul', { className: 'reasons' }, ...b.reasons.map((r) => el('li', {},
        `${r.passed ? '✓' : r.unknown ? '?' : '✗'} ${r.rule} `,
        el('span', { className: 'detail',
          textContent: Object.entries(r.detail).map(([k, x]) => `${k}=${x}`).join(', ') }),
        el('br'),
        el('span', { className: 'source', textContent: r.source })))),
    ));
  }
  const l = result.livestock;
  out.append(el('p', { textContent:
    `Livestock: ${l.units} units, ${l.per_member ?? '-'} per member${l.unconverted.length ? `; no rate for ${l.unconverted.join(', ')}` : ''}` }));
}

// 2. Evaluate. The text is passed as it is: evaluate() accepts JSON text
//    or an object (evaluate(JSON.parse(text)) gives the same result).
$('evaluate').addEventListener('click', () => {
  const result = evaluate($('household').value);
  show(result);
  $('raw').textContent = JSON.stringify(result, null, 2);
});
$('evaluate').disabled = false;
