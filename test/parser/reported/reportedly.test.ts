// @vitest-environment node
/** `X is reportedly …`: a clause reported by someone the sentence does not name, with no speaker, cue `reportedly`. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reportedly', () => {
  it.each([
    ['The union is reportedly spending $2 million on radio ads.', 'The union is spending $2 million on radio ads'],
    ['Reportedly, the mayor met the builders twice.', 'the mayor met the builders twice'],
  ])('reads %j as a statement with no speaker', (sentence, content) => {
    expect(quotes(sentence).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue?.toLowerCase()])).toEqual([
      ['indirect', content, null, 'reportedly'],
    ]);
  });

  it('ends the clause of an opening phrase at its comma', () => {
    expect(quotes('With Ann Ruiz reportedly weighing a run, the party delayed its vote.')).toEqual([
      ['indirect', 'Ann Ruiz weighing a run', null, 'reportedly'],
    ]);
  });

  it('leaves a cue after it to its own speaker: `Ruiz reportedly said …`', () => {
    expect(quotes('Ann Ruiz reportedly said the plan was dead.')).toEqual([
      ['indirect', 'the plan was dead', 'Ann Ruiz', 'said'],
    ]);
  });
});
