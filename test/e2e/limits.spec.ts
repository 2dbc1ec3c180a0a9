/**
 * An Article JSON the app accepts must not be able to slow the app down: one
 * over the schema's limits (quotes per article, per paragraph) is refused on
 * import with a message naming the limit, and nothing of it is kept.
 */
import { expect, test } from './fixtures';
import { chooseFile, longestTask, startWatchingLongTasks } from './long-tasks';

/** A valid version-1 Article JSON (an old export, migrated on read) but for its size: `count` one-word quotes in one paragraph (under 10 MB). */
function manyQuotes(count: number) {
  const words = Array.from({ length: count }, () => 'a');
  const text = words.join(' ');
  let at = 0;
  const quotes = words.map((word, i) => {
    const span = { blockId: 'b1', start: at, end: at + word.length };
    at += word.length + 1;
    return {
      id: `q${i + 1}`,
      speakerId: 'al',
      kind: 'indirect',
      cue: null,
      cueSpan: null,
      sourceSpan: null,
      text: word,
      spans: [span],
    };
  });
  return JSON.stringify({
    schemaVersion: 1,
    id: 'many-quotes',
    title: 'Many quotes',
    published: '2024-03-05',
    byline: null,
    dateline: null,
    credit: null,
    blocks: [{ id: 'b1', kind: 'paragraph', text }],
    speakers: [{ id: 'al', name: 'Ann Lee', role: null, kind: 'person', aliases: [] }],
    quotes,
    claims: [],
    events: [],
  });
}

test('an Article JSON with 65,000 quotes is refused on import, naming the limit, and nothing is kept', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const json = manyQuotes(65_000);
  // Within the 10 MB file limit, so it is the quote limit that refuses it.
  expect(json.length).toBeGreaterThan(9_000_000);
  expect(json.length).toBeLessThan(10 * 1024 * 1024);
  await page.goto('/');
  await startWatchingLongTasks(page);
  await chooseFile(page, page.getByLabel(/Article files/), { name: 'many.json', type: 'application/json', body: json });
  await expect(page.getByRole('alert')).toContainText(
    'many.json: is not a valid Article JSON: the field “quotes”: 65,000 quotes are more than one article may have (the limit is 10,000)',
    { timeout: 20_000 },
  );
  test.info().annotations.push({ type: 'longest main-thread task', description: `${await longestTask(page)} ms` });
  await page.screenshot({ path: 'test-results/screenshots/limits-many-quotes.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your articles' }).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByText('Not finished last time')).toHaveCount(0);
});
