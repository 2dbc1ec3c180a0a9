/**
 * Realistic news articles for property tests, benchmarks and browser
 * performance tests, with what a careful reader would find in them.
 *
 * An article is first described as an `ArticleModel` (people, paragraphs,
 * quote shapes, all as indices into the word lists below), then rendered to
 * text by `renderArticle`. Property tests build models with fast-check (see
 * `article-arbitraries.ts`) so failures shrink to a few paragraphs; the bench
 * and the browser tests call `generateArticle`, which builds a model from a
 * seeded PRNG: same options, same text, on every machine.
 *
 * Plain TypeScript with no Node or DOM API, so it runs anywhere.
 */

// ---------------------------------------------------------------------------
// Word lists

export const FIRST_NAMES = {
  he: [
    'James',
    'John',
    'Adrian',
    'Sean',
    'Michael',
    'David',
    'Carlos',
    'Ahmed',
    'Peter',
    'Luis',
    'Daniel',
    'Victor',
    'Omar',
    'Thomas',
    'Kenji',
  ],
  she: [
    'Maria',
    'Sarah',
    'Elena',
    'Priya',
    'Grace',
    'Anna',
    'Laura',
    'Fatima',
    'Helen',
    'Julia',
    'Nadia',
    'Claire',
    'Rosa',
    'Emily',
    'Ingrid',
  ],
} as const;

/** Distinct surnames; more speakers than these get double-barrelled ones (`Novak-Haddad`). */
export const SURNAMES = [
  'Mattis',
  'Dorrian',
  'Lopez',
  'Okafor',
  'Brennan',
  'Novak',
  'Haddad',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Kowalski',
  'Ferreira',
  'Gallagher',
  'Osei',
  'Petrova',
  'Castillo',
  'Whitfield',
  'Nakamura',
  'Abernathy',
  'Rossi',
  'Schaefer',
  'Mbeki',
  'Delgado',
  'Fitzgerald',
  'Hargreaves',
  'Ivanova',
  'Jovanovic',
  'Kaplan',
  'Lindgren',
  'Marchetti',
  'Oyelaran',
  'Quintero',
  'Sandoval',
  'Thorsen',
  'Valente',
  'Wojcik',
  'Yilmaz',
  'Zielinski',
  'Achebe',
  'Bergstrom',
] as const;

/** How a person is introduced the first time: a role before the name, or a short title. */
export const INTRO_PREFIXES = [
  '',
  'White House press secretary',
  'Defense Secretary',
  'Foreign Minister',
  'Health Minister',
  'US Air Force Col.',
  'Maj.',
  'Sen.',
  'Dr.',
  'Gov.',
  'union leader',
  'city council member',
  'Army Gen.',
  'Rep.',
] as const;

export const CUE_VERBS = [
  'said',
  'added',
  'told reporters',
  'noted',
  'insisted',
  'warned',
  'explained',
  'argued',
  'stated',
  'replied',
] as const;

export const PLACES = [
  'Washington',
  'Moscow',
  'Baghdad',
  'Syria',
  'Brussels',
  'Geneva',
  'Nairobi',
  'Ankara',
  'Damascus',
  'Kyiv',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const ORGANIZATIONS = [
  'the Russian Ministry of Defense',
  'the Pentagon',
  'the State Department',
  'the United Nations',
  'the city council',
  'the World Health Organization',
  'the central bank',
  'the European Commission',
  'the transport union',
  'ISIS',
] as const;

/** Time expressions, with the words an event's `expression` must contain. */
export const DATE_PHRASES = [
  { phrase: 'on Monday', key: 'Monday' },
  { phrase: 'on Tuesday', key: 'Tuesday' },
  { phrase: 'on Friday', key: 'Friday' },
  { phrase: 'last week', key: 'last week' },
  { phrase: 'next month', key: 'next month' },
  { phrase: 'last month', key: 'last month' },
  { phrase: 'on Wednesday', key: 'Wednesday' },
  { phrase: 'for more than two years', key: 'more than two years' },
] as const;

/** Quote sentences without final punctuation; `'` stands for an apostrophe. */
export const QUOTE_SENTENCES = [
  "I think if there's a way that we can work with any country, we'll take it",
  "We're not going to get together with people under the guise of defeating ISIS",
  'So let us not take that too far',
  'I think he has ordered it',
  'At that time, he will continue to have conversations about what he wants from them',
  "We don't have the money to fix every road this year",
  'The numbers speak for themselves',
  "It's the right decision for the families who live here",
  'Nobody in this building wants another long winter of strikes',
  'We have been clear from the start about what we expect',
  "That's simply not what happened at the meeting",
  'The talks will continue, and we expect progress soon',
  'There is no evidence that the vaccine caused any of these cases',
  "I haven't seen the report, so I can't comment on it",
  'Our soldiers are not providing targeting information to anyone',
  'The budget is balanced for the first time in a decade',
  'We will keep the schools open as long as it is safe',
  'This is a test of whether the alliance still means anything',
] as const;

/** Reported-speech clauses, lower case, without final punctuation. */
export const CLAUSES = [
  'the administration has opened the door to cooperating with Russia',
  'the US had provided targeting information for a joint airstrike',
  'the military is not coordinating air operations with anyone',
  'the new budget would cut spending on roads by a tenth',
  'the strike would end once the talks resumed',
  'the vaccine had been tested on more than 40,000 people',
  'the bridge would reopen to traffic within weeks',
  'the council had never received the letter',
] as const;

/** One word or short phrase quoted on its own, as in `called the statement "rubbish."`. */
export const ORPHAN_WORDS = ['rubbish', 'nonsense', 'a disgrace', 'premature', 'fake news'] as const;

export const TITLES = [
  'President open to joining strikes against ISIS in Syria: White House',
  'Council approves budget after a long night of talks',
  'Health officials defend vaccine rollout',
  'Transport strike ends as union and city reach deal',
  'Ministers meet in Geneva as ceasefire holds',
] as const;

/** Narrative sentences; `{date}`, `{Date}`, `{place}`, `{org}`, `{Org}`, `{clause}` are filled in. */
export const NARRATIVE_TEMPLATES = [
  '{Date}, {org} announced that {clause}.',
  'The talks in {place} have dragged on {date}, with little to show for them.',
  '{Org} has maintained a hotline with officials in {place} to deal with the narrower issue of avoiding accidents.',
  'Reporters gathered outside the ministry in {place} {date}.',
  'During the more than two years of fighting in {place}, {org} resisted overtures to coordinate.',
  'The decision was expected {date}, after a meeting in {place}.',
  'In {place}, the mood was calmer than it had been {date}.',
  '{Org} declined to comment.',
  'Officials in {place} said {date} that the figures were being checked.',
  'It was not clear whether {org} would respond.',
] as const;

/** Sub-headings between paragraphs, as in the seed's `Russia eager to work with Trump administration`. */
export const HEADINGS = [
  'Russia eager to work with the new administration',
  'What happens next',
  'A long dispute',
  'Money and roads',
] as const;

// ---------------------------------------------------------------------------
// The model

export type Pronoun = 'he' | 'she';

export type PersonModel = {
  pronoun: Pronoun;
  /** Index into `FIRST_NAMES[pronoun]`. */
  first: number;
  /** Index into `INTRO_PREFIXES`. */
  prefix: number;
};

export type QuoteShape =
  /** `“Words,” Name said.` */
  | 'quote-first'
  /** `“Words,” said Name.` */
  | 'quote-first-inverted'
  /** `Name said, “Words.”` */
  | 'speaker-first'
  /** `“Words,” he added.` right after a quote by the same person (otherwise rendered as `quote-first`). */
  | 'pronoun'
  /** `“Words.` ¶ `“More words,” Name said.` */
  | 'multi-paragraph'
  /** `“They said ‘no deal’ twice,” Name said.` */
  | 'nested'
  /** `Name, a spokesperson, called the statement` ¶ `“rubbish.”` */
  | 'orphan'
  /** `Name said that clause.` */
  | 'indirect'
  /** `Clause, according to Name.` */
  | 'according-to';

export const QUOTE_SHAPES: readonly QuoteShape[] = [
  'quote-first',
  'quote-first-inverted',
  'speaker-first',
  'pronoun',
  'multi-paragraph',
  'nested',
  'orphan',
  'indirect',
  'according-to',
];

export type NarrativeSentenceModel = {
  /** Index into `NARRATIVE_TEMPLATES`. */
  template: number;
  /** Index into `DATE_PHRASES`. */
  date: number;
  place: number;
  org: number;
  clause: number;
};

export type ParagraphModel =
  | { type: 'narrative'; sentences: NarrativeSentenceModel[] }
  | { type: 'heading'; heading: number }
  | {
      type: 'quote';
      shape: QuoteShape;
      /** Index into `ArticleModel.people`. */
      person: number;
      /** Index into `CUE_VERBS`. */
      cue: number;
      /** Indices into `QUOTE_SENTENCES` (or `CLAUSES`, `ORPHAN_WORDS` for the shapes that use them). */
      sentences: number[];
      /** End the quote with `?` instead of `,` / `.`. */
      question: boolean;
    };

export type PublishedModel = { year: number; month: number; day: number; hour: number; minute: number };

export type ArticleModel = {
  title: number;
  /** Printed under the title as `24/01/2017 22:40 by admin`; null for none. */
  published: PublishedModel | null;
  /** Index into `PLACES` for a `Washington:` dateline, or null. */
  dateline: number | null;
  /** Straight `"…"` with `'` apostrophes, or curly `“…”` with `’`. */
  quoteStyle: 'straight' | 'curly';
  /** Line ends: `\n` or `\r\n`. */
  crlf: boolean;
  caption: boolean;
  credit: boolean;
  people: PersonModel[];
  paragraphs: ParagraphModel[];
  /**
   * Where the third and later speakers' surnames start in the cast (`surnameAt`); default 0. The first two are
   * the same people in every article, as an archive's most quoted are; articles with other offsets quote
   * other people after them.
   */
  castOffset?: number;
};

// ---------------------------------------------------------------------------
// What a careful reader finds

export type ExpectedQuote = {
  kind: 'direct' | 'indirect';
  shape: QuoteShape;
  /** For a direct quote: the words between the marks, paragraphs joined by one space. For an indirect one: the clause. */
  text: string;
  /** Full name (`Maria Lopez`) of the speaker. */
  speaker: string;
  /** True when the speaker is beyond doubt from the sentence itself or the quote just before it. */
  attributable: boolean;
};

export type ExpectedDate = {
  phrase: string;
  /** Words an event's expression must contain. */
  key: string;
};

export type GeneratedArticle = {
  text: string;
  title: string;
  /** ISO date-time printed under the title, or null. */
  published: string | null;
  /** Full names of everyone quoted, in order of first appearance. */
  speakers: string[];
  quotes: ExpectedQuote[];
  dates: ExpectedDate[];
  /** Words that are never a speaker: places, weekdays, `admin`. */
  nonSpeakers: string[];
};

// ---------------------------------------------------------------------------
// Rendering

function pick<T>(list: readonly T[], index: number): T {
  const value = list[((index % list.length) + list.length) % list.length];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The surname of the i-th person: unique within an article. */
export function surnameAt(index: number): string {
  const n = SURNAMES.length;
  if (index < n) return pick(SURNAMES, index);
  const rest = index - n;
  const first = Math.floor(rest / (n - 1)) % n;
  let second = rest % (n - 1);
  if (second >= first) second += 1;
  return `${pick(SURNAMES, first)}-${pick(SURNAMES, second)}`;
}

type Person = { first: string; last: string; full: string; intro: string; pronoun: Pronoun };

/** How many speakers every article shares whatever its `castOffset`. */
const REGULARS = 2;

function person(model: PersonModel, index: number): Person {
  const first = pick(FIRST_NAMES[model.pronoun], model.first);
  const last = surnameAt(index);
  const full = `${first} ${last}`;
  const prefix = pick(INTRO_PREFIXES, model.prefix);
  return { first, last, full, intro: prefix ? `${prefix} ${full}` : full, pronoun: model.pronoun };
}

type Marks = { open: string; close: string; innerOpen: string; innerClose: string; apostrophe: string };

const MARKS: Record<ArticleModel['quoteStyle'], Marks> = {
  straight: { open: '"', close: '"', innerOpen: "'", innerClose: "'", apostrophe: "'" },
  curly: { open: '\u201c', close: '\u201d', innerOpen: '\u2018', innerClose: '\u2019', apostrophe: '\u2019' },
};

function isoPublished(p: PublishedModel): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

function printedPublished(p: PublishedModel): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)} by admin`;
}

/** Renders a model to article text and what a careful reader would find in it. */
export function renderArticle(model: ArticleModel): GeneratedArticle {
  const marks = MARKS[model.quoteStyle];
  const people = model.people.map((p, i) => person(p, i < REGULARS ? i : i + (model.castOffset ?? 0)));
  const introduced = new Set<number>();
  const quotes: ExpectedQuote[] = [];
  const dates: ExpectedDate[] = [];
  const speakers: string[] = [];
  const out: string[] = [];
  /** The person whose quote is the paragraph just before, for `he added`. */
  let lastQuoted: number | null = null;

  const words = (text: string) => text.replace(/'/g, marks.apostrophe);
  /** How the text names a person: the full introduction the first time, the surname after; capitalised to start a sentence. */
  const refer = (index: number, startsSentence = false) => {
    const p = pick(people, index);
    if (introduced.has(index)) return p.last;
    introduced.add(index);
    if (!speakers.includes(p.full)) speakers.push(p.full);
    return startsSentence ? capitalize(p.intro) : p.intro;
  };

  const title = pick(TITLES, model.title);
  out.push(title);
  if (model.published) out.push(printedPublished(model.published));
  if (model.caption) out.push(`File pic - Smoke rises over ${pick(PLACES, model.title)}`);

  model.paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.type === 'heading') {
      out.push(pick(HEADINGS, paragraph.heading));
      lastQuoted = null;
      return;
    }
    if (paragraph.type === 'narrative') {
      const sentences = paragraph.sentences.map((s) => {
        const template = pick(NARRATIVE_TEMPLATES, s.template);
        const date = pick(DATE_PHRASES, s.date);
        if (template.includes('{date}') || template.includes('{Date}'))
          dates.push({ phrase: date.phrase, key: date.key });
        const org = pick(ORGANIZATIONS, s.org);
        return template
          .replace('{Date}', capitalize(date.phrase))
          .replace('{date}', date.phrase)
          .replace('{place}', pick(PLACES, s.place))
          .replace('{Org}', capitalize(org))
          .replace('{org}', org)
          .replace('{clause}', pick(CLAUSES, s.clause));
      });
      let text = sentences.join(' ');
      if (paragraphIndex === 0 && model.dateline !== null) text = `${pick(PLACES, model.dateline)}: ${text}`;
      out.push(text);
      lastQuoted = null;
      return;
    }

    const who = paragraph.person % Math.max(1, people.length);
    const p = pick(people, who);
    const cue = pick(CUE_VERBS, paragraph.cue);
    const body = [
      ...new Set((paragraph.sentences.length > 0 ? paragraph.sentences : [0]).map((i) => pick(QUOTE_SENTENCES, i))),
    ].map(words);
    const end = paragraph.question ? '?' : ',';
    const stop = paragraph.question ? '?' : '.';
    let shape = paragraph.shape;
    if (shape === 'pronoun' && lastQuoted !== who) shape = 'quote-first';
    const direct = (text: string, attributable = true) =>
      quotes.push({ kind: 'direct', shape, text, speaker: p.full, attributable });

    switch (shape) {
      case 'quote-first': {
        const inner = `${body.join('. ')}${end}`;
        out.push(`${marks.open}${inner}${marks.close} ${refer(who)} ${cue}.`);
        direct(inner);
        break;
      }
      case 'quote-first-inverted': {
        const inner = `${body.join('. ')}${end}`;
        out.push(`${marks.open}${inner}${marks.close} ${cue === 'told reporters' ? 'said' : cue} ${refer(who)}.`);
        direct(inner);
        break;
      }
      case 'speaker-first': {
        const inner = `${body.join('. ')}${stop}`;
        out.push(`${refer(who, true)} ${cue}, ${marks.open}${inner}${marks.close}`);
        direct(inner);
        break;
      }
      case 'pronoun': {
        const inner = `${body.join('. ')}${end}`;
        out.push(`${marks.open}${inner}${marks.close} ${p.pronoun} ${cue === 'said' ? 'added' : cue}.`);
        direct(inner);
        break;
      }
      case 'multi-paragraph': {
        const [head = '', ...tail] = body;
        const second = tail.length > 0 ? tail.join('. ') : 'We will say the same thing tomorrow';
        const one = `${head}.`;
        const two = `${second}${end}`;
        out.push(`${marks.open}${one}`);
        out.push(`${marks.open}${two}${marks.close} ${refer(who)} ${cue}.`);
        direct(`${one} ${two}`);
        break;
      }
      case 'nested': {
        const word = pick(ORPHAN_WORDS, paragraph.cue);
        const inner = `They called our plan ${marks.innerOpen}${word}${marks.innerClose} twice, and we still went ahead${end}`;
        out.push(`${marks.open}${inner}${marks.close} ${refer(who)} ${cue}.`);
        direct(inner);
        break;
      }
      case 'orphan': {
        const word = `${pick(ORPHAN_WORDS, paragraph.sentences[0] ?? 0)}.`;
        out.push(
          `${refer(who, true)}, who leads the delegation in ${pick(PLACES, paragraph.cue)}, called the statement`,
        );
        out.push(`${marks.open}${word}${marks.close}`);
        direct(word);
        break;
      }
      case 'indirect': {
        const clause = pick(CLAUSES, paragraph.sentences[0] ?? 0);
        out.push(`${refer(who, true)} said that ${clause}.`);
        quotes.push({ kind: 'indirect', shape, text: clause, speaker: p.full, attributable: true });
        break;
      }
      case 'according-to': {
        const clause = pick(CLAUSES, paragraph.sentences[0] ?? 0);
        out.push(`${capitalize(clause)}, according to ${refer(who)}.`);
        quotes.push({ kind: 'indirect', shape, text: capitalize(clause), speaker: p.full, attributable: true });
        break;
      }
    }
    lastQuoted = shape === 'indirect' || shape === 'according-to' ? null : who;
  });

  if (model.credit) out.push('- With AP Inputs');
  const newline = model.crlf ? '\r\n' : '\n';
  return {
    text: out.join(newline + newline),
    title,
    published: model.published ? isoPublished(model.published) : null,
    speakers,
    quotes,
    dates,
    nonSpeakers: [...PLACES, ...WEEKDAYS, 'admin'],
  };
}

// ---------------------------------------------------------------------------
// Seeded generation for benchmarks and browser tests

/** mulberry32: small, fast, and the same on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type GenerateOptions = {
  /** Same seed, same article. Default 1. */
  seed?: number;
  /** Keep adding paragraphs until the text has at least this many UTF-16 code units (≈ bytes: the text is nearly all ASCII). */
  targetLength?: number;
  /** Or: exactly this many quotes (direct and indirect). */
  quoteCount?: number;
  /** Number of distinct speakers; default grows with the size, from 4 up to 200. */
  speakerCount?: number;
  quoteStyle?: ArticleModel['quoteStyle'];
  /** See `ArticleModel.castOffset`: give articles of one library different offsets for a cast as wide as an archive's. */
  castOffset?: number;
};

/** Shapes a seeded article uses, weighted like ordinary news copy. */
const SHAPE_WEIGHTS: readonly [QuoteShape, number][] = [
  ['quote-first', 30],
  ['quote-first-inverted', 8],
  ['speaker-first', 15],
  ['pronoun', 12],
  ['multi-paragraph', 5],
  ['nested', 3],
  ['orphan', 2],
  ['indirect', 15],
  ['according-to', 10],
];

/** Builds an article model from a seeded PRNG. */
export function randomArticleModel(options: GenerateOptions = {}): ArticleModel {
  const random = prng(options.seed ?? 1);
  const int = (n: number) => Math.floor(random() * n);
  const targetLength = options.targetLength ?? 0;
  const quoteTarget = options.quoteCount;
  const speakerCount = Math.max(
    1,
    options.speakerCount ?? Math.min(200, Math.max(4, Math.round((quoteTarget ?? targetLength / 400) / 10))),
  );
  const totalWeight = SHAPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const shape = (): QuoteShape => {
    let roll = int(totalWeight);
    for (const [name, weight] of SHAPE_WEIGHTS) {
      if (roll < weight) return name;
      roll -= weight;
    }
    return 'quote-first';
  };

  const people: PersonModel[] = Array.from({ length: speakerCount }, () => ({
    pronoun: random() < 0.5 ? 'he' : 'she',
    first: int(15),
    prefix: int(INTRO_PREFIXES.length),
  }));
  // With a cast offset the regulars are the same people, first names included, in every article.
  if (options.castOffset !== undefined)
    people.slice(0, REGULARS).forEach((regular, i) => Object.assign(regular, { pronoun: i ? 'she' : 'he', first: i }));
  const paragraphs: ParagraphModel[] = [];
  let length = 200;
  let quoteCount = 0;
  let current = 0;
  let introduced = 1;
  const more = () =>
    quoteTarget !== undefined ? quoteCount < quoteTarget : length < targetLength || paragraphs.length < 3;

  while (more()) {
    const roll = random();
    if (roll < 0.3) {
      const sentences = Array.from({ length: 1 + int(3) }, () => ({
        template: int(NARRATIVE_TEMPLATES.length),
        date: int(DATE_PHRASES.length),
        place: int(PLACES.length),
        org: int(ORGANIZATIONS.length),
        clause: int(CLAUSES.length),
      }));
      paragraphs.push({ type: 'narrative', sentences });
      length += 120 * sentences.length;
    } else if (roll < 0.33) {
      paragraphs.push({ type: 'heading', heading: int(HEADINGS.length) });
      length += 30;
    } else {
      // Stay with the same speaker for a while, as articles do, and introduce everyone over time.
      if (random() < 0.4) current = introduced < speakerCount ? introduced++ : int(speakerCount);
      paragraphs.push({
        type: 'quote',
        shape: shape(),
        person: current,
        cue: int(CUE_VERBS.length),
        sentences: Array.from({ length: 1 + int(2) }, () => int(QUOTE_SENTENCES.length)),
        question: random() < 0.05,
      });
      quoteCount += 1;
      length += 150;
    }
  }

  return {
    title: int(TITLES.length),
    published: { year: 2017, month: 1, day: 24, hour: 22, minute: 40 },
    dateline: 0,
    quoteStyle: options.quoteStyle ?? (random() < 0.5 ? 'straight' : 'curly'),
    crlf: false,
    caption: true,
    credit: true,
    people,
    paragraphs,
    castOffset: options.castOffset ?? 0,
  };
}

/**
 * A realistic article of (at least) the requested size or quote count:
 * `generateArticle({ targetLength: 1_000_000 })`, `generateArticle({ quoteCount: 2000, speakerCount: 200 })`.
 */
export function generateArticle(options: GenerateOptions = {}): GeneratedArticle {
  const target = options.targetLength;
  if (target === undefined || options.quoteCount !== undefined) return renderArticle(randomArticleModel(options));
  // The model only estimates its length: correct the estimate a few times until the text is just over the target.
  // The same seed draws the same paragraphs, so a larger estimate only appends to the article.
  const speakerCount = options.speakerCount ?? Math.min(200, Math.max(4, Math.round(target / 4000)));
  let estimate = target;
  let article = renderArticle(randomArticleModel({ ...options, speakerCount, targetLength: estimate }));
  for (let round = 0; round < 6 && (article.text.length < target || article.text.length > target * 1.05); round += 1) {
    estimate = Math.max(
      1,
      Math.round(estimate * (target / article.text.length) * (article.text.length < target ? 1.01 : 1)),
    );
    article = renderArticle(randomArticleModel({ ...options, speakerCount, targetLength: estimate }));
  }
  return article;
}
