/** Verbs of speech, thought and stance: the cues that attribute what someone said. */
import { words, wordMap } from './word-list';

/** Verbs (and participles) that attribute speech or writing. */
export const CUE_VERBS = words(`
  said says say added adds told tells asked asks stated states explained explains noted notes
  argued argues claimed claims insisted insists warned warns denied denies announced announces
  called calls suggested suggests wrote writes tweeted tweets replied replies responded responds
  continued continues recalled recalls acknowledged acknowledges admitted admits confirmed confirms
  declared declares remarked remarks observed observes commented comments conceded concedes
  countered counters maintained maintains stressed stresses emphasized emphasizes emphasised
  emphasises urged urges predicted predicts promised promises vowed vows reported reports posted
  posts shouted shouts whispered whispers joked jokes concluded concludes agreed agrees alleged
  alleges revealed reveals rejected rejects dismissed dismisses disputed disputes refuted refutes
  described describes branded brands labelled labeled
  adding saying noting arguing warning insisting claiming explaining stressing suggesting calling describing
  telling writing
  answered answers retorted retorts quipped quips fumed fumes snapped snaps scoffed scoffs mused muses
  boasted boasts bragged brags complained complains lamented laments cautioned cautions retaliated
  interjected interjects exclaimed exclaims yelled yells screamed screams begged begs
  elaborated elaborates recounted recounts reasoned reasons proclaimed proclaims thundered thunders
  testified testifies texted texts emailed emails messaged wondered wonders marveled marvelled
  gushed gushes raved raves chimed teased teases
  note argue claim insist warn suggest explain acknowledge admit confirm predict agree report write tweet
  respond reply recall stress emphasize emphasise urge promise vow concede contend maintain declare reveal deny
  reject dismiss dispute complain
  referred refers portrayed portrays portraying characterized characterizes characterizing
  characterised labeling labelling branding dismissing
`);

/**
 * Verbs of belief, knowledge, feeling and expectation that take a bare clause
 * with its own subject and finite verb, as `said` does (`Obama believed Moscow
 * was acting …`, `Christie hopes his endorsement will …`): without `that`,
 * only when a clause plainly starts after them, so `thinks so` and `knew the
 * area well` stay out. What they report is a thought.
 */
export const BARE_THOUGHT_VERBS = words(`
  believe believes believed think thinks thought know knows knew hope hopes hoped fear fears feared
  feel feels felt suspect suspects suspected worry worries worried expect expects expected assume assumes
  assumed doubt doubts doubted
`);

/**
 * Verbs of thought, perception and evidence (`believes`, `a poll shows`):
 * attributions too, but only with `that` before the clause
 * (`believes that …`), which keeps `found the body` and `thinks so` out.
 */
export const THOUGHT_VERBS = words(`
  believe believes believed think thinks thought know knows knew hope hopes hoped fear fears feared
  worry worries worried expect expects expected show shows showed shown find finds found indicate
  indicates indicated estimate estimates estimated realize realizes realized recognize recognizes
  recognized understand understands understood feel feels felt contend contends contended assert
  asserts asserted suspect suspects suspected doubt doubts doubted conclude concluded learned
  determined predict predicted projected assume assumes assumed reckon reckons
`);

/** A verb's forms from its base: `cite` -> cite cites cited citing; `-y` and `-e` endings and a doubled final consonant (`slam*`). */
function forms(base: string): string[] {
  const double = base.endsWith('*');
  const stem = double ? base.slice(0, -1) : base;
  if (double) return [stem, `${stem}s`, `${stem}${stem.slice(-1)}ed`, `${stem}${stem.slice(-1)}ing`];
  if (/[^aeiou]y$/.test(stem)) return [stem, `${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`, `${stem}ing`];
  if (stem.endsWith('e')) return [stem, `${stem}s`, `${stem}d`, `${stem.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(stem)) return [stem, `${stem}es`, `${stem}ed`, `${stem}ing`];
  return [stem, `${stem}s`, `${stem}ed`, `${stem}ing`];
}

/**
 * Verbs of stance and communication whose object is what the speaker said,
 * wanted or held (`cited the audit`, `criticized Clinton for …`, `supports a
 * ban`): with a speaker for a subject, the object to the end of its clause is
 * reported content. `X said` verbs and thought verbs keep their own rules.
 */
export const OBJECT_VERB_BASES = words(`
  cite mention criticize criticise attack accuse question announce propose support endorse oppose condemn
  praise blast defend express echo urge demand blame tout slam* highlight welcome applaud hail denounce decry
  lament challenge reiterate repeat outline unveil promote advocate threaten mock ridicule deride lambaste
  chide rebuke fault credit liken compare characterize portray favor favour seek want prefer request recommend
  dispute reject rip* knock assail
`);
/** The object verbs in all their forms. */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([...OBJECT_VERB_BASES].flatMap(forms));

/**
 * Object verbs that also name a blow (`thieves attacked a whale`, `Salafists attacked bars`): with an object
 * that opens with `a`/`an` or is a bare plural noun, they report no statement (`attacked Clinton`,
 * `attacked the plan`, `attacked him` still do).
 */
export const PHYSICAL_SENSE_BASES = words(`attack blast slam* rip* knock assail`);
/** The physical-sense verbs in all their forms. */
export const PHYSICAL_SENSE_VERBS: ReadonlySet<string> = new Set([...PHYSICAL_SENSE_BASES].flatMap(forms));

/**
 * Cues that take a bare clause with its own subject and finite verb, as `said`
 * does (`The Alliance claimed the lanes would cost 200 spaces`): without
 * `that`, only when a clause plainly starts after them.
 */
export const ASSERTION_VERBS = words(`
  claimed claims argued argues insisted insists warned warns noted notes stated states maintained maintains
  acknowledged acknowledges admitted admits conceded concedes predicted predicts announced announces confirmed
  confirms explained explains countered counters stressed stresses emphasized emphasised alleged alleges
  suggested suggests revealed reveals declared declares asserted asserts
  claim argue insist warn note state maintain acknowledge admit concede predict announce confirm explain counter
  stress emphasize emphasise allege suggest reveal declare contend reported reports recalled recalls
`);

/**
 * Cues of speech that also take a noun object, which is then what was said: `Obama announced a series of
 * steps`, `Perry announced his endorsement of Cruz`. With `that` or a clause after them they are plain cues.
 */
export const NOUN_OBJECT_CUES = words(`announced announces announce announcing`);

/**
 * The speaker's own acts, news rather than something said, after `announced his/her/their`: `Hale announced
 * his campaign for governor`, `announced her resignation`.
 */
export const OWN_ACT_NOUNS = words(`
  campaign candidacy bid run resignation retirement departure engagement marriage divorce candidacies campaigns
`);

/** Participles that continue the attribution of the clause before them: `…, adding that …`. */
export const CARRY_PARTICIPLES = words(
  `adding saying noting arguing warning insisting claiming explaining stressing suggesting telling writing`,
);

/** Cues that answer someone else's statement. */
export const DENIAL_VERBS = words(
  `denied denies rejected rejects dismissed dismisses disputed disputes refuted refutes`,
);

/** Cues that take an object and then a characterisation: `called the statement "rubbish."`. */
export const CHARACTERISING_VERBS = words(`
  called calls calling described describes describing branded brands labelled labeled dismissed dismisses
  referred refers portrayed portrays portraying characterized characterizes characterizing
  characterised labeling labelling branding dismissing
`);

/**
 * Reporting verbs that introduce a clause without "that" (`said the military
 * is not…`). Every other cue needs "that" before it counts as reported speech,
 * so `The Pentagon has maintained a hotline` is not a statement.
 */
export const BARE_CLAUSE_VERBS = words(`said says say told tells`);

/** Cues that never introduce reported speech of their own. */
export const DIRECT_ONLY_VERBS = words(`
  asked asks called calls continued continues shouted shouts
  whispered whispers joked jokes described describes
  branded brands labelled labeled calling describing
`);

/**
 * Verbs that attribute a quotation next to them but report nothing of their own: `"Fine," she laughed`,
 * `"Quiet," he demanded` (`demanded an apology` is an object verb's), `The crowd chanted: "USA!"`.
 */
export const QUOTE_ONLY_CUES = words(`
  chanted chants chanting chant sang sings singing demanded demands pleaded pleads
  beamed laughed smiled grinned sighed chuckled cried gasped groaned sniped
  read reads
`);

/** Cues whose content is asserted as contested: a claim even when nobody answers it. */
export const CONTESTED_VERBS = words(`claimed claims alleged alleges accused accuses`);

/** Verbs besides `told` that may take a listener before `that`: `warned voters that …`. */
export const LISTENER_VERBS = words(`
  warned warns reminded reminds assured assures informed informs advised advises promised promises convinced
`);

/** Speech acts that answer or judge, past tense: after `and` with a subject of their own they begin another statement. */
export const ANSWERING_ACTS = words(`
  accused criticized criticised blasted attacked praised denounced condemned slammed countered replied
  responded argued insisted warned
`);

/** Cues whose content is an object after a particle: `called for …`, `agreed to …`. */
export const OBJECT_CUES: ReadonlyMap<string, string> = wordMap([
  // `is calling for` (a participle only after `is`, `was`…: see particleCue).
  ...'called calls call calling'.split(' ').map((w): [string, string] => [w, 'for']),
  // `pointed to the audit`, `…, referring to the convention`, `talked about the wall`, `spoke of reform`, `pointed out that …`.
  ...'pointed points point pointing referring'.split(' ').map((w): [string, string] => [w, 'to']),
  ...'talked talks talk talking spoke speaks speak speaking'.split(' ').map((w): [string, string] => [w, 'about']),
  ...`agreed agrees pledged pledges vowed vows promised promises plans planned wants wanted want refuses refused
      declined declines threatened threatens intends intended hopes hoped seeks sought aims aimed expects`
    .split(/\s+/)
    .map((w): [string, string] => [w, 'to']),
]);

/** Verbs of asking someone to do something: `urged Democrats to vote for the deal`. */
export const REQUEST_VERBS = words(`
  urged urges urging encouraged encourages pressed presses implored begged invited challenged challenges
`);

/** Verbs by which a poll, a study or a document tells something: `a new poll shows Clinton ahead`. */
export const EVIDENCE_VERBS = words(`
  show shows showed found finds suggest suggests suggested indicate indicates indicated reveal reveals revealed
`);

/** Participles of evidence after an evidence noun: `polls showing her behind`, `a study finding that …`. */
export const EVIDENCE_PARTICIPLES = words(`showing finding suggesting indicating revealing`);

/** Cues that keep a short line from being a heading: `Smith said.` is a paragraph. */
export const LINE_CUES = words(`said says told added called asked according`);
