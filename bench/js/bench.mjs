// V8 benchmark, side by side in one Node process: Gloss (pkg/, built by scripts/build-pkg.sh)
// against compromise + compromise-dates, over the same ~1 MB of de-duplicated BBC articles.
//
//   node bench.mjs [--bytes 1000000] [--passes 3] [--pkg DIR] [--gloss-only]
//
// `--pkg` loads gloss.js from another build (default: the repository's pkg/); `--gloss-only`
// skips compromise, to compare builds of Gloss quickly.
// Each engine annotates the whole corpus once to warm up, then `passes` timed times; the best
// pass counts. Gloss runs its full pipeline (entities, dates, quotes, timeline) and returns the
// gloss/1 object; compromise extracts people, places, organisations, quotations and dates.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { loadArticles } from './corpus.mjs';

nlp.plugin(datesPlugin);

const REFERENCE_DATE = '2005-06-01'; // the BBC corpus is from 2004-2005

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function loadGloss() {
  const dir = arg('pkg', null);
  const pkg = dir ? pathToFileURL(`${dir.replace(/\/$/, '')}/`) : new URL('../../pkg/', import.meta.url);
  const wasm = fileURLToPath(new URL('gloss_bg.wasm', pkg));
  if (!existsSync(wasm)) throw new Error(`${wasm} is missing: run scripts/build-pkg.sh first`);
  const gloss = await import(new URL('gloss.js', pkg).href);
  gloss.initSync({ module: readFileSync(wasm) });
  return gloss;
}

function glossRunner(gloss) {
  return (text) => {
    const out = gloss.annotate(text, { referenceDate: REFERENCE_DATE });
    return out.entities.length + out.dates.length + out.quotes.length + out.events.length;
  };
}

/** compromise-dates 3.9.0 throws `t.isValid is not a function` on a few articles
 * (bbc-business-004 among them); those count as zero dates, and their time still counts. */
let compromiseDateErrors = 0;

function compromiseDates(doc) {
  try {
    return doc.dates({ today: REFERENCE_DATE }).get();
  } catch {
    compromiseDateErrors += 1;
    return [];
  }
}

function compromiseRunner(text) {
  const doc = nlp(text);
  const found = [
    doc.people().out('array'),
    doc.places().out('array'),
    doc.organizations().out('array'),
    doc.quotations().out('array'),
    compromiseDates(doc),
  ];
  return found.reduce((n, list) => n + list.length, 0);
}

/** Seconds for the best of `passes` timed passes, after one warm-up pass, and what was found. */
function measure(run, articles, passes) {
  let found = 0;
  for (const { text } of articles) found += run(text);
  let best = Infinity;
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    for (const { text } of articles) run(text);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return { seconds: best, found };
}

const budget = Number(arg('bytes', 1_000_000));
const passes = Number(arg('passes', 3));
const glossOnly = process.argv.includes('--gloss-only');
const corpus = loadArticles(budget);
if (!corpus) {
  console.log('skipped: ../shared/data/news-articles/bbc-news.jsonl is absent');
  process.exit(0);
}
const { articles, bytes } = corpus;
console.log(`corpus: ${articles.length} unique BBC articles, ${bytes} bytes; node ${process.version}; best of ${passes} passes after warm-up`);

const gloss = await loadGloss();
const results = [['gloss (wasm, full pipeline)', measure(glossRunner(gloss), articles, passes)]];
if (!glossOnly) {
  // compromise is slow: one timed pass after its warm-up.
  results.push(['compromise + compromise-dates', measure(compromiseRunner, articles, 1)]);
}
for (const [name, { seconds, found }] of results) {
  const kbps = bytes / 1000 / seconds;
  console.log(`${name.padEnd(32)} ${seconds.toFixed(3).padStart(8)} s  ${kbps.toFixed(0).padStart(7)} KB/s  (${found} annotations)`);
}
if (!glossOnly) {
  console.log(`compromise-dates threw ${compromiseDateErrors} times over all its passes (counted as no dates)`);
  const ratio = results[1][1].seconds / results[0][1].seconds;
  console.log(`ratio: gloss is ${ratio.toFixed(1)}x compromise's throughput`);
}
