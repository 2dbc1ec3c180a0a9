/** Verb forms: irregular pasts and participles, forms of `be`, finite and future markers (for clause and tense reading). */
import { words, wordMap } from './word-list';

/** Past forms of lexical verbs that don't end in -ed: `said`, `went`, `spent`. */
export const IRREGULAR_PAST = words(`
  said told met went came took made gave saw held spoke wrote began left found became brought thought sent felt
  kept led lost paid ran sat stood struck taught won knew grew threw drew fell flew forgot froze got hid laid
  meant rode rose sang shot shook sold slept sought spent stole swore tore woke wore withdrew fought caught bought
  built broke chose drove ate heard understood upheld undertook arose bore dealt fled forbade foresaw forgave
  hung mistook oversaw sank slid sprang stuck swept swung wept overtook underwent overcame outlined rebuilt rewrote
  shrank strove thrust unveiled hit put set
`);

/** Forms of `be`: before a past participle they make a passive (`was asked`), before a stance verb a noun or adjective reading. */
export const BE_FORMS = words(`is was are were be been being`);

/** Forms of `be` that carry no past: a participle after them is a passive now or to come (`will be paid`, `is heard`). */
export const UNPAST_BE_FORMS = words(`is are am be being`);

export const FINITE = words(`
  is was are were will would can could should may might must has have had does did do isn’t wasn’t won’t can’t
`);

/** Irregular past forms of speech participles; the rest add `-ed` (`warning` → `warned`, `noting` → `noted`). */
export const PAST_OF_PARTICIPLE: ReadonlyMap<string, string> = wordMap([
  ['telling', 'told'],
  ['saying', 'said'],
  ['writing', 'wrote'],
  ['denying', 'denied'],
  ['replying', 'replied'],
  ['thinking', 'thought'],
]);

/** Auxiliaries in the past, which a tense also shows in. */
export const PAST_AUXILIARIES = words(`did was were had hadn't wasn't weren't didn't`);

/** Past forms that don't end in -ed, with the auxiliaries a tense also shows in. */
export const PAST_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_PAST, ...PAST_AUXILIARIES]);

/** Participles after `has`/`have` that don't end in -ed. */
export const IRREGULAR_PARTICIPLES = words(`
  been done gone seen taken given told said made met held spoken written begun left found become brought
  thought sent felt kept led lost paid run stood struck taught won known grown thrown drawn fallen flown
  forgotten got gotten hidden laid meant risen sold spent stolen sworn torn worn withdrawn fought caught bought
  built broken chosen driven eaten heard understood upheld undertaken dealt fled hung sunk stuck swept
`);

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED = words(`
  need speed seed feed breed bleed creed greed deed weed heed shed bed red wed embed indeed proceed exceed
  succeed hundred kindred sacred naked wicked rugged ragged beloved alleged united armed ahmed mohammed
  muhammad tweed steed reed freed
`);

/**
 * Verbs whose past begins with `un-`; any other `un…ed` word is an adjective (`unspecified`, `untouched`,
 * `undisclosed`), not a past tense. `under…` verbs (`underlined`) are not `un-` words.
 */
export const UN_VERBS_ED = words(`
  unveiled unearthed unloaded unleashed uncovered unfolded unlocked unraveled unravelled unsealed unseated
  unplugged unpacked unmasked unnerved unblocked unified untied unzipped unwrapped unloosed
`);

export const FUTURE_WORDS = words(`
  will won't shall would wouldn't 'll gonna upcoming tomorrow
`);

/** Modals of possibility, read as future unless a perfect follows (`may have gone`); lower case only: `May` is a month. */
export const MODAL_FUTURES = words(`may might could should must`);

/** `expected to`, `plans to`… followed by a verb. */
export const FUTURE_BEFORE_TO = words(`
  going expected expects expect expecting scheduled set due plans plan planning planned intends intend intending
  aims aim hopes hope hoping poised
  slated
`);
