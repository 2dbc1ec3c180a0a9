// @vitest-environment node
/** Attribution rules on short texts: which quotes are found, with what cue and speaker. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';

/** Parses a title and paragraphs; returns each quote as [kind, text, speaker name, cue]. */
function quotes(...paragraphs: string[]): [string, string, string | null, string | null][] {
  const article = parseArticle(['Title of the story', ...paragraphs].join('\n\n'), { id: 't' });
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  return article.quotes.map((q) => [q.kind, q.text, q.speakerId ? (names.get(q.speakerId) ?? null) : null, q.cue]);
}

describe('direct quotes', () => {
  it('gives the second piece of a split quote the cue of the first', () => {
    const article = parseArticle('Title\n\n"It is over," Jane Ruiz said. "We lost."', { id: 't' });
    const [first, second] = article.quotes;
    expect(second?.cueSpan).toEqual(first?.cueSpan);
    expect(second?.sourceSpan).toEqual(first?.sourceSpan);
  });

  it('keeps a second quote apart when the sentence runs on past it', () => {
    const article = parseArticle('Title\n\n"It is over," Jane Ruiz said. "You squeezed them hard" to get more, she said.', { id: 't' });
    const [first, second] = article.quotes;
    expect(second?.text).toBe('"You squeezed them hard" to get more');
    expect(second?.cueSpan).not.toEqual(first?.cueSpan);
  });

  it('drops a few quoted words that nobody is said to say (titles, nicknames, scare quotes)', () => {
    expect(quotes('He appeared on "Fox News Sunday" and called it "a rigged system" twice.', 'The "Lyin\' Ted" line returned.')).toEqual([]);
  });

  it('keeps a short quote that has an attribution', () => {
    expect(quotes('"Not now," Jane Ruiz said.')).toEqual([['direct', 'Not now', 'Jane Ruiz', 'said']]);
  });

  it("reads NYT-style two-apostrophe marks", () => {
    expect(quotes("''It's over,'' Jane Ruiz said.")).toEqual([['direct', "It's over", 'Jane Ruiz', 'said']]);
  });
});

describe('reported speech', () => {
  it('reads a described subject: `His lawyer said …`, `…, a source said.`, `Experts on X say …`', () => {
    expect(
      quotes(
        'His lawyer said he would not answer questions.',
        'The campaign changed course, a source said.',
        'Experts on nuclear policy say the test could be dangerous.',
        'Mr. Grassley and Mr. Leahy say other changes are needed.',
      ),
    ).toEqual([
      ['indirect', 'he would not answer questions', 'His lawyer', 'said'],
      ['indirect', 'The campaign changed course', 'source', 'said'],
      ['indirect', 'the test could be dangerous', 'Experts on nuclear policy', 'say'],
      ['indirect', 'other changes are needed', 'Leahy', 'say'],
    ]);
  });

  it('takes no clause for a subject: `the visit Trump said was important`, `what he said`', () => {
    expect(quotes('The visit Trump said was important went ahead.', 'What he said was wrong.', 'The plan failed and nobody said anything.')).toEqual([]);
  });

  it('reads an attribution inside its clause as one quote in two pieces', () => {
    const article = parseArticle('Title\n\nThe museum, Mr. Obama said, would make visitors face hard truths.', { id: 't' });
    expect(article.quotes.map((q) => [q.text, q.spans.length, q.cue])).toEqual([['The museum would make visitors face hard truths', 2, 'said']]);
  });
});
