// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointOffsets, parseBrat } from '@/eval';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/brat/dev', name), 'utf8');

describe('parseBrat', () => {
  it('reads entities, events and notes of a PolNeAR-style file', () => {
    const doc = parseBrat(fixture('attributions/mayor_4b22.ann'));
    expect(doc.problems).toEqual([]);
    expect(doc.entities.size).toBe(15);
    expect(doc.entities.get('T5')).toEqual({
      id: 'T5',
      type: 'Source',
      ranges: [{ start: 27, end: 41 }],
      text: 'Mayor Jane Doe',
    });
    expect(doc.events).toHaveLength(4);
    expect(doc.events[3]).toEqual({
      id: 'E4',
      type: 'Attribution-no-source',
      trigger: 'T15',
      args: [
        { role: 'Content', ref: 'T13' },
        { role: 'Cue', ref: 'T14' },
      ],
    });
    expect(doc.notes).toEqual([{ id: '#1', type: 'AnnotatorNotes', target: 'T13', text: 'Is a statement a source?' }]);
  });

  it('reads discontinuous spans, relations, attributes and multi-line entity text', () => {
    const doc = parseBrat(
      [
        'T1\tContent 0 5;10 20\tHello world again',
        'T2\tCue 6 9;21 24\tsay',
        'T3\tContent 30 40\tfirst line',
        'second line',
        'R1\tCoref Arg1:T1 Arg2:T3',
        'A1\tNegated T2',
        'M2\tConfidence T1 High',
        'E1\tAttribution:T2 Content:T1 Content2:T3',
      ].join('\n'),
    );
    expect(doc.entities.get('T1')?.ranges).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ]);
    expect(doc.entities.get('T2')?.ranges).toHaveLength(2);
    expect(doc.entities.get('T3')?.text).toBe('first line\nsecond line');
    expect(doc.relations).toEqual([
      {
        id: 'R1',
        type: 'Coref',
        args: [
          { role: 'Arg1', ref: 'T1' },
          { role: 'Arg2', ref: 'T3' },
        ],
      },
    ]);
    expect(doc.attributes).toEqual([
      { id: 'A1', name: 'Negated', target: 'T2', value: null },
      { id: 'M2', name: 'Confidence', target: 'T1', value: 'High' },
    ]);
    expect(doc.events[0]?.args.map((a) => a.role)).toEqual(['Content', 'Content2']);
  });

  it('reports unreadable lines instead of throwing, and keeps reading', () => {
    const doc = parseBrat('T1\tSource ten 20\tx\nT2\tCue 5 3\tbackwards\nT3\tCue 1 2\tok\nE1\t\n');
    expect(doc.problems).toHaveLength(3);
    expect(doc.problems[0]).toMatch(/^line 1:/);
    expect([...doc.entities.keys()]).toEqual(['T3']);
  });

  it('accepts CRLF line ends', () => {
    const doc = parseBrat('T1\tCue 0 4\tsaid\r\nT2\tSource 5 7\the\r\n');
    expect(doc.entities.get('T1')?.text).toBe('said');
    expect(doc.entities.get('T2')?.ranges).toEqual([{ start: 5, end: 7 }]);
  });
});

describe('codePointOffsets', () => {
  it('turns code-point offsets into string indices past characters outside the BMP', () => {
    const text = 'A 😀 said "hi"';
    const toUtf16 = codePointOffsets(text);
    // Code points: A=0 ' '=1 😀=2 ' '=3 s=4 …; in UTF-16 the emoji takes two units.
    expect(text.slice(toUtf16(4), toUtf16(8))).toBe('said');
    expect(toUtf16(2)).toBe(2);
  });

  it('is the identity for BMP-only text', () => {
    const toUtf16 = codePointOffsets('plain “curly” text');
    expect([0, 7, 18].map(toUtf16)).toEqual([0, 7, 18]);
  });
});
