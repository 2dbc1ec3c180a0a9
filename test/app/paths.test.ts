import { describe, expect, it } from 'vitest';
import { paths, readArticleView, readSearchView, readSpeakerAct } from '@/app/paths';

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
    expect(view).toEqual({ speakers: ['a', 'b'], panel: 'speakers', thoughts: true, hash: 'q3' });
    expect(readArticleView(new URLSearchParams(''), '').hash).toBeNull();
  });

  it('keeps hidden thoughts in the URL and reads them back; shown is the default and leaves no trace', () => {
    const href = paths.article('a_1', { speakers: ['barack-obama'], thoughts: false, hash: 'q2' });
    expect(href).toBe('/articles/a_1?speaker=barack-obama&thoughts=hide#q2');
    const url = new URL(href, 'http://x');
    expect(readArticleView(url.searchParams, url.hash).thoughts).toBe(false);
    expect(paths.article('a_1', { thoughts: true })).toBe('/articles/a_1');
    expect(readArticleView(new URLSearchParams('thoughts=nonsense'), '').thoughts).toBe(true);
  });

  it('keeps the act filter of search and of a speaker page in the URL', () => {
    expect(paths.search({ q: 'assad', act: 'thought' })).toBe('/search?q=assad&act=thought');
    expect(readSearchView(new URLSearchParams('q=assad&act=thought')).act).toBe('thought');
    expect(readSearchView(new URLSearchParams('act=rumour')).act).toBeNull();
    expect(paths.speaker('barack-obama', 'speech')).toBe('/speakers/barack-obama?act=speech');
    expect(readSpeakerAct(new URLSearchParams('act=speech'))).toBe('speech');
    expect(readSpeakerAct(new URLSearchParams(''))).toBeNull();
  });
});
