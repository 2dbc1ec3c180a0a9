/** Nouns the rules read: statements and dismissals, evidence, things that are not people. */
import { words } from './word-list';

/** Words that dismiss a statement when a speaker characterises it. */
export const DISMISSIVE_WORDS = words(`
  rubbish nonsense false untrue baseless groundless absurd ridiculous lie lies lying fabricated
  fabrication fiction fake misleading inaccurate unfounded propaganda preposterous garbage laughable
  wrong bogus hoax
`);

/** Nouns for a statement someone made: `the Russian assertion`, `the report`. */
export const STATEMENT_NOUNS = words(`
  statement statements assertion assertions claim claims report reports allegation allegations
  accusation accusations charge charges suggestion account announcement remarks comments
  characterisation characterization description criticism criticisms idea notion
`);

/**
 * Nouns that name what someone said or thought and take a `that` clause:
 * `Trump's frequent statements during the campaign that he welcomed …`,
 * `his belief that …`. Speech first, then thought.
 */
export const SPEECH_NOUNS = words(`
  statement statements declaration declarations claim claims assertion assertions warning warnings promise
  promises pledge pledges insistence argument arguments allegation allegations accusation accusations suggestion
  suggestions assurance assurances announcement prediction predictions vow vows comments remarks admission
  contention boast boasts
`);
export const THOUGHT_NOUNS = words(`
  belief beliefs view fear fears hope hopes expectation expectations conviction concern concerns worry worries
  assumption suspicion sense feeling
`);

/**
 * Documents a speaker issues, and the verbs that issue them, before a participle that gives what they say:
 * `the campaign issued a statement saying …`, `released a statement condemning the attacks`.
 */
export const ISSUED_NOUNS = words(`statement statements release letter memo`);
export const ISSUING_VERBS = words(`
  issued issues issue issuing released releases release releasing put putting sent sends send sending
  published publishes posted posts made makes
`);

/** Nouns that end like an adverb: `Scott's family said` is no `Scott's … said` with an adverb between. */
export const LY_NOUNS = words(`
  family families ally rally assembly supply reply tally monopoly anomaly bully italy july
`);

/** Nouns for polls, studies, data and documents: the subjects that make those verbs an attribution. */
export const EVIDENCE_NOUNS = words(`
  poll polls polling survey surveys study studies report reports data analysis review results figures numbers
  research records filings emails documents tally estimates audit investigation probe findings evidence census
`);

/** Nouns that end like a word for a person (`-er`, `-ent`) but name a thing: `the letter said`, `the statement said`. */
export const THINGS = words(`
  letter newsletter newspaper paper poster flyer flier chapter register order border number center centre
  quarter matter statement document agreement government department parliament movement announcement amendment
  indictment settlement commitment comment argument assessment requirement endorsement advertisement report
  computer server monitor tractor factor sector error mirror motor indicator calculator elevator
`);

/** Nouns (and participles) that introduce a work by its title: `in his 2012 book, "An American Son."`, `titled`. */
export const WORK_NOUNS = words(`
  book novel memoir show series film movie documentary song album play column headline article op-ed essay piece
  program programme podcast titled entitled
`);

/**
 * Nouns for a rule or a plan, after which `according to` means `in line with`,
 * not a source: `according to the custom of …`, `according to plan`.
 */
export const NORM_NOUNS = words(`
  custom customs tradition traditions plan schedule rule rules protocol procedure procedures instructions
  script timetable
`);
