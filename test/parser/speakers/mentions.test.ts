// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { phraseEndingAt } from '@/parser/speakers/mentions';
import { subjectBefore } from '@/parser/speakers/mentions-described';
import { speakerAfter, speakerBefore } from '@/parser/speakers/mentions-named';
import { tokenize } from '@/parser/text/tokens';

/** The speaker standing before the last word of `text` (the verb). */
function before(text: string) {
  const tokens = tokenize(text);
  const m = speakerBefore(tokens, tokens.length - 1, 0, text, 0);
  return m && { kind: m.kind, name: m.name, role: m.role, words: text.slice(m.start, m.end) };
}

function after(text: string) {
  const tokens = tokenize(text);
  const m = speakerAfter(tokens, 1, tokens.length, text, 0);
  return m && { kind: m.kind, name: m.name, role: m.role };
}

describe('speakerBefore', () => {
  it.each([
    [
      'White House press secretary Sean Spicer on Monday said',
      {
        kind: 'person',
        name: 'Sean Spicer',
        role: 'White House press secretary',
        words: 'White House press secretary Sean Spicer',
      },
    ],
    [
      'US Air Force Col. John Dorrian, chief spokesman for the US-led coalition in Baghdad, called',
      {
        kind: 'person',
        name: 'John Dorrian',
        role: 'US Air Force Col., chief spokesman for the US-led coalition in Baghdad',
        words: 'US Air Force Col. John Dorrian',
      },
    ],
    [
      'At the Pentagon, a spokesman, Maj. Adrian J. Rankine-Galloway, said',
      {
        kind: 'person',
        name: 'Adrian J. Rankine-Galloway',
        role: 'spokesman',
        words: 'Maj. Adrian J. Rankine-Galloway',
      },
    ],
    [
      'Coresight Research said',
      { kind: 'organization', name: 'Coresight Research', role: null, words: 'Coresight Research' },
    ],
    [
      'Acme Holdings, Inc. said',
      { kind: 'organization', name: 'Acme Holdings, Inc.', role: null, words: 'Acme Holdings, Inc.' },
    ],
    [
      "Jeff Weaver, Sanders' campaign manager, said",
      { kind: 'person', name: 'Jeff Weaver', role: "Sanders' campaign manager", words: 'Jeff Weaver' },
    ],
    [
      'On Monday, the Russian Ministry of Defense announced',
      { kind: 'organization', name: 'Russian Ministry of Defense', role: null, words: 'Russian Ministry of Defense' },
    ],
    [
      'But Pentagon officials flatly denied',
      { kind: 'group', name: 'Pentagon officials', role: null, words: 'Pentagon officials' },
    ],
    [
      'Secretary of State John Kerry said',
      { kind: 'person', name: 'John Kerry', role: 'Secretary of State', words: 'Secretary of State John Kerry' },
    ],
    [
      'Commission president Ursula von der Leyen said',
      {
        kind: 'person',
        name: 'Ursula von der Leyen',
        role: 'Commission president',
        words: 'Commission president Ursula von der Leyen',
      },
    ],
    ['He added', { kind: 'pronoun', name: 'He', role: null, words: 'He' }],
    ['Mattis, who visited Kabul last year, said', { kind: 'person', name: 'Mattis', role: null, words: 'Mattis' }],
    // A person, then where they are from or speak for: the person, not the place.
    [
      'Sen. Tom Carper of Delaware said',
      { kind: 'person', name: 'Tom Carper', role: 'Sen., of Delaware', words: 'Sen. Tom Carper of Delaware' },
    ],
    [
      'Jason Gilbert of Cheyenne said',
      { kind: 'person', name: 'Jason Gilbert', role: 'of Cheyenne', words: 'Jason Gilbert of Cheyenne' },
    ],
    [
      'Maria Lopez of the Sierra Club said',
      { kind: 'person', name: 'Maria Lopez', role: 'of the Sierra Club', words: 'Maria Lopez of the Sierra Club' },
    ],
    [
      'Tom Reed at Goldman Sachs said',
      { kind: 'person', name: 'Tom Reed', role: 'at Goldman Sachs', words: 'Tom Reed at Goldman Sachs' },
    ],
    // A word for a person before a first name and a surname is a role, capitalised or not.
    [
      'Billionaire Donald Trump praised',
      { kind: 'person', name: 'Donald Trump', role: 'Billionaire', words: 'Billionaire Donald Trump' },
    ],
    [
      'Congressman Chris Collins said',
      { kind: 'person', name: 'Chris Collins', role: 'Congressman', words: 'Congressman Chris Collins' },
    ],
    [
      'House Republican Thomas Massie said',
      { kind: 'person', name: 'Thomas Massie', role: 'House Republican', words: 'House Republican Thomas Massie' },
    ],
    [
      'National Review’s Ian Tuttle asserts',
      { kind: 'person', name: 'Ian Tuttle', role: 'National Review’s', words: 'National Review’s Ian Tuttle' },
    ],
    ['Even Lindsey Graham endorsed', { kind: 'person', name: 'Lindsey Graham', role: null, words: 'Lindsey Graham' }],
    // An opening phrase with no comma: the name after its noun opens the main clause.
    ['In a Bloomberg interview Trump declared', { kind: 'person', name: 'Trump', role: null, words: 'Trump' }],
    // Not past a comma: `Khizr Khan` is what Trump complained about, not who spoke.
    ['After their appearance, Trump complained Khizr Khan unfairly had attacked', null],
    [
      'Supporters of Hillary Clinton said',
      { kind: 'group', name: 'Supporters of Hillary Clinton', role: null, words: 'Supporters of Hillary Clinton' },
    ],
  ])('%s', (text, expected) => {
    expect(before(text)).toEqual(expected);
  });

  it('ends a name at a line break: a heading run into its paragraph is not part of it', () => {
    const text = "It Was All CNN's Fault\nTed Cruz";
    const tokens = tokenize(text);
    expect(phraseEndingAt(tokens, tokens.length - 1, 0, text, 0)?.name).toBe('Ted Cruz');
  });

  it('reads a long description that ends in a full name as that person, and a survey as no one', () => {
    const subject = (text: string) => {
      const tokens = tokenize(text);
      const m = subjectBefore(tokens, tokens.length - 1, 0, text, 0);
      return m && { kind: m.kind, name: m.name, role: m.role };
    };
    expect(subject('Presumptive Democratic presidential nominee Hillary Clinton told')).toEqual({
      kind: 'person',
      name: 'Hillary Clinton',
      role: 'Presumptive Democratic presidential nominee',
    });
    expect(subject('Data from the 2014 American Community Survey show')?.kind).not.toBe('person');
    expect(subject("The RMT union's Mick Lynch said")).toEqual({
      kind: 'person',
      name: 'Mick Lynch',
      role: "RMT union's",
    });
  });

  it('keeps a name with `of` whole when no person opens it', () => {
    const subject = (text: string) => {
      const tokens = tokenize(text);
      return subjectBefore(tokens, tokens.length - 1, 0, text, 0)?.name;
    };
    expect(subject('Communications Workers of America said')).toBe('Communications Workers of America');
    expect(subject('Bank of America said')).toBe('Bank of America');
  });

  it.each([
    'In Washington said',
    'On Monday said',
    'ISIS said',
    'AP said',
    'the visit Trump said',
    'Syria said',
    // A city and its state after a preposition: the place an aside names, not the subject.
    'a rally in Wilmington, N.C., warned',
    'the shooting in Aurora, Colorado, in July 2012, said',
  ])('finds no speaker in %j', (text) => {
    expect(before(text)).toBeNull();
  });
});

describe('speakerAfter', () => {
  it.each([
    [
      'said Sean Spicer, the White House press secretary.',
      { kind: 'person', name: 'Sean Spicer', role: 'White House press secretary' },
    ],
    ['said biologist Lucía Paredes', { kind: 'person', name: 'Lucía Paredes', role: 'biologist' }],
    ['said retired neurosurgeon Ben Carson', { kind: 'person', name: 'Ben Carson', role: 'retired neurosurgeon' }],
    ['said 9/11 widow Terry Strada', { kind: 'person', name: 'Terry Strada', role: '9/11 widow' }],
    ['to the Department for Transport', { kind: 'organization', name: 'Department for Transport', role: null }],
    ['to Pentagon officials', { kind: 'group', name: 'Pentagon officials', role: null }],
  ])('%s', (text, expected) => {
    expect(after(text)).toEqual(expected);
  });

  it('finds nothing after a verb followed by a place or a clause', () => {
    expect(after('said Monday')).toBeNull();
    expect(after('said the plan was dead')).toBeNull();
    expect(after('said in Iowa')).toBeNull();
    expect(after('said today Ben Carson')).toBeNull();
  });
});
