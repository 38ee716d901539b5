// The benchmark corpus: de-duplicated BBC articles from ../shared, in file order, up to a byte budget.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../../shared/data/news-articles/bbc-news.jsonl', import.meta.url));

/** Articles ({id, text}) whose UTF-8 sizes add up to at least `budget` bytes, or null without ../shared. */
export function loadArticles(budget) {
  if (!existsSync(CORPUS)) return null;
  const seen = new Set();
  const articles = [];
  let bytes = 0;
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (bytes >= budget) break;
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line);
    const key = text.replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    articles.push({ id, text });
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return { articles, bytes };
}
