// @vitest-environment node
/** `told` with its listener where the attribution follows or interrupts what was said. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: a listener after `told` in an aside or a closing attribution', () => {
  it('reads `The solution, the partner told them, was simple` as one statement around the aside', () => {
    expect(quotes('The solution, the partner told them, was simple.')).toEqual([
      ['indirect', 'The solution was simple', 'Partner', 'told'],
    ]);
  });

  it('ends the listener at a clause of the writer’s own, which is not what was said', () => {
    expect(quotes('This is not about me, Mayor Ana Ruiz told her advisers as she worked on the speech.')).toEqual([
      ['indirect', 'This is not about me', 'Ana Ruiz', 'told'],
    ]);
  });
});
