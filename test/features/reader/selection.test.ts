import { describe, expect, it } from 'vitest';
import { Selection } from '@/features/reader/lib/selection';

const blocks: Record<string, string[]> = { q1: ['b1'], q2: ['b2', 'b3'], e1: ['b3'] };

describe('Selection', () => {
  it('tells only the blocks the selection leaves and enters', () => {
    const selection = new Selection((id) => new Set(blocks[id] ?? []));
    const calls: string[] = [];
    for (const id of ['b1', 'b2', 'b3', 'b4']) selection.subscribe(id, () => calls.push(id));

    selection.set('q1', true);
    expect(calls).toEqual(['b1']);
    expect(selection.in('b1')).toBe('q1');
    expect(selection.in('b2')).toBeNull();
    expect(selection.focusCard).toBe(true);

    calls.length = 0;
    selection.set('q2');
    expect(calls.sort()).toEqual(['b1', 'b2', 'b3']);
    expect(selection.in('b3')).toBe('q2');
    expect(selection.focusCard).toBe(false);

    calls.length = 0;
    selection.set('q2');
    expect(calls).toEqual([]);

    selection.set(null);
    expect(calls.sort()).toEqual(['b2', 'b3']);
    expect(selection.selected).toBeNull();
  });
});
