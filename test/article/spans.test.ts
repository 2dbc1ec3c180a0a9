import { describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { buildArticle } from '../fixtures/app/build-article';

const article = buildArticle({
  id: 'emoji',
  title: 'Fans cheer the bridge',
  blocks: [['paragraph', '“Great news 🎉 for us,” the mayor said.']],
  speakers: [{ id: 'the-mayor', name: 'The mayor', role: null, kind: 'person', aliases: [] }],
  quotes: [{ speakerId: 'the-mayor', kind: 'direct', cue: 'said', parts: [[0, 'Great news 🎉 for us,']] }],
});

describe('spans and surrogate pairs', () => {
  it('accepts a span that covers a whole emoji', () => {
    expect(validateArticle(article).ok).toBe(true);
  });

  it('refuses an offset that splits an emoji, naming the field', () => {
    const text = article.blocks[0]?.text ?? '';
    const inside = text.indexOf('🎉') + 1; // between the emoji's two UTF-16 halves
    const quote = article.quotes[0];
    if (!quote) throw new Error('fixture has a quote');
    const broken = {
      ...article,
      quotes: [{ ...quote, text: text.slice(1, inside), spans: [{ blockId: 'b1', start: 1, end: inside }] }],
    };
    const result = validateArticle(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('quotes.0.spans.0.end');
    expect(result.error.message).toMatch(/splits a character/);
  });
});
