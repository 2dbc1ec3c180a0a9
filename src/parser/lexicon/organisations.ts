/** Words for organisations: `Ministry`, `the agency`, `Trump Tower`. */
import { words, phrases } from './word-list';

/** Words that make a capitalised name an organisation: `Russian Ministry of Defense`. */
export const ORG_WORDS = words(`
  ministry department pentagon kremlin agency council commission committee office bureau service police army
  navy forces corps party union bank court company corp corp. corporation inc inc. ltd ltd. llc group
  association institute university college foundation organization organisation authority board federation
  embassy government administration parliament congress senate coalition command network times post news
  reuters press fund club league cabinet assembly tribunal secretariat directorate commissariat guard airlines
  hospital school downing whitehall elysee nato un who fbi cia nasa state states motors airways energy
  pharmaceuticals systems technologies holdings industries partners media water foods trust airport railways
  alliance regulator watchdog society chamber centre center inspectorate journal tribune herald gazette
  magazine watch twitter facebook google youtube instagram poll polls survey surveys research finance analytics
  consulting securities economics ratings
`);

/** Capitalised common nouns for organisations, used with "the": `the ministry`. */
export const ORG_COMMON_NOUNS = words(`
  ministry department agency council commission committee office bureau company government
  administration embassy police army military coalition court board party union bank
  university hospital school club league firm group campaign
`);

/**
 * Common nouns that name one body on their own (`the military said`): with no earlier organisation under
 * the same words, the body itself, never the organisation last named (`Reuters`, the agency reporting it).
 */
export const SELF_NAMED_BODIES = words(`military army navy police`);

export const KNOWN_ORG_PHRASES = phrases([
  'white house',
  'downing street',
  'capitol hill',
  'blue house',
  'élysée palace',
  'elysee palace',
]);

/** Role words that make the name after them an organisation: `passenger group Transport Focus`. */
export const ORG_ROLE_NOUNS = words(`
  group campaign charity watchdog company firm agency union party organisation organization network carrier
  airline bank retailer supermarket chain startup broadcaster newspaper lobby
`);

/** Last words of a name that make it a building or a body named after someone (not `Park` or `Hall`: surnames too). */
export const NAMED_AFTER_HEADS = words(`
  tower towers plaza hotel casino avenue building stadium arena initiative library museum university airport
  mahal turnberry
`);

/**
 * What ends a describing compound before a name (`Amazon-owned Whole Foods`, `Seattle-based Amazon`,
 * `Kremlin-backed RT`): the compound describes the name, it is not part of it. A regular-expression group.
 */
export const DESCRIBING_COMPOUND_END = '-(?:owned|based|backed|led|funded|run|controlled|linked|affiliated|allied)';
