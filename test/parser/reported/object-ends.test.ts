// @vitest-environment node
/** Where a noun object ends after a cue of design B (`predicted a strike at every depot`, `predicted a strike on Tuesday`). */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

const contents = (text: string) => quotes(text).map(([, content]) => content);

describe('reported speech: the end of a noun object read cue first', () => {
  it('keeps `on` or `at` with the object when no time follows it', () => {
    expect(contents('The union predicted a strike at every depot.')).toEqual(['a strike at every depot']);
    expect(contents('The union predicted a tax on imported steel.')).toEqual(['a tax on imported steel']);
  });

  it('ends the object before `on` or `at` with a time or a date', () => {
    expect(contents('The union predicted a strike on Tuesday.')).toEqual(['a strike']);
    expect(contents('The union predicted a strike on 4 March.')).toEqual(['a strike']);
    expect(contents('The union predicted a strike at 9 a.m.')).toEqual(['a strike']);
  });
});
