// `cargo xtask bench-load`: how long a first visit takes, in headless
// Chromium, on a slow 3G connection (400 kbit/s, 400 ms round trip) with the
// CPU slowed 4×, and on a fast connection: until the heading is visible, and
// until the first result is shown. A benchmark, not a test: it prints the
// figures (the median of several visits) and never fails on them.
import { launch, newPage, baseUrl } from './browser.mjs';

const RUNS = Number(process.env.UKUK_BENCH_RUNS || 3);
const profiles = [
  { name: 'slow 3G, CPU 4x', latency: 400, throughput: 400_000 / 8, cpu: 4 },
  { name: 'fast connection', latency: 0, throughput: -1, cpu: 1 },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launch();
const results = [];
for (const p of profiles) {
  const heading = [];
  const result = [];
  const bytes = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await newPage(browser, { viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: p.latency, downloadThroughput: p.throughput, uploadThroughput: p.throughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
    let transferred = 0;
    cdp.on('Network.loadingFinished', (e) => { transferred += e.encodedDataLength; });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.waitForSelector('h1', { state: 'visible', timeout: 120_000 });
    const h = await page.evaluate(() => performance.now());
    await page.waitForSelector('[data-testid="benefit-family_assistance"]', { state: 'visible', timeout: 120_000 });
    const r = await page.evaluate(() => performance.now());
    heading.push(h);
    result.push(r);
    bytes.push(transferred);
    await page.context().close();
  }
  results.push({ profile: p.name, heading: median(heading), result: median(result), bytes: median(bytes) });
}
await browser.close();

console.log(`first visit, median of ${RUNS} (headless Chromium, ${baseUrl})`);
console.log('profile'.padEnd(20), 'heading visible'.padStart(16), 'first result'.padStart(14), 'transferred'.padStart(13));
for (const r of results) {
  console.log(r.profile.padEnd(20), `${(r.heading / 1000).toFixed(2)} s`.padStart(16), `${(r.result / 1000).toFixed(2)} s`.padStart(14), `${(r.bytes / 1024).toFixed(1)} KiB`.padStart(13));
}
