/**
 * Name forms: the key that says two speaker names across articles are the
 * same person. Pure string work, no data structures.
 *
 *   "White House press secretary Sean Spicer" -> "sean spicer"
 *   "US Air Force Col. John Dorrian"          -> "john dorrian"
 *   "Adrian J. Rankine-Galloway"              -> "adrian rankine-galloway"
 *   "Spicer"                                  -> "spicer" (a surname alone)
 *   "the White House" (organisation)          -> "white house"
 */
import type { SpeakerKind } from '@/article';

/** A name reduced to what identifies the speaker. */
type NameForm = {
  /** Lower-case, accent-free words joined by one space: `sean spicer`. */
  key: string;
  /** The same words as the article spelled them, without titles or role: `Sean Spicer`. */
  display: string;
  /** For a person, the last word of the key (`spicer`); null for organisations and groups. */
  surname: string | null;
  /** True for a person named by one word only (`Spicer`), which joins a full name only when unambiguous. */
  single: boolean;
};

/** Titles and ranks that stand before a name and are not part of it (compared without a trailing dot). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'reverend',
  'col',
  'colonel',
  'gen',
  'general',
  'lt',
  'lieutenant',
  'maj',
  'major',
  'capt',
  'captain',
  'cmdr',
  'commander',
  'adm',
  'admiral',
  'sgt',
  'sergeant',
  'cpl',
  'corporal',
  'pvt',
  'private',
  'brig',
  'brigadier',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'president',
  'vice',
  'secretary',
  'minister',
  'chancellor',
  'premier',
  'mayor',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'officer',
  'ceo',
  'inspector',
  'detective',
  'constable',
  'superintendent',
  'ambassador',
  'attorney',
  'speaker',
  'leader',
]);

/** Suffixes after a name that do not tell people apart in news text. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case particles inside a name (`Ursula von der Leyen`), which do not end a role phrase. */
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'di',
  'da',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'al',
  'el',
  'ter',
  'ten',
  'y',
]);

/** Lower-case, accents removed, typographic apostrophes made plain. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** A word reduced for comparison: `Col.` -> `col`, `Spicer's` -> `spicer`. */
function bare(word: string): string {
  return fold(word)
    .replace(/'s$/, '')
    .replace(/[^a-z0-9'-]/g, '');
}

const capitalised = (word: string) => /^[\p{Lu}\p{Lt}\d]/u.test(word);
const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);

/** The words of a person's name: after the last lower-case role word and the last title. */
function personWords(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  // "White House press secretary Sean Spicer": the name starts after the last lower-case word.
  let start = 0;
  words.forEach((word, index) => {
    if (!capitalised(word) && !PARTICLES.has(bare(word))) start = index + 1;
  });
  let core = words.slice(start);
  // "US Air Force Col. John Dorrian": and after the last title.
  const lastTitle = core.reduce((found, word, index) => (TITLES.has(bare(word)) ? index : found), -1);
  if (lastTitle >= 0 && lastTitle < core.length - 1) core = core.slice(lastTitle + 1);
  if (core.length === 0) core = words;
  // Drop a trailing suffix ("Jr.") and a trailing comma.
  while (core.length > 1 && SUFFIXES.has(bare(core[core.length - 1] ?? ''))) core = core.slice(0, -1);
  return core.map((word) => word.replace(/,$/, ''));
}

/**
 * The form of a speaker's name. For a person: titles and role words dropped,
 * middle initials dropped from the key. For an organisation or group: the
 * whole name, without a leading "the".
 */
export function nameForm(name: string, kind: SpeakerKind): NameForm {
  if (kind !== 'person') {
    const display = name.trim().replace(/^the\s+/i, '');
    const key = display.split(/\s+/).map(bare).filter(Boolean).join(' ');
    return { key: key || fold(name.trim()), display: display || name.trim(), surname: null, single: false };
  }
  const words = personWords(name);
  const keyWords = words.map(bare).filter(Boolean);
  // Middle initials ("Adrian J. Rankine-Galloway") vary between articles; keep first and last.
  const significant = keyWords.filter(
    (word, index) => index === 0 || index === keyWords.length - 1 || !isInitial(word),
  );
  const key = significant.join(' ') || fold(name.trim());
  return {
    key,
    display: words.join(' ') || name.trim(),
    surname: significant[significant.length - 1] ?? null,
    single: significant.length === 1,
  };
}
