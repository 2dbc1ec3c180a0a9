import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticleJson, SCHEMA_VERSION, validateArticle } from '@/article';
import { parseArticle } from '@/parser';
import { buildArticle } from '../fixtures/app/build-article';

/** A real version-1 export: `npm run parse` of test/fixtures/articles/bike-lanes-vote.txt before `act` existed. */
const v1Text = readFileSync('test/fixtures/article/v1-export.json', 'utf8');
const v1 = JSON.parse(v1Text) as { schemaVersion: number; quotes: Record<string, unknown>[] };

const withThought = buildArticle({
  id: 'state-of-mind',
  title: 'Mayor fears the bridge will close',
  blocks: [['paragraph', 'The mayor said the vote was fair. She believes the bridge will close by June.']],
  speakers: [{ id: 'the-mayor', name: 'The mayor', role: null, kind: 'person', aliases: [] }],
  quotes: [
    { speakerId: 'the-mayor', kind: 'indirect', cue: 'said', parts: [[0, 'the vote was fair']] },
    {
      speakerId: 'the-mayor',
      kind: 'indirect',
      act: 'thought',
      cue: 'believes',
      parts: [[0, 'the bridge will close by June']],
    },
  ],
});

describe('Article JSON schema versions', () => {
  it('is at version 2, and the parser writes it with an act on every quote', () => {
    expect(SCHEMA_VERSION).toBe(2);
    const article = parseArticle('Bridge to close\n\nThe mayor said the bridge would close.', { id: 'bridge' });
    expect(article.schemaVersion).toBe(2);
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(article.quotes.every((quote) => quote.act === 'speech')).toBe(true);
  });

  it('reads a version-1 export with every quote as speech, its text and quotes otherwise unchanged', () => {
    expect(v1.schemaVersion).toBe(1);
    expect(v1.quotes.some((quote) => 'act' in quote)).toBe(false);
    const result = parseArticleJson(v1Text);
    if (!result.ok) throw new Error(`${result.error.field}: ${result.error.message}`);
    expect(result.article.schemaVersion).toBe(2);
    expect(result.article.quotes.map((quote) => quote.act)).toEqual(v1.quotes.map(() => 'speech'));
    expect(result.article.quotes).toEqual(v1.quotes.map((quote) => ({ ...quote, act: 'speech' })));
  });

  it('does not change the version-1 value it was given', () => {
    const copy = structuredClone(v1);
    expect(validateArticle(copy).ok).toBe(true);
    expect(copy).toEqual(v1);
  });

  it('round-trips a version-2 document with a thought through JSON', () => {
    const result = parseArticleJson(JSON.stringify(withThought));
    if (!result.ok) throw new Error(`${result.error.field}: ${result.error.message}`);
    expect(result.article).toEqual(withThought);
    expect(result.article.quotes.map((quote) => quote.act)).toEqual(['speech', 'thought']);
  });

  it('refuses a version-2 quote without an act, naming the field', () => {
    const quotes = withThought.quotes.map((quote, i) =>
      Object.fromEntries(Object.entries(quote).filter(([key]) => i !== 0 || key !== 'act')),
    );
    const result = validateArticle({ ...withThought, quotes });
    expect(result).toMatchObject({ ok: false, error: { field: 'quotes.0.act' } });
  });

  it('refuses a version-2 quote with an act it does not know', () => {
    const result = validateArticle({
      ...withThought,
      quotes: withThought.quotes.map((quote, i) => (i === 1 ? { ...quote, act: 'rumour' } : quote)),
    });
    expect(result).toMatchObject({ ok: false, error: { field: 'quotes.1.act' } });
  });

  it.each([99, 0, '2', null])(
    'refuses schema version %j with a message naming the version and what it reads',
    (version) => {
      const result = validateArticle({ ...withThought, schemaVersion: version });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.field).toBe('schemaVersion');
      expect(result.error.message).toBe(
        `schema version ${JSON.stringify(version)} is not supported (this app reads version 2, and migrates 1)`,
      );
    },
  );

  it('keeps the strict schema at the current version, so nothing skips the migration', () => {
    expect(ArticleSchema.safeParse(v1).success).toBe(false);
  });
});
