/** Closed-class words (determiners, prepositions, conjunctions, pronouns) in the roles the rules give them. */
import { words } from './word-list';

/** Words that may stand between a speaker and the verb: `Spicer also said`, `officials flatly denied`. */
export const SKIPPABLE_BEFORE_VERB = words(`
  also later then again has had have would will did does do is was are were once previously repeatedly
  just quickly further separately earlier subsequently initially first finally already
  openly publicly privately now still long never often since recently reportedly almost even
`);

/** Words that start a new sentence even after an initialism such as `U.S.`. */
export const SENTENCE_STARTERS = words(`
  the a an he she it they we i you his her their this that these those but and or so yet however in on at after
  before when while if as there here what who why how meanwhile still then
`);

export const ATTRIBUTION_PREPOSITIONS = words(`
  in on at during to via after before from through with over outside inside later earlier late early this last
`);

export const AFTER_CUE = words(`
  on in at during after before with of from to as while when later earlier again also about outside inside by
  via over
`);

/** Short words a title leaves in lower case: `Tales From the Crypt`, `Those Guys Have All the Fun`. */
export const TITLE_SMALL_WORDS = words(`
  a an the and or but nor of in on at to for from with by as is vs
`);

export const ADVERBIAL_STARTERS = words(`
  on in at during late early earlier last this yesterday today again also repeatedly from after before by with
  over privately publicly
`);

/** Prepositions and conjunctions that open an adverbial after a cue: `said after the vote`, `said as he left`. */
export const ADVERBIAL_PREPOSITIONS = words(`
  after before during at in on when while following as amid despite since until upon via outside inside from
  over ahead
`);

/** Words after which a listener goes on: `told the …`, `told MSNBC's …`. */
export const LISTENER_CONTINUES = words(`
  the a an his her their its our my your this these those of and to for
`);

export const CLAUSE_SUBJECTS = words(`
  he she they we i it there you how why what whether if when where who
`);

export const CLAUSE_OPENERS = words(`
  the a an his her their its our my your this these those no nobody everyone everybody some many most all both
`);

/** Words that cannot begin a reported clause: it would have no subject. */
export const NO_SUBJECT = words(`
  was were is are am be been has have had would will could can should might must may did does do
`);

export const SUBORDINATORS = words(`
  after when while although though as if because since before until once whereas unless
`);

export const ATTRIBUTION_SUBJECTS = words(`
  he she they it we i also then later still
`);

/** Prepositions before a speech participle whose subject is the main clause's: `by saying`, `while insisting`. */
export const PARTICIPLE_PREPOSITIONS = words(`
  by while after before when
`);

export const QUESTION_WORDS = words(`
  whether if what how why when where who which about
`);

/** Words after a stance verb that make it a noun or a passive (`support was solid`, `is supported by`, `backed off`). */
export const NOT_AN_OBJECT = words(`
  is was are were be been has had have will would remains by among from off up down out away back of
`);

/** Connectives that open a sentence without being part of what is said: `But,`, `In addition,`, `Still,`. */
export const CONNECTIVES = words(`
  but and so yet still however meanwhile instead also moreover furthermore indeed further additionally
  nonetheless nevertheless then
`);

export const ARTICLES = words(`
  the a an
`);

export const CONNECTORS = words(`
  of for and &
`);

/** Words that may not stand inside a described subject: they make it a clause (`what he said`, `the plan was said`). */
export const NOT_IN_SUBJECT = words(`
  that which who whom whose what when where why how whether if because while although though as than so not to
  is was are were be been being has have had do does did will would can could should may might must shall he
  she it they we i you him her them us me this these those there here
`);

/** Words that may not begin a described subject: prepositions and sentence adverbs. */
export const NOT_SUBJECT_START = words(`
  in on at by to from with without after before during since until for of about over under into onto upon
  through across against among between but and or nor yet also still however meanwhile instead then now later
  earlier once asked speaking writing according last next
`);

export const SUBJECT_DETERMINERS = words(`
  the a an his her their its our my your these those one some many several most all both another two three four
  five few other each any
`);

/** Possessive determiners: `his family`, `their lawyers`. */
export const POSSESSIVES = words(`
  his her their its our my your
`);

/** Words that count a pair of subjects joined by `and`: `Both the union and the company said`. */
export const PAIR_COUNTS = words(`
  both either neither
`);

/** Words that close a clause before a new subject: `…, and experts said`. */
export const CLAUSE_JOINS = words(`
  and but while as because although though so yet where when after before since if what which that
`);

/** Words that join a clause to a quote and still go on with what was said: `"…" because football has gone soft`. */
export const TAIL_JOINS = words(`
  because if that so
`);

/** Words a long described subject may not hold: a finite verb or a new clause makes it something else. */
export const NOT_IN_LONG_SUBJECT = words(`
  that which what when where why how whether if because while although though than so not is was are were be
  been being has have had do does did will would can could should may might must shall said says say told tells
`);

/** Tokens that open an appositive or relative after a subject: `Biden, who was …,`, `Worley, a party chairwoman,`. */
export const APPOSITIVE_OPENERS = words(`
  who whose a an the his her its their one
`);

/** Words that open an aside between a subject and its verb: `Several candidates, including Trump,`, `Powell's office, when contacted,`. */
export const ASIDE_OPENERS = words(`
  including like when while after citing speaking in at as unlike which
  facing though however too also meanwhile instead for
`);

/** Words that open a sentence with a phrase before its subject: `In an interview he said …`, `Last year I told …`. */
export const FRONTED_PREPOSITIONS = words(`
  in at during after before on with from since following throughout last this yesterday today earlier later
`);

/** Lower-case words that may follow a year in "in 2016 …" (otherwise "in 2000 cases" is a number). */
export const AFTER_YEAR = words(`
  he she they it we i you the a an and but or when while as after before to that this was were is are has had
  have his her their its there alone only for in on at with by from during until since so then nor which who
  not also
`);

/** Words that may stand between `has`/`have` and its participle. */
export const TENSE_ADVERBS = words(`
  already also just never not recently since ever long now still reportedly previously
`);

/** A word before a participle that makes it an adjective ("the armed forces"). */
export const NOUN_DETERMINERS = words(`
  the a an its their his her our my your this these those some many such
`);

/** Words after `to` showing `due to`/`set to` is not about the future ("due to the storm"). */
export const NOT_VERB_AFTER_TO = words(`
  the a an his her their its this that these those our my your be
`);

export const STOP_WORDS = words(`
  that this with from have been were will would they them their there which what about into than then also just
  more most some such only other over very when where while because after before against between could should
  these those being does doing done here each much many well even ever every itself whose whom your ours having
  said says told the and was had has not but for are its his her him she who why how all any can did may our
  out own too two one new now off old see way use yet got get let put say set per via
`);
