/** Words that make an attribution a thought rather than speech. */
import { words } from './word-list';

/**
 * Cue words of a state of mind: belief, knowledge, feeling, expectation, wish,
 * intention and stance (`Obama believed …`, `his belief that …`, `hopes to …`,
 * `is expected to`, `plans to`, `most voters support a ban on …`, `opposes the deal`). An attribution whose cue has one of them is
 * the writer's account of what someone thinks or wants, not words they said;
 * the reader marks it apart. Evidence (`a poll shows`, `found`) stays speech:
 * it reports what a source published.
 */
export const THOUGHT_CUES = words(`
  believe believes believed believing belief beliefs think thinks thought thinking know knows knew knowing
  hope hopes hoped hoping fear fears feared fearing feel feels felt feeling suspect suspects suspected
  worry worries worried expect expects expected expecting expectation expectations assume assumes assumed
  assumption doubt doubts doubted realize realizes realized recognize recognizes recognized understand
  understands understood reckon reckons want wants wanted wanting wish wishes wished intend intends
  intended intending intention plan plans planned planning seem seems seemed appear appears appeared
  view views viewed see sees saw regard regards regarded conviction concern concerns concerned suspicion sense
  hopeful confident convinced optimistic skeptical sceptical afraid
  support supports supported supporting oppose opposes opposed opposing favor favors favour favours prefer prefers
  preferred
`);

/**
 * Verbs of a view with `as`: `Four in 10 voters see the campaign as unfair`,
 * `Mr. Obama sees Mr. Netanyahu as captured by …`. Not `seen` (`is seen as`
 * names no one who holds the view).
 */
export const VIEW_VERBS = words(`see sees saw view views viewed regard regards regarded`);

/**
 * Adjectives of a state of mind after `be`, with a `that` clause: `Some Democrats are concerned that
 * …`, `Ruiz is confident that …`. Not `sure` or `certain`, which the writer uses of facts too.
 */
export const STATE_ADJECTIVES = words(`
  concerned worried hopeful confident convinced optimistic skeptical sceptical afraid
`);

/** Of those, the ones whose worry can be a noun after `about`: `are concerned about the deficit`. */
export const ABOUT_ADJECTIVES = words(`concerned worried skeptical sceptical`);
