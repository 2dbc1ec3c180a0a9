import { describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { parseArticle } from '@/parser';

const article = parseArticle(
  'Bridge reopens\n\n"It is a great day," Mayor Jane Doe said.\n\nCritics said the repairs cost too much.',
  { id: 'bridge', published: '2020-03-02' },
);

describe('ids in an Article', () => {
  it.each(['blocks', 'quotes', 'speakers'] as const)('refuses two %s with one id, naming the second', (field) => {
    const items = article[field] as readonly { id: string }[];
    expect(items.length).toBeGreaterThan(1);
    const copy = { ...article, [field]: items.map((item, i) => (i === 1 ? { ...item, id: items[0]?.id } : item)) };
    const result = validateArticle(copy);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error).toEqual({
      field: `${field}.1.id`,
      message: `duplicate id "${items[0]?.id}"`,
    });
  });
});
