// @vitest-environment node
/** Interviews set out as `Q: …` / `A: …`: answers by the person interviewed, questions with no named asker. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { parseFixture } from '../helpers';
import { quotesOf as quotes } from '../helpers';

describe('question-and-answer interviews', () => {
  const article = parseFixture('harbour-interview');
  const speakerOf = (start: string) => {
    const quote = article.quotes.find((q) => q.text.startsWith(start));
    return quote ? (article.speakers.find((s) => s.id === quote.speakerId)?.name ?? null) : undefined;
  };

  it('gives each answer to the person the headline names, with its label as the cue', () => {
    expect(speakerOf('Honestly, yes.')).toBe('Ingrid Solberg');
    expect(speakerOf('In October, if the weather holds.')).toBe('Ingrid Solberg');
    expect(article.quotes.find((q) => q.text.startsWith('Honestly'))?.cue).toBe('A:');
    expect(article.quotes.find((q) => q.text.startsWith('When will'))?.cue).toBe('Q:');
  });

  it('carries an answer on into the paragraph after it, as one act of speech with one cue', () => {
    const first = article.quotes.find((q) => q.text.startsWith('Honestly'));
    const next = article.quotes.find((q) => q.text.startsWith('But the old timetable'));
    expect(speakerOf('But the old timetable')).toBe('Ingrid Solberg');
    expect(next?.cueSpan).toEqual(first?.cueSpan);
  });

  it('keeps each question as a quote with no speaker: the asker is not named', () => {
    expect(speakerOf('The new timetable has drawn')).toBeNull();
    expect(speakerOf('When will the dredging start?')).toBeNull();
  });

  it('reads no interview from a single answer or from answers with no question', () => {
    expect(quotes('A: Yes, the ferry runs on Sundays.', 'The harbour is busy in summer.')).toEqual([]);
    const quiz = parseArticle(
      'Quiz night\n\nA: Paris is the capital of France.\n\nA: The Nile is the longest river.\n',
      { id: 'quiz' },
    );
    expect(quiz.quotes).toEqual([]);
  });
});
