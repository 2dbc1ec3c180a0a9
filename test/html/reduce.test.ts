import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '@/article';
import { articleFromPage, MAX_DEPTH, PageError, reducePage } from '@/html';
import { libraryFixture } from '../fixtures/library/files';

function page(name: string): string {
  return readFileSync(resolve(process.cwd(), 'test/fixtures/pages', name), 'utf8');
}

const texts = (article: Article, kind?: string) =>
  article.blocks.filter((b) => kind === undefined || b.kind === kind).map((b) => b.text);
const said = (article: Article) =>
  article.quotes.map((q) => [article.speakers.find((s) => s.id === q.speakerId)?.name ?? null, q.cue, q.text]);

describe('reducePage', () => {
  it('writes the title, metadata date, byline and blocks as whosaid text', () => {
    const reduced = reducePage(libraryFixture('bridge.html'));
    expect(reduced.text.split('\n')[0]).toBe('Ferry service to replace bridge');
    expect(reduced.published).toBe('2024-03-14T08:30:00+00:00');
    expect(reduced.text).toContain('By Ana Ruiz');
    expect(reduced.text).toContain('"We have hired two boats and six crew," said Maria Lopez');
    expect(reduced.text).not.toMatch(/Home|Copyright/);
    expect(reduced.marked).toEqual([
      { text: 'The ferry will dock at Gunwharf Quays', kind: 'caption' },
      { text: 'Traders worried', kind: 'heading' },
    ]);
  });

  it('runs no script, handler or link from hostile HTML and keeps only its text', () => {
    const win = window as unknown as { __pwned?: unknown };
    delete win.__pwned;
    const onError = vi.fn();
    window.addEventListener('error', onError);
    const reduced = reducePage(libraryFixture('hostile.html'));
    window.removeEventListener('error', onError);
    expect(win.__pwned).toBeUndefined();
    expect(onError).not.toHaveBeenCalled();
    expect(reduced.text).not.toMatch(/__pwned|<script|javascript:|onerror|display: none/);
    expect(reduced.text).toContain('"There is no plan to sell the pier," said council spokesman David Cole.');
  });

  it('falls back to the page text when Readability finds no article', () => {
    const reduced = reducePage('<html><body><h1>Short note</h1><div>"Yes," she said.</div></body></html>');
    expect(reduced.text.split('\n')[0]).toBe('Short note');
    expect(reduced.text).toContain('"Yes," she said.');
  });

  it('refuses a page without any text', () => {
    expect(() => reducePage('<html><body><script>1</script></body></html>')).toThrow(PageError);
  });

  it('refuses markup nested past the limit before building a tree, with a message', () => {
    const depth = 200_000;
    const html = `<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;
    expect(() => reducePage(html)).toThrow(`nested more than ${MAX_DEPTH} levels deep`);
  });

  it('reads markup nested as deep as real pages are', () => {
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(60)}<p>"We are fine," she said of the move to the new office on the hill.</p>${'</div>'.repeat(60)}</body></html>`;
    expect(reducePage(html).text).toContain('"We are fine," she said');
  });
});

describe('clutter a reader never sees', () => {
  it('drops promo boxes, all-caps teasers, link rows, newsletter boxes and related stories', () => {
    const article = articleFromPage(page('promo-teasers.html'), { id: 'pier' });
    const body = texts(article).join('\n');
    expect(body).not.toMatch(
      /GET WITH THE PROGRAM|morning briefing|READ MORE|SEAGULL|Pier history|newsletter|Related stories|Traders hold protest/,
    );
    expect(texts(article)).toHaveLength(5);
    expect(said(article)).toContainEqual([
      'Joan Pike',
      'said',
      'The pier is the heart of this town and it is staying open',
    ]);
    expect(said(article)).toContainEqual(['Mark Reed', 'said', 'If the rents fall, the taxpayer picks up the bill']);
  });

  it('drops pop-ups, name cards inside a sentence, author cards, box and sponsor labels, counters, time stamps and repeated adverts', () => {
    const article = articleFromPage(page('popups-boilerplate.html'), { id: 'rail' });
    const body = texts(article).join('\n');
    expect(body).not.toMatch(
      /cookies|Member of Parliament|Advertisement|Summary|Powered by|transport correspondent|10:32|By Priya Shah/,
    );
    expect(texts(article, 'heading')).toEqual([]);
    expect(body).toContain('Transport minister Alan Hale promised on Tuesday to build a new rail line');
    expect(article.byline).toBe('Priya Shah');
    expect(said(article)).toContainEqual([
      'Alan Hale',
      'told',
      'The north has waited long enough for a railway that works',
    ]);
    expect(said(article)).toContainEqual(['Karen Doyle', 'said', 'We have heard promises like this before']);
  });

  it('drops footnote markers, which would run into the next name', () => {
    const html = `<html><head><title>Browser history</title></head><body><article><p>The browser was written by a small team in a year.<sup class="reference">[6]</sup><sup>[7]</sup> Jamie Zawinski said the code "was held together with tape" when it shipped.</p><p>The team grew to forty people within a year, and the code was rewritten twice.<sup>3</sup></p></article></body></html>`;
    const article = articleFromPage(html, { id: 'browser' });
    expect(texts(article).join('\n')).not.toMatch(/\[6\]|\[7\]|twice\.3/);
    expect(said(article)).toContainEqual([
      'Jamie Zawinski',
      'said',
      'the code "was held together with tape" when it shipped',
    ]);
  });

  it('shows the page’s own headline when its metadata title is only the site’s name', () => {
    const html = `<html><head><title>Ship malfunctions, breaks up over Siberia</title><meta property="og:title" content="Portal News - Latest News &amp; Headlines"></head><body><article><h1>Ship malfunctions, breaks up over Siberia</h1><p>The unmanned cargo ship broke up in the atmosphere over Siberia on Thursday, the space agency said in a statement.</p><p>Most of the debris burnt up as it entered the atmosphere, and the rest fell over an uninhabited area, officials said.</p></article></body></html>`;
    expect(articleFromPage(html, { id: 'ship' }).title).toBe('Ship malfunctions, breaks up over Siberia');
  });

  it('keeps a metadata title that words the headline differently', () => {
    const html = `<html><head><title>How we built the task queue: a short history - Example Blog</title><meta property="og:title" content="How we built the task queue - a short history"></head><body><article><h1>How we built the task queue: a short history</h1><p>The queue started as a cron job, the team wrote in a post that described the first version and what went wrong.</p><p>It now runs a million tasks a day across three regions, engineers said when they presented it.</p></article></body></html>`;
    expect(articleFromPage(html, { id: 'queue' }).title).toBe('How we built the task queue - a short history');
  });

  it('reads a slideshow caption set in a heading as a caption, once', () => {
    const caption =
      'In this photo dated Tuesday, Nov. 29, 2016 the rocket booster with the cargo ship is installed on a launch pad in Baikonur, Kazakhstan. The ship broke up over Siberia on Thursday, just minutes after the launch, due to a malfunction.';
    const credit = 'Oleg Urusov/ Space Agency Press Service photo via AP';
    // (Over 200 characters: a short text shown twice is boilerplate, dropped everywhere.) A short page, which Readability passes over: whosaid reads the page's own blocks.
    const html = `<html><head><title>Ship breaks up</title></head><body><h1>Ship breaks up</h1><div class="slide"><h1>${caption} (${credit})</h1></div><div class="strip"><h2>${caption} (${credit})</h2></div><p>MOSCOW (AP) — The cargo ship broke up on Thursday, the agency said.</p></body></html>`;
    const article = articleFromPage(html, { id: 'slideshow' });
    expect(texts(article, 'caption')).toEqual([caption]);
    expect(texts(article, 'credit')).toEqual([credit]);
    expect(texts(article, 'heading')).toEqual([]);
    expect(article.dateline).toBe('Moscow');
  });

  it('drops the credit of a short caption shown twice along with the caption, and reads a long one once with its credit', () => {
    const short = 'Waves at the pier.';
    const long =
      'Waves broke over the pier at Southsea on Sunday night as the storm reached the coast, flooding the seafront road and the car park beside the funfair, which stayed shut for the rest of the week while crews pumped the water out.';
    const figure = (caption: string) =>
      `<figure><figcaption>${caption} <span class="credit">Jane Roe/Reuters</span></figcaption></figure>`;
    const body = `<p>The storm closed the seafront road on Sunday, the council said.</p>${figure(short)}${figure(long)}<p>Crews worked through the night to pump the water out of the car park.</p>${figure(short)}${figure(long)}`;
    const html = `<html><head><title>Storm floods seafront</title></head><body><h1>Storm floods seafront</h1>${body}</body></html>`;
    const article = articleFromPage(html, { id: 'storm' });
    expect(texts(article, 'caption')).toEqual([long]);
    expect(texts(article, 'credit')).toEqual(['Jane Roe/Reuters']);
  });

  it('splits photo credits from captions', () => {
    const article = articleFromPage(page('captions-credits.html'), { id: 'barrier' });
    expect(texts(article, 'caption')).toEqual([
      "The barrier's gates were closed for the first time on Friday.",
      'Mayor Bill Avery at the opening ceremony.',
    ]);
    expect(texts(article, 'credit')).toEqual(['Photo: Ana Ruiz', 'AP Photo/Evan Vucci']);
  });

  it('reads a caption outside a <figcaption> as a caption: it repeats the photo’s alt text, opens like a gallery’s, or its class names it', () => {
    const article = articleFromPage(page('captions-after-figures.html'), { id: 'whales' });
    expect(texts(article, 'caption')).toEqual([
      'Ranger Tama Wiremu on the beach at Ruakaka, where 12 pilot whales stranded in November',
      'Clockwise from top: small whale bones; baleen from a stranded whale, kept for carving',
      'Volunteers push a stranded pilot whale back into the water at Ruakaka on Sunday.',
    ]);
    expect(texts(article, 'credit')).toEqual(['Reuters']);
    // A paragraph that shares some of an alt text's words is still a paragraph.
    expect(texts(article, 'paragraph')).toContainEqual(
      expect.stringMatching(/^Tama Wiremu on the beach is a familiar/),
    );
    expect(said(article)).toContainEqual(['Tama Wiremu', 'said', expect.stringMatching(/^We used to see one or two/)]);
  });
});

describe('metadata', () => {
  it('reads the date and authors from JSON-LD', () => {
    const article = articleFromPage(page('captions-credits.html'), { id: 'barrier' });
    expect(article.published).toBe('2023-11-20T06:00:00+00:00');
    expect(article.byline).toMatch(/Lena Ortiz.*Tom Baker/);
  });

  it('keeps a byline that sits inside an author box, which clutter removal takes out', () => {
    const html = page('no-date.html').replace(
      '<h1>Library reopens after roof repairs</h1>',
      '<h1>Library reopens after roof repairs</h1><div class="author-info"><span itemprop="author">Nia Brooks</span></div>',
    );
    expect(articleFromPage(html, { id: 'library' }).byline).toBe('Nia Brooks');
  });

  it('passes over a byline that is a date line, for the author the metadata names', () => {
    const html = page('no-date.html')
      .replace('<head>', '<head><meta itemprop="author" content="Nia Brooks">')
      .replace(
        '<h1>Library reopens after roof repairs</h1>',
        '<h1>Library reopens after roof repairs</h1><div class="byline">April 28, 2019 at 6:01 am Updated April 29</div>',
      );
    expect(articleFromPage(html, { id: 'library' }).byline).toBe('Nia Brooks');
  });

  it('reads a date from <time datetime> when no meta tag gives one', () => {
    const html = page('no-date.html').replace('<h1>', '<time datetime="2024-02-12">12 February 2024</time><h1>');
    expect(articleFromPage(html, { id: 'library' }).published).toBe('2024-02-12');
  });

  it('leaves a date found nowhere unknown, and says what relative dates were read against', () => {
    const bare = articleFromPage(page('no-date.html'), { id: 'library' });
    expect(bare.published).toBeNull();
    expect(bare.events.find((e) => e.expression.includes('Monday'))).toBeUndefined();
    const dated = articleFromPage(page('no-date.html'), { id: 'library', relativeTo: '2024-03-06' });
    expect(dated.published).toBeNull();
    expect(dated.referenceDate).toBe('2024-03-06');
    expect(dated.events.find((e) => e.expression.includes('Monday'))?.date).toBe('2024-03-04');
  });
});

describe('embedded posts', () => {
  it('become direct quotes by their named authors, with what the post was and its date', () => {
    const article = articleFromPage(page('embedded-posts.html'), { id: 'festival' });
    expect(said(article)).toContainEqual([
      'Mary Collins',
      'tweeted',
      'The festival was cancelled to protect residents, not to punish fans. I stand by it.',
    ]);
    expect(said(article)).toContainEqual([
      'Rosa Lind',
      'posted',
      "Forty thousand tickets sold and not one phone call from the senator's office. Shameful.",
    ]);
    expect(article.quotes.filter((q) => q.cue === 'tweeted' || q.cue === 'posted').map((q) => q.kind)).toEqual([
      'direct',
      'direct',
    ]);
    const postDates = article.events.filter((e) => /tweeted|posted/.test(e.text));
    expect(postDates.map((e) => [e.expression, e.date])).toEqual([
      ['July 1, 2024', '2024-07-01'],
      ['July 1, 2024', '2024-07-01'],
    ]);
    expect(texts(article).join('\n')).not.toMatch(/pic\.twitter|t\.co|shared by/);
  });
});

describe('language', () => {
  it('refuses a page that is not in English, saying so', () => {
    expect(() => articleFromPage(page('non-english.html'), { id: 'jetee' })).toThrow(
      'the page is not in English; whosaid reads English news only',
    );
  });
});
