/**
 * Word lists the parser's rules share. Kept in one place so a rule reads as
 * "a title word", "a group noun", not as a regex soup.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

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
export const OBJECT_VERBS: ReadonlySet<string> = new Set(
  `cite mention criticize criticise attack accuse question announce propose support endorse oppose condemn
   praise blast defend express echo urge demand blame tout slam* highlight welcome applaud hail denounce decry
   lament challenge reiterate repeat outline unveil promote advocate threaten mock ridicule deride lambaste chide
   rebuke fault credit liken compare characterize portray favor favour seek want prefer request recommend
   demand dispute reject slam* rip* knock assail`
    .split(/\s+/)
    .flatMap(forms),
);

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
`);

/** Cues whose content is asserted as contested: a claim even when nobody answers it. */
export const CONTESTED_VERBS = words(`claimed claims alleged alleges accused accuses`);

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
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female'> = new Map([
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
export const GENDERED_ROLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
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

/** Words that make a capitalised name an organisation: `Russian Ministry of Defense`. */
export const ORG_WORDS = words(`
  ministry department pentagon kremlin agency council commission committee office bureau service
  police army navy forces corps party union bank court company corp corp. corporation inc inc.
  ltd ltd. llc group association institute university college foundation organization
  organisation authority board federation embassy government administration parliament congress
  senate coalition command network times post news reuters press fund club league cabinet
  assembly tribunal secretariat directorate commissariat guard airlines hospital school
  downing whitehall elysee nato un who fbi cia nasa state states motors airways energy pharmaceuticals
  systems technologies holdings industries partners media water foods trust airport railways council
  alliance regulator watchdog society chamber centre center inspectorate
  journal tribune herald gazette magazine watch twitter facebook google youtube instagram poll polls survey surveys
`);

/** Capitalised common nouns for organisations, used with "the": `the ministry`. */
export const ORG_COMMON_NOUNS = words(`
  ministry department agency council commission committee office bureau company government
  administration embassy police army military coalition court board party union bank
  university hospital school club league firm group campaign
`);

/** Words that never name a speaker on their own. */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today yesterday tomorrow tonight
  the a an and but or nor so yet for in on at by to of from with without after before during
  since until while when where whether if as than then there here this that these those it its
  he she they we i you his her their our my your him them us me who whom whose which what
  asked also later earlier meanwhile however still yet instead now nevertheless moreover
  whenever wherever therefore thus hence otherwise nonetheless furthermore indeed overall
  there's there’s here's here’s that's that’s it's it’s what's what’s
  see does did do is was are were has have had neither either should could would might must shall
  even like unlike despite along besides
  according speaking writing mr mrs ms dr last next first second third one two three
  not no yes all both each every some many most much more other another such
  though although because unless once
`);

/**
 * Places that are often a sentence subject, or follow a city (`Aurora, Colorado`, `Wilmington, N.C.`), but
 * are never a speaker: cities, countries, the US states and their dotted abbreviations (a one-dot one,
 * `Calif.`, is a word and a full stop to the tokenizer).
 */
export const PLACES = words(`
  washington moscow london paris berlin beijing tokyo delhi new york baghdad damascus kabul tehran
  jerusalem cairo brussels geneva rome madrid kyiv kiev ankara istanbul riyadh dubai doha beirut
  syria russia iraq iran israel afghanistan pakistan india china japan korea ukraine turkey
  egypt france germany britain england scotland wales ireland spain italy canada mexico brazil
  australia america europe asia africa us usa uk eu
  brooklyn manhattan chicago boston
  alabama alaska arizona arkansas california colorado connecticut delaware georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
  missouri montana nebraska nevada hampshire jersey mexico carolina dakota ohio oklahoma oregon
  pennsylvania rhode island tennessee texas utah vermont virginia wisconsin wyoming
  n.h. n.j. n.m. n.y. n.c. n.d. r.i. s.c. s.d. w.va. d.c.
`);

/** Pronouns that can stand for a speaker, with the gender they imply. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
]);

/** Words that may stand between a speaker and the verb: `Spicer also said`, `officials flatly denied`. */
export const SKIPPABLE_BEFORE_VERB = words(`
  also later then again has had have would will did does do is was are were once previously repeatedly
  just quickly further separately earlier subsequently initially first finally already
  openly publicly privately now still long never often since recently reportedly almost even
`);

/** Name particles that may be lower case inside a name: `Ursula von der Leyen`. */
export const NAME_PARTICLES = words(`von van der den de da di du del della la le bin ibn al el ben ten ter`);

/** Weekday names, which may stand between a speaker and the verb (`Spicer on Monday said`, `Trump Wednesday said`). */
export const WEEKDAY_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Weekdays and other words of time, which end a name and may stand between a speaker and the verb. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_WORDS,
  ...words(`today yesterday tonight morning afternoon evening night week month year weekend`),
]);

/** Abbreviated titles as the word a description uses: `Sen. Ted Cruz` is `the senator`. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
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
