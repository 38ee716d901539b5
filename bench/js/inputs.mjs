// Writes the native measurement inputs from the benchmark corpus (~1 MB of unique BBC articles):
//   <dir>/corpus-1mb.jsonl   one {"id","text","dct"} line per article, for `gloss annotate --jsonl`
//   <dir>/article-1mb.txt    the same articles joined into one 1 MB "article", for peak memory
//
//   node inputs.mjs /tmp/g7
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from './corpus.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node inputs.mjs DIR');
  process.exit(2);
}
const corpus = loadArticles(1_000_000);
if (!corpus) {
  console.log('skipped: ../shared/data/news-articles/bbc-news.jsonl is absent');
  process.exit(0);
}
mkdirSync(dir, { recursive: true });
const lines = corpus.articles.map(({ id, text }) => JSON.stringify({ id, text, dct: '2005-06-01' }));
writeFileSync(join(dir, 'corpus-1mb.jsonl'), lines.join('\n') + '\n');
writeFileSync(join(dir, 'article-1mb.txt'), corpus.articles.map(({ text }) => text).join('\n\n'));
console.log(`${corpus.articles.length} articles, ${corpus.bytes} bytes -> ${dir}`);
