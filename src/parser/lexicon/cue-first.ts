/**
 * The cue lexicon of design B ("cue first", reported/cue-first.ts): words
 * that open an attribution wherever the form rules found none. Hand-written,
 * one class per way the content follows the cue; each class has a unit test
 * (test/parser/reported/cue-first.test.ts).
 */
import { words } from './word-list';

/**
 * Verbs of intention and expectation followed by a to-infinitive, the
 * content: `Ruiz plans to sign the bill`, `voters hope to see …`. Their
 * subject must be a person, a group of people or an organisation
 * (`whales want to return` is no one's intention the reader can check).
 */
export const INTENTION_VERBS = words(`
  want wants wanted plan plans planned intend intends intended hope hopes hoped seek seeks sought aim aims aimed
  vow vows vowed pledge pledges pledged promise promises promised threaten threatens threatened
  refuse refuses refused decide decides decided prefer prefers preferred expects
`);

/**
 * Verbs whose noun object is what the source said, backed or wants:
 * `The union endorsed Ruiz`, `Ruiz proposed a tax on …`, `most
 * voters support a ban on …`. Subject as for
 * INTENTION_VERBS. Not `announced`: `announced his campaign` is an act the
 * reader sees as news, not an attribution.
 */
export const OBJECT_ACT_VERBS = words(`
  endorse endorses endorsed supports supported oppose opposes opposed favor favors favour favours
  want wants wanted propose proposes proposed predict predicts predicted demanded promised pledged
`);

/** `In a CNN poll, Ruiz leads …`: a fronted phrase naming the evidence, after these prepositions. */
export const EVIDENCE_OPENERS = words(`in`);

/**
 * Words that end a noun object (`endorsed Cruz last week`, `announced his
 * bid on Tuesday during a rally`): what follows belongs to the act, not to
 * what was backed or said. Weekday names end it too (WEEKDAY_WORDS).
 */
export const OBJECT_ENDS = words(`
  last this on at during after before since when while as yesterday today tonight earlier later
`);

/**
 * Participles of intention before a to-infinitive (reported/intentions.ts): `are hoping to retain …`,
 * `…, vowing to fight on`. Not `planning` or `seeking`, nouns and searches as often as intentions.
 */
export const PROGRESSIVE_INTENTIONS = words(`hoping promising refusing expecting vowing pledging threatening`);

/**
 * Verbs of stance whose noun object is what the holder backs or rejects (reported/stance.ts), read also
 * where the holder is a share of voters, the whole subject of its clause (`About three-quarters support a
 * ban on …`, `while about 6 in 10 white men supported Sanders`), and `backed`, which OBJECT_ACT_VERBS
 * leaves out (`back` is an adverb and a noun as often).
 */
export const STANCE_VERBS = words(`
  support supports supported oppose opposes opposed favor favors favour favours prefer prefers preferred backs backed
`);

/**
 * Verbs of a speech act whose noun object is what was said (reported/offered.ts): `Rubio offered a defense of
 * the bill`, `Fiorina offered her own approach`. Only the past: `Global trade offers undeniable benefits`.
 */
export const OFFER_VERBS = words(`offered`);
