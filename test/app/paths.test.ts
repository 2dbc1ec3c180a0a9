import { describe, expect, it } from 'vitest';
import { paths, readArticleView } from '@/app/paths';

describe('paths', () => {
  it('builds reader links with a repeatable speaker filter, a panel and a fragment', () => {
    expect(paths.article('a_1')).toBe('/articles/a_1');
    expect(paths.article('a_1', { speakers: ['sean-spicer', 'john-dorrian'], panel: 'claims', hash: 'q7' })).toBe(
      '/articles/a_1?speaker=sean-spicer&speaker=john-dorrian&panel=claims#q7',
    );
    expect(paths.article('a_1', { panel: 'speakers' })).toBe('/articles/a_1');
  });

  it('reads the same state back, ignoring unknown panels and repeated speakers', () => {
    const view = readArticleView(new URLSearchParams('speaker=a&speaker=b&speaker=a&panel=nope'), '#q3');
    expect(view).toEqual({ speakers: ['a', 'b'], panel: 'speakers', hash: 'q3' });
    expect(readArticleView(new URLSearchParams(''), '').hash).toBeNull();
  });
});
