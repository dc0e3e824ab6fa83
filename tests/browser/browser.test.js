#!/usr/bin/env node
/*
 * The web page in a real browser: Debian's chromium, headless, driven by
 * playwright-core.
 *
 *   node browser.test.js WARTA SAMPLES_DIR FIXTURE_PY REFERENCE_TXT OUT_DIR
 *
 * Builds a store from the bundled samples (and the store tests' fixture,
 * which has copies of one statement in several outlets), starts
 * `warta serve` on a free loopback port, then, in the page: searches, uses
 * the filters, opens a result, its article and its speaker's page, pastes
 * the reference article and checks that quotes, speakers, cues and sources
 * are highlighted.  Screenshots go to OUT_DIR (browser-test.png is the
 * pasted article).  Finally SIGTERM must stop the server with exit code 0.
 * Any console error in the page (a CSP violation, an exception) fails it.
 */
'use strict';
const {spawn, execFileSync} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [warta, samples, fixture, reference, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: browser.test.js WARTA SAMPLES_DIR FIXTURE_PY REFERENCE_TXT OUT_DIR');
  process.exit(2);
}
let chromium;
try {
  ({chromium} = require('playwright-core'));
} catch (e) {
  console.error('FAIL playwright-core is not installed: run scripts/setup.sh check (npm ci in tests/browser)');
  process.exit(1);
}
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(browserPath)) {
  console.error(`FAIL no browser at ${browserPath}: run scripts/setup.sh check (Debian's chromium)`);
  process.exit(1);
}

/* publication dates of the samples (samples/README.md) */
const published = {
  'voi-kim-putin.txt': '2023-09-13',
  'kompas-tanggul-muara-angke.txt': '2023-11-14',
  'antara-pupuk-bersubsidi.txt': '2023-11-16',
  'detik-kebakaran-pasar.txt': '2023-11-14',
  'tribun-plafon-sekolah.txt': '2023-11-17',
  'tempo-kpk-dermaga-talaud.txt': '2023-11-15',
  'liputan6-topan-filipina.txt': '2023-11-14',
};

let passed = 0, failed = 0;
function check(name, cond, detail) {
  if (cond) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail !== undefined ? `: ${detail}` : ''}`);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-browser-'));
const db = path.join(tmp, 'store.db');

function buildStore() {
  for (const f of fs.readdirSync(samples).filter((n) => n.endsWith('.txt')).sort()) {
    const args = ['ingest', '--quiet', '--db', db];
    if (published[f]) args.push('--published', published[f]);
    execFileSync(warta, [...args, path.join(samples, f)], {stdio: 'inherit'});
  }
  const fx = execFileSync('python3', [fixture]);
  fs.writeFileSync(path.join(tmp, 'fixture.jsonl'), fx);
  execFileSync(warta, ['ingest', '--quiet', '--db', db, '--results', path.join(tmp, 'fixture.jsonl')],
    {stdio: 'inherit'});
}

function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(warta, ['serve', '--db', db, '--port', '0', '--threads', '2'], {stdio: ['ignore', 'inherit', 'pipe']});
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${err}`)), 20000);
    p.stderr.on('data', (d) => {
      err += d;
      process.stderr.write(d);
      const m = err.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m && !p.base) {
        p.base = m[1];
        clearTimeout(timer);
        resolve(p);
      }
    });
    p.on('exit', (code) => {
      p.exitCode_ = code;
      if (!p.base) reject(new Error(`the server exited with ${code}: ${err}`));
    });
  });
}

function stopServer(p) {
  return new Promise((resolve) => {
    if (p.exitCode_ !== undefined) return resolve(p.exitCode_);
    const t = setTimeout(() => {
      p.kill('SIGKILL');
      resolve('killed after 15 s');
    }, 15000);
    p.on('exit', (code, sig) => {
      clearTimeout(t);
      resolve(code !== null ? code : sig);
    });
    p.kill('SIGTERM');
  });
}

async function main() {
  buildStore();
  const server = await startServer();
  const base = server.base;
  const browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  try {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
    page.setDefaultTimeout(15000);
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));

    /* the page loads and says what the store holds */
    await page.goto(base);
    await page.waitForFunction(() => /article/.test(document.querySelector('#stats').textContent));
    const stats = await page.textContent('#stats');
    check('the page loads with the store counts', /12 articles/.test(stats) && /quotes/.test(stats), stats);
    await page.waitForSelector('#results .result');
    check('the latest quotes are listed on arrival', (await page.locator('#results .result').count()) === 20);

    /* search */
    await page.fill('#q', 'Rusia');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => location.hash.includes('q=Rusia') &&
      /matching/.test(document.querySelector('#search-status').textContent));
    const n = await page.locator('#results .result').count();
    check('a search finds quotes', n >= 3, n);
    check('matched words are marked', (await page.locator('#results .result mark').count()) >= n);
    const first = await page.locator('#results .result').first().innerText();
    check('a result shows speaker, kind, cue, source chain, outlet and date',
      /Kim Jong-un/.test(first) && /direct|indirect|partial|mixed/i.test(first) && /cue/.test(first) &&
      /source/.test(first) && /20\d\d-\d\d-\d\d/.test(first), first);

    /* filters */
    /* (the results of the search before are marked stale, so that the wait
     * below is for the filtered search's own rows: the status line may read
     * "matching" before they are drawn, a race a loaded machine lost) */
    await page.evaluate(() => document.querySelectorAll('#results .result').forEach((e) => { e.dataset.stale = '1'; }));
    await page.fill('#f-speaker', 'Kim');
    await page.fill('#f-source', 'TASS');
    await page.click('#search-form button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('source=TASS') &&
      /matching/.test(document.querySelector('#search-status').textContent) &&
      document.querySelector('#results .result:not([data-stale])') !== null);
    const rows = await page.locator('#results .result').allInnerTexts();
    check('filters: speaker and source', rows.length >= 1 && rows.every((r) => /Kim Jong-un/.test(r) && /TASS/.test(r)),
      rows.join(' | '));
    await page.screenshot({path: path.join(outDir, 'browser-search.png'), fullPage: true});

    /* a result */
    await page.locator('#results .result .quote-link').first().click();
    await page.waitForSelector('#quote-text');
    const detail = await page.innerText('#view-detail');
    check('a result opens the quote with its source chain', /Source chain/.test(detail) && /TASS/.test(detail), detail);
    check('the quote is marked in its context', (await page.locator('#quote-context mark').count()) === 1);
    const trace = page.locator('#view-detail table');
    await trace.first().waitFor().catch(() => {});
    check('a statement run by several outlets lists them', (await trace.count()) === 1 &&
      (await trace.locator('tbody tr').count()) >= 2);
    await page.screenshot({path: path.join(outDir, 'browser-quote.png'), fullPage: true});

    /* its article */
    await page.locator('#view-detail dd a[href^="#/document/"]').click();
    await page.waitForSelector('#document-text');
    check('the article shows its quotes highlighted', (await page.locator('#document-text .hl-quote').count()) >= 1);

    /* a speaker */
    await page.goBack();
    await page.waitForSelector('#quote-text');
    await page.locator('#view-detail a.speaker').first().click();
    await page.waitForSelector('#speaker-name');
    check('the speaker page names the speaker', (await page.textContent('#speaker-name')) === 'Kim Jong-un');
    const bars = page.locator('svg.chart rect.bar');
    check('the speaker page charts quotes over time', (await bars.count()) >= 2, await bars.count());
    check('the speaker page lists their quotes', (await page.locator('#view-detail .result').count()) >= 5);
    await page.screenshot({path: path.join(outDir, 'browser-speaker.png'), fullPage: true});

    /* the speakers list */
    await page.click('nav a[data-nav=speakers]');
    await page.waitForSelector('#speakers-table tbody tr');
    check('the speakers list ranks speakers', (await page.locator('#speakers-table tbody tr').count()) >= 10);

    /* paste an article */
    await page.click('nav a[data-nav=extract]');
    await page.waitForSelector('#x-text');
    await page.fill('#x-text', fs.readFileSync(reference, 'utf8'));
    await page.fill('#x-published', '2023-09-13');
    await page.click('#x-run');
    await page.waitForSelector('#extract-text .hl-quote');
    const count = async (cls) => page.locator(`#extract-text .${cls}`).count();
    const counts = {quote: await count('hl-quote'), speaker: await count('hl-speaker'), cue: await count('hl-cue'),
      source: await count('hl-source')};
    check('the pasted article shows quotes, speakers, cues and sources highlighted',
      counts.quote >= 5 && counts.speaker >= 3 && counts.cue >= 3 && counts.source >= 2, JSON.stringify(counts));
    const srcText = await page.locator('#extract-text .hl-source').allInnerTexts();
    check('its sources include TASS and Interfax', srcText.some((t) => t.includes('TASS')) &&
      srcText.some((t) => t.includes('Interfax')), srcText.join(', '));
    const spkText = await page.locator('#extract-text .hl-speaker').allInnerTexts();
    check('its speakers include Kim and Putin', spkText.some((t) => t.includes('Kim')) &&
      spkText.some((t) => t.includes('Putin')), spkText.join(', '));
    const colours = await page.evaluate(() => ['hl-quote', 'hl-speaker', 'hl-cue', 'hl-source'].map((c) =>
      getComputedStyle(document.querySelector(`.legend .${c}`)).backgroundColor));
    check('the four highlights have distinct colours', new Set(colours).size === 4, colours.join(' '));
    const tableRows = await page.locator('#extract-table tbody tr').count();
    check('the quotes are listed under the article', tableRows === counts.quote || tableRows >= 10, tableRows);
    await page.screenshot({path: path.join(outDir, 'browser-test.png'), fullPage: true});

    /* a bad request shows an error, not a broken page */
    await page.goto(`${base}#/quote/999999`);
    await page.waitForSelector('#view-detail .error');
    check('an unknown quote shows an error message', /no|unknown/i.test(await page.innerText('#view-detail .error')));
    errors.splice(0, errors.length, ...errors.filter((e) => !/404/.test(e))); // the 404 fetch itself is expected
    check('no errors in the page console', errors.length === 0, errors.join(' | '));
  } finally {
    await browser.close();
    const code = await stopServer(server);
    check('SIGTERM stops the server with exit code 0', code === 0, code);
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

main().then(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}, (e) => {
  console.error(`FAIL ${e.stack || e}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
