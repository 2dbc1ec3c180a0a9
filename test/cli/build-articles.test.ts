// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleCatalogSchema, validateArticle } from '@/article';
import { buildArticles } from '@/cli/build-articles';
import { SHORT_ARTICLE, tempFolder, writeIn } from './helpers';

describe('buildArticles', () => {
  it('writes every seed and an index that matches the catalog schema', async () => {
    const seeds = tempFolder();
    writeIn(seeds, '000_8f6650f81ca84753.txt', readFileSync('seeds/000_8f6650f81ca84753.txt'));
    writeIn(seeds, 'bridge.txt', SHORT_ARTICLE);
    const out = join(tempFolder(), 'articles');
    const result = await buildArticles(seeds, out);
    expect(result.errors).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['000_8f6650f81ca84753.json', 'bridge.json', 'index.json']);
    const catalog = ArticleCatalogSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(catalog.articles.map((a) => [a.id, a.published])).toEqual([
      ['000_8f6650f81ca84753', '2017-01-24T22:40'],
      ['bridge', '2017-01-25T09:00'],
    ]);
    const seed = validateArticle(JSON.parse(readFileSync(join(out, '000_8f6650f81ca84753.json'), 'utf8')));
    expect(seed.ok && catalog.articles[0]?.quoteCount).toBe(seed.ok ? seed.article.quotes.length : -1);
  });

  it('fails with one line per bad seed and writes nothing', async () => {
    const seeds = tempFolder();
    writeIn(seeds, 'good.txt', SHORT_ARTICLE);
    writeIn(seeds, 'x.txt', '');
    const out = join(tempFolder(), 'articles');
    const result = await buildArticles(seeds, out);
    expect(result.errors).toEqual([`whosaid: ${join(seeds, 'x.txt')}: the file is empty`]);
    expect(() => readdirSync(out)).toThrow();
  });

  it('removes documents of seeds that are gone', async () => {
    const seeds = tempFolder();
    writeIn(seeds, 'bridge.txt', SHORT_ARTICLE);
    const out = tempFolder();
    writeIn(out, 'old-story.json', '{}');
    await buildArticles(seeds, out);
    expect(readdirSync(out).sort()).toEqual(['bridge.json', 'index.json']);
  });
});
