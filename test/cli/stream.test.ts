// @vitest-environment node
/** `whosaid parse - --jsonl`: JSON Lines in, one Article a line out in input order, bad lines as error records. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { readLines } from '@/cli/jsonl-input';
import { main } from '@/cli/parse';
import { SHORT_ARTICLE, tempFolder, writeIn } from './helpers';

async function run(argv: string[], input: string | Buffer, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
    stdout: { write: (chunk: string) => out.push(chunk) > 0 },
    stderr: { write: (chunk: string) => err.push(chunk) > 0, isTTY },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const [HEADLINE = '', , ...REST] = SHORT_ARTICLE.split('\n');
const BODY = REST.join('\n');

describe('parse - --jsonl', () => {
  it('prints one valid Article a line, in input order, with the ids and dates the lines give', async () => {
    const lines = ['z9', 'a1', 'm5'].map((id) =>
      JSON.stringify({ id, title: HEADLINE, text: BODY, published: '2017-01-24' }),
    );
    const result = await run(['-', '--jsonl', '--jobs', '1'], `${lines.join('\n')}\n`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const articles = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => validateArticle(JSON.parse(line)));
    expect(articles.map((a) => a.ok && a.article.id)).toEqual(['z9', 'a1', 'm5']);
    expect(articles.map((a) => a.ok && a.article.title)).toEqual([HEADLINE, HEADLINE, HEADLINE]);
    const [first] = articles;
    expect(first?.ok && first.article.quotes[0]?.text).toBe('This is a great day for the city');
  });

  it('reads a line\'s "html" as the app reads a page: its headline, metadata date and quotes, without page clutter', async () => {
    const page = [
      '<html><head><meta property="article:published_time" content="2020-03-02T10:00:00Z"></head><body>',
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
      '<article><h1>Mayor opens bridge</h1>',
      '<p>The new bridge opened on Monday after two years of work and a long fight over its cost.</p>',
      '<p>"It is a great day for the city," Mayor Jane Doe said at the ceremony on the river bank.</p>',
      '</article></body></html>',
    ].join('');
    const result = await run(['-', '--jsonl', '--jobs', '1'], `${JSON.stringify({ id: 'page', html: page })}\n`);
    expect(result.stderr).toBe('');
    const checked = validateArticle(JSON.parse(result.stdout));
    const article = checked.ok ? checked.article : null;
    expect(article?.title).toBe('Mayor opens bridge');
    expect(article?.published).toBe('2020-03-02T10:00:00Z');
    expect(article?.blocks.map((b) => b.text).join(' ')).not.toContain('Home');
    expect(article?.quotes.map((q) => q.text)).toContain('It is a great day for the city');
  });

  it('gives a bad line one error record on standard error, with its line number, and goes on', async () => {
    const good = (id: string) => JSON.stringify({ id, text: SHORT_ARTICLE });
    const input = [
      good('one'),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 'no-text', title: 'A title' }),
      JSON.stringify({ id: 'bad-date', text: SHORT_ARTICLE, published: 'last Tuesday' }),
      JSON.stringify({ id: 'no-title', text: '.' }),
      good('two'),
    ].join('\n');
    const result = await run(['-', '--jsonl', '--jobs', '1'], input);
    expect(result.code).toBe(1);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id),
    ).toEqual(['one', 'two']);
    const records = result.stderr
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toEqual([
      { error: expect.stringMatching(/^the line is not JSON/), line: 2, source: '-', id: null },
      { error: 'the record has no "text" (or "html")', line: 4, source: '-', id: null },
      { error: '"published": "last Tuesday" is not an ISO 8601 date or date-time', line: 5, source: '-', id: null },
      { error: expect.stringMatching(/^no recognisable title/), line: 6, source: '-', id: 'no-title' },
    ]);
  });

  it('gives lines without an id the same id every time, from the url or else the text', async () => {
    const input = [
      JSON.stringify({ url: 'https://example.org/bridge', text: SHORT_ARTICLE }),
      JSON.stringify({ url: 'https://example.org/bridge', text: `${SHORT_ARTICLE}\nUpdated.` }),
      JSON.stringify({ text: SHORT_ARTICLE }),
    ].join('\n');
    const ids = async () =>
      (await run(['-', '--jsonl', '--jobs', '1'], input)).stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id);
    const first = await ids();
    expect(first[0]).toMatch(/^url-[0-9a-f]{20}$/);
    expect(first[1]).toBe(first[0]);
    expect(first[2]).toMatch(/^text-[0-9a-f]{20}$/);
    expect(await ids()).toEqual(first);
  });

  it('reads a .jsonl file and names it in error records', async () => {
    const file = writeIn(tempFolder(), 'in.jsonl', `${JSON.stringify({ id: 'a', text: SHORT_ARTICLE })}\nnope\n`);
    const result = await run([file, '--jsonl', '--jobs', '1'], '');
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(result.stderr)).toMatchObject({ line: 2, source: file });
  });

  it('shows progress on a terminal only', async () => {
    const input = JSON.stringify({ id: 'a', text: SHORT_ARTICLE });
    expect((await run(['-', '--jsonl', '--jobs', '1'], input, true)).stderr).toContain('whosaid: 1 articles parsed');
    expect((await run(['-', '--jsonl', '--jobs', '1'], input, false)).stderr).toBe('');
  });

  it('refuses folder-mode outputs in stream mode', async () => {
    const result = await run(['-', '--jsonl', '--out', 'x'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/stream mode \(--jsonl\) writes to standard output/);
  });
});

describe('parse -', () => {
  it('reads one article from standard input', async () => {
    const result = await run(['-'], SHORT_ARTICLE);
    expect(result.code).toBe(0);
    const checked = validateArticle(JSON.parse(result.stdout));
    expect(checked.ok && checked.article.id).toBe('stdin');
  });

  it('names standard input when it is empty', async () => {
    const result = await run(['-'], '');
    expect(result.stderr).toBe('whosaid: -: the input is empty\n');
  });
});

describe('readLines', () => {
  it('splits lines across chunks, numbers them, and skips an over-long line without holding it', async () => {
    const chunks = ['ab', 'c\nd', 'e\r\n', 'x'.repeat(50), '\nlast'].map((text) => Buffer.from(text));
    const lines = [];
    for await (const line of readLines(Readable.from(chunks), 20)) {
      lines.push('bytes' in line ? [line.number, line.bytes.toString()] : [line.number, `too long: ${line.tooLong}`]);
    }
    expect(lines).toEqual([
      [1, 'abc'],
      [2, 'de\r'],
      [3, 'too long: 50'],
      [4, 'last'],
    ]);
  });
});
