/**
 * A small library for the people and search tests: the same press secretary
 * under three forms of his name across three articles, dated out of order,
 * with a claim he made that another speaker denied and a claim he denied.
 */
import type { Article, Speaker } from '@/article';
import { buildArticle } from '../../fixtures/app/build-article';

const person = (id: string, name: string, role: string | null = null, aliases: string[] = []): Speaker => ({
  id,
  name,
  role,
  kind: 'person',
  aliases,
});

/** 24 January 2017: "White House press secretary Sean Spicer", alias "Spicer"; Dorrian denies his claim. */
export const briefing = buildArticle({
  id: 'briefing',
  title: 'Press secretary defends crowd figures',
  published: '2017-01-24T10:00',
  blocks: [
    ['paragraph', '“The crowd was the largest ever,” White House press secretary Sean Spicer said.'],
    ['paragraph', 'John Dorrian called that claim “rubbish.”'],
  ],
  speakers: [
    person('white-house-press-secretary-sean-spicer', 'White House press secretary Sean Spicer', null, ['Spicer']),
    person('john-dorrian', 'John Dorrian', 'spokesman'),
  ],
  quotes: [
    {
      speakerId: 'white-house-press-secretary-sean-spicer',
      kind: 'direct',
      cue: 'said',
      parts: [[0, 'The crowd was the largest ever,']],
    },
    { speakerId: 'john-dorrian', kind: 'direct', cue: 'called', parts: [[1, 'rubbish.']] },
  ],
  claims: [
    {
      id: 'c1',
      speakerId: 'white-house-press-secretary-sean-spicer',
      stance: 'claim',
      text: 'the crowd was the largest ever',
      quoteIds: ['q1'],
      respondsTo: null,
    },
    {
      id: 'c2',
      speakerId: 'john-dorrian',
      stance: 'denial',
      text: 'called that claim rubbish',
      quoteIds: ['q2'],
      respondsTo: 'c1',
    },
  ],
});

/** 20 January 2017 (earlier): only "Spicer", reported speech. */
export const inauguration = buildArticle({
  id: 'inauguration',
  title: 'Inauguration day plans',
  published: '2017-01-20',
  blocks: [['paragraph', 'Spicer said the president would sign three orders on Friday.']],
  speakers: [person('spicer', 'Spicer')],
  quotes: [
    {
      speakerId: 'spicer',
      kind: 'indirect',
      cue: 'said',
      parts: [[0, 'the president would sign three orders on Friday']],
    },
  ],
});

/** 1 February 2017: "Sean Spicer" denies a claim by the Russian Ministry of Defense. */
export const denial = buildArticle({
  id: 'denial',
  title: 'White House rejects Moscow account',
  published: '2017-02-01',
  blocks: [
    ['paragraph', 'The Russian Ministry of Defense said the strikes were coordinated.'],
    ['paragraph', '“That is simply not true,” Sean Spicer said.'],
  ],
  speakers: [
    {
      id: 'russian-ministry-of-defense',
      name: 'Russian Ministry of Defense',
      role: null,
      kind: 'organization',
      aliases: [],
    },
    person('sean-spicer', 'Sean Spicer', 'press secretary'),
  ],
  quotes: [
    {
      speakerId: 'russian-ministry-of-defense',
      kind: 'indirect',
      cue: 'said',
      parts: [[0, 'the strikes were coordinated']],
    },
    { speakerId: 'sean-spicer', kind: 'direct', cue: 'said', parts: [[1, 'That is simply not true,']] },
  ],
  claims: [
    {
      id: 'c1',
      speakerId: 'russian-ministry-of-defense',
      stance: 'claim',
      text: 'the strikes were coordinated',
      quoteIds: ['q1'],
      respondsTo: null,
    },
    {
      id: 'c2',
      speakerId: 'sean-spicer',
      stance: 'denial',
      text: 'That is simply not true',
      quoteIds: ['q2'],
      respondsTo: 'c1',
    },
  ],
});

/** The library in the order it would be loaded (not date order). */
export const library: Article[] = [briefing, denial, inauguration];
