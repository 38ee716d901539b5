// The embeddable module (pkg/gloss.js, built by scripts/build-pkg.sh) loaded in Node:
// initialisers, the gloss/1 shape as plain objects, option handling and thrown errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../../../pkg/', import.meta.url);
const wasmPath = fileURLToPath(new URL('gloss_bg.wasm', pkg));
if (!existsSync(wasmPath)) {
  throw new Error(`${wasmPath} is missing: run scripts/build-pkg.sh first`);
}
const gloss = await import(new URL('gloss.js', pkg).href);
gloss.initSync({ module: readFileSync(wasmPath) });

const ARTICLE = 'Officials met on Wednesday. "We will act," the minister said.\n\nThe talks ended.';

test('initSync then annotate returns a plain gloss/1 object', () => {
  const out = gloss.annotate(ARTICLE, { referenceDate: '2025-07-23' });
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.equal(out.schema, 'gloss/1');
  assert.equal(gloss.schema(), 'gloss/1');
  assert.deepEqual(out.reference_date, { value: '2025-07-23', source: 'given' });
  for (const key of ['sentences', 'entities', 'dates', 'quotes', 'events']) {
    assert.ok(Array.isArray(out[key]), `${key} is an array`);
  }
  assert.equal(out.sentences.length, 3);
});

test('the output equals its JSON round trip (no Maps, no undefined holes)', () => {
  const out = gloss.annotate(ARTICLE, { referenceDate: '2025-07-23', explain: true });
  assert.deepEqual(JSON.parse(JSON.stringify(out)), out);
});

test('sentence offsets are code points, as in Array.from(text)', () => {
  const text = 'Zoë 😀 left. She came back.';
  const out = gloss.annotate(text);
  const chars = Array.from(text);
  assert.equal(chars.slice(out.sentences[0].start, out.sentences[0].end).join(''), 'Zoë 😀 left.');
  assert.equal(chars.slice(out.sentences[1].start, out.sentences[1].end).join(''), 'She came back.');
});

test('options may be omitted, null or without referenceDate', () => {
  for (const options of [undefined, null, {}, { referenceDate: null }]) {
    const out = gloss.annotate(ARTICLE, options);
    assert.equal(out.reference_date.source, 'missing');
    assert.equal(out.reference_date.value, null);
  }
});

test('a bad referenceDate throws an Error naming the value', () => {
  for (const bad of ['2025-02-30', '23/07/2025', '']) {
    assert.throws(
      () => gloss.annotate(ARTICLE, { referenceDate: bad }),
      (err) => err instanceof Error && err.message.includes('referenceDate') && err.message.includes(JSON.stringify(bad)),
    );
  }
});

test('a referenceDate of the wrong type throws an Error', () => {
  assert.throws(() => gloss.annotate(ARTICLE, { referenceDate: 20250723 }), /gloss\.annotate: bad options/);
});

test('odd text annotates without throwing', () => {
  for (const text of ['', ' ', '\u0000', '"'.repeat(1000), 'a'.repeat(100000), '\ud83d']) {
    assert.equal(gloss.annotate(text).schema, 'gloss/1');
  }
});
