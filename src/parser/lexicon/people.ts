/** Words for people: titles, honorifics, roles, groups, heads of descriptions, and words that are never a name. */
import { MONTH_NAMES, WEEKDAY_NAMES } from './time';
import { words, wordMap } from './word-list';

/** Title words that stand before a name: `Col. John Dorrian`, `Defense Secretary James Mattis`. */
export const TITLE_WORDS = words(`
  president secretary minister senator sen. rep. representative gov. governor gen. general col.
  colonel maj. major lt. lieutenant capt. captain sgt. sergeant adm. admiral cmdr. commander
  dr. prof. professor rev. reverend chancellor king queen prince princess pope judge justice mayor
  ambassador director chairman chairwoman chair chief commissioner sheriff officer detective
  inspector superintendent coach speaker leader spokesman spokeswoman spokesperson premier congressman congresswoman
  sec. supt. insp. det. cpl. corporal pvt. private gov sen rep gen col maj lt capt sgt adm dr prof pres.
`);

/** Honorifics: part of how someone is named, but not a role. They tell gender. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female'> = wordMap([
  ['mr.', 'male'],
  ['mr', 'male'],
  ['mrs.', 'female'],
  ['mrs', 'female'],
  ['ms.', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
]);

/** Lower-case words that belong to a role description: `White House press secretary`. */
export const ROLE_WORDS = words(`
  secretary spokesman spokeswoman spokesperson minister president chief executive director officer
  chairman chairwoman head leader commander general ambassador envoy senator governor mayor lawyer
  attorney analyst professor economist adviser advisor aide official manager founder ceo coach
  captain judge prosecutor deputy vice press foreign defense defence prime state assistant senior
  national security counsel correspondent researcher scientist doctor teacher member candidate
  lawmaker representative activist colonel major lieutenant sergeant admiral police opposition
  party union company department ministry interior finance health education justice trade
  campaign team staff legal general's spokesperson's principal nurse engineer owner worker
  farmer student resident mother father wife husband daughter son brother sister
  head-teacher headteacher inspector detective superintendent firefighter paramedic surgeon
  physician historian author writer editor reporter journalist consultant strategist pollster
  clerk councillor councilor mp mep priest bishop imam rabbi pastor vicar driver pilot soldier chef
  shopkeeper landlord tenant neighbour neighbor witness survivor victim fan player striker
  midfielder goalkeeper singer actor actress artist musician producer
`);

/** Gendered role nouns. */
export const GENDERED_ROLES: ReadonlyMap<string, 'male' | 'female'> = wordMap([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['mother', 'female'],
  ['father', 'male'],
  ['wife', 'female'],
  ['husband', 'male'],
  ['daughter', 'female'],
  ['son', 'male'],
  ['brother', 'male'],
  ['sister', 'female'],
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['actress', 'female'],
  ['woman', 'female'],
  ['man', 'male'],
  ['widow', 'female'],
]);

/** Plural nouns for groups of people who speak together: `Pentagon officials`, `residents`. */
export const GROUP_NOUNS = words(`
  officials analysts residents experts witnesses critics lawmakers legislators protesters
  protestors sources diplomats investigators researchers scientists economists doctors nurses
  teachers students parents workers employees villagers locals activists campaigners officers
  prosecutors lawyers leaders ministers authorities observers supporters opponents organisers
  organizers executives insiders aides advisers advisors spokesmen spokespeople commanders
  militants rebels fighters voters farmers members staff police family
`);

/** Words that may stand before a group noun: `senior US officials`, `local residents`. */
export const GROUP_MODIFIERS = words(`
  senior top local military government administration western foreign federal state security
  intelligence defense defence health police party union company opposition independent some
  many other several two three four five six dozens hundreds thousands rebel senate house
  congressional european american british french german chinese russian israeli palestinian
  iranian syrian iraqi afghan indian pakistani japanese korean ukrainian turkish saudi egyptian
  election city regional national provincial county municipal district school hospital bank
  industry trade former current anonymous unnamed
`);

/** Words besides weekdays and months that never name a speaker on their own. */
export const NOT_NAME_WORDS = words(`
  today yesterday tomorrow tonight the a an and but or nor so yet for in on
  at by to of from with without after before during since until while when where whether if as than then there
  here this that these those it its he she they we i you his her their our my your him them us me who whom
  whose which what asked also later earlier meanwhile however still instead now nevertheless moreover whenever
  wherever therefore thus hence otherwise nonetheless furthermore indeed overall there's there’s here's here’s
  that's that’s it's it’s what's what’s see does did do is was are were has have had neither either should
  could would might must shall even like unlike despite along besides according speaking writing mr mrs ms dr
  last next first second third one two three not no yes all both each every some many most much more other
  another such though although because unless once absent amid amidst alongside beyond likewise among amongst within
  throughout toward towards regarding concerning upon via
`);

/** Words that never name a speaker on their own: weekdays, months and {@link NOT_NAME_WORDS}. */
export const NOT_NAMES: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, ...NOT_NAME_WORDS]);

/** Pronouns that can stand for a speaker, with the gender they imply. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = wordMap([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
]);

/** Name particles that may be lower case inside a name: `Ursula von der Leyen`. */
export const NAME_PARTICLES = words(`von van der den de da di du del della la le bin ibn al el ben ten ter`);

/** Abbreviated titles as the word a description uses: `Sen. Ted Cruz` is `the senator`. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = wordMap([
  ['sen.', 'senator'],
  ['sen', 'senator'],
  ['gov.', 'governor'],
  ['gov', 'governor'],
  ['rep.', 'representative'],
  ['rep', 'representative'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['gen.', 'general'],
  ['col.', 'colonel'],
  ['lt.', 'lieutenant'],
  ['capt.', 'captain'],
  ['sgt.', 'sergeant'],
  ['adm.', 'admiral'],
  ['maj.', 'major'],
  ['dr.', 'doctor'],
  ['prof.', 'professor'],
  ['sec.', 'secretary'],
  ['pres.', 'president'],
  ['supt.', 'superintendent'],
  ['det.', 'detective'],
  ['insp.', 'inspector'],
]);

/**
 * Heads of descriptions that usually bring in someone new rather than name
 * someone already in the story (`the source`, `the official`): they resolve
 * only to a speaker described the same way, never to the last person named.
 */
export const ANONYMOUS_HEADS = words(`
  source official person man woman witness aide spokesman spokeswoman spokesperson adviser advisor insider
  people resident member employee worker voter supporter critic caller viewer reader
`);

/**
 * Heads of descriptions that stand for someone the story has named (`the
 * billionaire`, `the candidate`): with nobody earlier described that way, they
 * may resolve to the person the story is about at that point. The titles among
 * them (`the senator`) resolve only to someone named with the title.
 */
export const PERSON_HEADS = words(`
  president senator governor mayor candidate nominee front-runner frontrunner hopeful contender challenger
  incumbent rival billionaire millionaire businessman businesswoman developer mogul tycoon magnate investor
  entrepreneur secretary minister chancellor premier leader chairman chairwoman speaker representative lawmaker
  legislator justice judge general admiral commander ambassador envoy director executive founder ceo coach star
  actor actress singer rapper comedian author writer journalist columnist host anchor commentator socialist
  populist neurosurgeon surgeon doctor economist professor scholar historian pastor priest bishop pope monarch
  king queen prince princess dictator captain colonel sheriff attorney lawyer prosecutor activist
  veteran mother father wife husband daughter son brother sister widow
  republican democrat independent libertarian conservative liberal progressive
  striker midfielder defender goalkeeper keeper winger skipper manager quarterback pitcher batsman bowler
  rider driver player champion
`);

/** Words for a person by their nation, capitalised but a description: `the Dutchman told Sky Sports`, `the Spaniard`. */
export const DEMONYMS = words(`
  dutchman dutchwoman frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman
  irishman irishwoman spaniard briton swede dane norwegian finn portuguese brazilian argentine argentinian
  australian american canadian german italian russian japanese korean indian pakistani nigerian kenyan serb
  croat belgian mexican colombian chilean egyptian turk greek israeli iranian ukrainian
`);

/** Labels that introduce something other than a speaker's words. */
export const NOT_SPEAKERS = words(`
  note notes update updates updated correction corrections clarification editor editors source sources poll
  polls breaking latest contributing twitter facebook instagram report reports revealed watch video videos
  photo photos image images picture caption credit credits warning exclusive analysis opinion live transcript
  related more read also follow listen bonus byline wow result results summary background context bottom line
  question questions answer answers advertisement sponsored disclosure fact check quote quotes total votes
  turnout winner winners loser losers pros cons why how what who when where which venue tickets location
  address phone email website online
`);

/** Role words that, capitalised, are more often part of a name (`National Gallery`, `Justice Department`). */
export const CAPITALISED_NOT_ROLE = words(`
  state national security general foreign defense defence justice trade health education finance interior party
  union company department ministry police press campaign team staff legal senior prime major opposition member
  head vice
`);

/** Words for the members of a party or a movement, whose plural is a group: `Democrats say`. */
export const MEMBER_WORDS = words(`
  democrat republican liberal conservative progressive independent evangelical libertarian moderate
`);

/** People who follow someone, named by them: `Friends of Bill Clinton`, `Allies of the mayor`. */
export const FOLLOWERS = words(`
  friends allies fans relatives colleagues associates admirers backers loyalists
`);
