import { describe, expect, it } from 'vitest';
import type { Article } from '@/article';
import { buildPeopleIndex, nameForm } from '@/features/speakers';
import { peopleOf, profileOf } from './people-helpers';
import { buildArticle } from '../../fixtures/app/build-article';
import { briefing, denial, inauguration, library } from './library-fixture';

/** An article in which each named person says one thing. */
function saying(id: string, names: string[], published = '2017-03-01'): Article {
  const words = names.map((_, i) => `statement number ${i + 1}`);
  return buildArticle({
    id,
    title: `Article ${id}`,
    published,
    blocks: names.map((name, i) => ['paragraph', `${name} said ${words[i]}.`]),
    speakers: names.map((name, i) => ({ id: `s${i + 1}`, name, role: null, kind: 'person', aliases: [] })),
    quotes: names.map((_, i) => ({
      speakerId: `s${i + 1}`,
      kind: 'indirect',
      cue: 'said',
      parts: [[i, words[i] ?? '']],
    })),
  });
}

describe('nameForm', () => {
  it('drops role words, titles and middle initials from a person’s name', () => {
    expect(nameForm('White House press secretary Sean Spicer', 'person')).toMatchObject({
      key: 'sean spicer',
      display: 'Sean Spicer',
    });
    expect(nameForm('US Air Force Col. John Dorrian', 'person').key).toBe('john dorrian');
    expect(nameForm('Adrian J. Rankine-Galloway', 'person').key).toBe('adrian rankine-galloway');
    expect(nameForm('Ursula von der Leyen', 'person').key).toBe('ursula von der leyen');
    expect(nameForm('Spicer', 'person')).toMatchObject({ key: 'spicer', single: true, surname: 'spicer' });
    expect(nameForm('the White House', 'organization')).toMatchObject({ key: 'white house', single: false });
  });
});

describe('buildPeopleIndex', () => {
  it('makes one entry of “Sean Spicer”, “Spicer” and “White House press secretary Sean Spicer”', () => {
    const index = buildPeopleIndex(library);
    const spicer = index.entryOf('briefing', 'white-house-press-secretary-sean-spicer');
    expect(spicer?.id).toBe('sean-spicer');
    expect(index.entryOf('inauguration', 'spicer')).toBe(spicer);
    expect(index.entryOf('denial', 'sean-spicer')).toBe(spicer);
    expect(spicer).toMatchObject({ name: 'Sean Spicer', quoteCount: 3, first: '2017-01-20', last: '2017-02-01' });
    expect(spicer?.articleIds).toHaveLength(3);
    expect(spicer?.forms.map((f) => f.name)).toEqual(['Sean Spicer', 'Spicer']);
    expect(index.entries.map((e) => e.name)).toEqual(['Sean Spicer', 'John Dorrian', 'Russian Ministry of Defense']);
  });

  it('leaves a surname alone when two people share it', () => {
    const index = buildPeopleIndex([saying('a', ['Ann Lee', 'Bob Lee']), saying('b', ['Lee'])]);
    expect(index.entries).toHaveLength(3);
    expect(index.entryOf('b', 's1')?.name).toBe('Lee');
  });

  it('joins a surname to the one full name it can mean', () => {
    const index = buildPeopleIndex([saying('a', ['Ann Lee', 'Bob Smith']), saying('b', ['Lee'])]);
    expect(index.entryOf('b', 's1')?.name).toBe('Ann Lee');
  });

  it('applies merge and split choices in order, on top of the automatic grouping', () => {
    const articles = [saying('a', ['Ann Lee', 'Bob Smith'])];
    const merged = buildPeopleIndex(articles, [{ op: 'merge', a: 'ann lee', b: 'bob smith' }]);
    expect(merged.entries).toHaveLength(1);
    expect(merged.find('bob-smith')?.id).toBe(merged.entries[0]?.id);
    // The entry merged into keeps its name.
    expect(buildPeopleIndex(articles, [{ op: 'merge', a: 'bob smith', b: 'ann lee' }]).entries[0]?.name).toBe(
      'Bob Smith',
    );

    const split = buildPeopleIndex(articles, [
      { op: 'merge', a: 'ann lee', b: 'bob smith' },
      { op: 'split', key: 'bob smith' },
    ]);
    expect(split.entries.map((e) => e.name).sort()).toEqual(['Ann Lee', 'Bob Smith']);

    const automatic = buildPeopleIndex(library, [{ op: 'split', key: 'spicer' }]);
    expect(automatic.entryOf('inauguration', 'spicer')?.name).toBe('Spicer');
    expect(automatic.find('sean-spicer')?.quoteCount).toBe(2);
  });

  it('ignores choices about names no longer in the library', () => {
    const index = buildPeopleIndex(library, [
      { op: 'merge', a: 'nobody', b: 'sean spicer' },
      { op: 'split', key: 'gone' },
    ]);
    expect(index.entries).toHaveLength(3);
  });
});

describe('personProfile', () => {
  it('lists quotes by article in date order, claims with their denials and the claims denied', () => {
    const { profile } = profileOf(library, 'sean-spicer');
    expect(profile.articles.map((a) => a.article.id)).toEqual([inauguration.id, briefing.id, denial.id]);
    expect(profile.claims).toHaveLength(1);
    expect(profile.claims[0]?.denials.map((d) => d.sayer)).toEqual([{ entryId: 'john-dorrian', name: 'John Dorrian' }]);
    expect(profile.denials[0]?.answered?.sayer.name).toBe('Russian Ministry of Defense');
  });

  it('shows whole articles, oldest first, until the page has its quotes, and counts the rest', () => {
    const { page, profile } = profileOf(library, 'sean-spicer', null, 1);
    expect(profile.articles.map((a) => a.article.id)).toEqual([inauguration.id]);
    expect(page).toMatchObject({ shownQuotes: 1, totalQuotes: 3 });
  });
});

describe('groupPeople (the people index read from name summaries)', () => {
  const shape = (entries: readonly { id: string; name: string; quoteCount: number; forms: { key: string }[] }[]) =>
    entries.map((e) => ({ id: e.id, name: e.name, quotes: e.quoteCount, forms: e.forms.map((f) => f.key) }));

  it('groups as buildPeopleIndex does from whole articles, choices included', () => {
    const more = [
      ...library,
      saying('x1', ['Maria Lopez', 'Lopez', 'Ana Ruiz']),
      saying('x2', ['Carlos Lopez', 'Ruiz']),
      saying('x3', ['Dr. Ana Ruiz']),
    ];
    const choices = [
      { op: 'split', key: 'spicer' },
      { op: 'merge', a: 'john dorrian', b: 'carlos lopez' },
    ] as const;
    for (const overrides of [[], choices]) {
      expect(shape(peopleOf(more, overrides).entries)).toEqual(shape(buildPeopleIndex(more, overrides).entries));
    }
  });

  it('counts thoughts apart from speech, and first and last dates across the entry', () => {
    const entry = peopleOf(library).find('sean-spicer');
    expect(entry).toMatchObject({ quoteCount: 3, thoughtCount: 0, articleCount: 3 });
    expect([entry?.first, entry?.last]).toEqual(['2017-01-20', '2017-02-01']);
  });

  it('finds an entry by a merged-away name and by a speaker name', () => {
    const people = peopleOf(library);
    expect(people.find('spicer')?.id).toBe('sean-spicer');
    expect(people.entryOfName('Spicer', 'person')?.id).toBe('sean-spicer');
  });
});
