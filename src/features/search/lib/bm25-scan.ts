/**
 * MiniSearch's query (MiniSearch 7.2's `executeQuery` with every typed word
 * required, the version is pinned), computed into flat arrays instead of one
 * result object per matching quote: the same words looked up (the last one
 * as a prefix, longer ones with a typo), the same BM25 sums in the same
 * order (so the same scores to the last bit) and the hits in the same order
 * (so equal scores keep the same order), without the map entry, the object
 * with its matched words and the `terms` array MiniSearch builds for each.
 * A common word ("the") matches most quotes; those objects, not the sums,
 * were most of a query's time.
 *
 * The words each hit matched, which only a shown result needs (for its
 * highlights), are looked up for that one hit afterwards (`matchedWords`).
 *
 * It reads MiniSearch's index through its internal fields; `scanner` returns
 * null should they ever be missing, and the caller then uses MiniSearch's own
 * query.
 */
import type MiniSearch from 'minisearch';

/** A quote's term frequency, by MiniSearch's internal document id. */
type Postings = Map<number, number>;
/** A word's postings, by field id. */
type FieldData = Map<number, Postings>;

/** The parts of a MiniSearch instance a scan reads (and, for a quote taken out since, updates as MiniSearch would). */
type Internals = {
  _index: {
    get: (term: string) => FieldData | undefined;
    atPrefix: (prefix: string) => Iterable<[string, FieldData]>;
    fuzzyGet: (term: string, distance: number) => Map<string, [FieldData, number]>;
  };
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _options: {
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string | string[] | null | undefined | false;
    searchOptions: {
      maxFuzzy: number;
      weights: { fuzzy: number; prefix: number };
      bm25: { k: number; b: number; d: number };
    };
  };
  removeTerm: (fieldId: number, documentId: number, term: string) => void;
};

/** How a typed word is matched: as MiniSearch's `prefix`, `fuzzy` and `boostTerm` search options say. */
export type ScanOptions = {
  prefix: (term: string, i: number, terms: string[]) => boolean;
  fuzzy: (term: string, i: number, terms: string[]) => number | false;
  boostTerm?: (term: string, i: number, terms: string[]) => number;
};

/** One typed word's lookups: the word itself, then its prefix matches, then its typo matches, each with its weight. */
type Derived = { term: string; weight: number; postings: Postings };

/** What a scan found: the hits in MiniSearch's order, their scores (by internal id), and how to find a hit's words. */
export type Scan = {
  /** Internal ids of the matching quotes, `count` of them, in the order MiniSearch's result map would hold them. */
  hits: Int32Array;
  count: number;
  /** Score by internal id (MiniSearch's score times its quality: how many distinct words were typed). */
  scores: Float64Array;
  /** The words of the index the quote under this internal id matched (what MiniSearch's `match` keys would be). */
  matchedWords: (short: number) => string[];
};

export type Scanner = {
  scan: (query: string, options: ScanOptions) => Scan;
  /** The quote id under MiniSearch's internal id. */
  idOf: (short: number) => string | undefined;
  /** The index changed (a quote added or taken out): what the scanner kept from it is dropped. */
  changed: () => void;
};

/**
 * What a scanner keeps between queries, until the index changes: each
 * quote's length term of BM25 and whether it is still in the index, by
 * internal id, and each index word's quotes with their BM25 scores before
 * weighting, as flat arrays (typing "vaccin" then "e" looks up the same words
 * again; a common word's postings are a Map of thousands of quotes).
 */
type Kept = {
  /** By internal id: `k * (1 - b + b * length / average length)`, or NaN for a quote taken out. */
  norms: Float64Array | null;
  /** Index word -> its quotes and their unweighted scores, least recently used first. */
  words: Map<string, Weights>;
  /** How many postings `words` holds (bounded by `KEPT_POSTINGS`). */
  postings: number;
};

/** An index word's quotes (internal ids, in the postings' order) and each one's BM25 score before weighting. */
type Weights = { docs: Int32Array; raw: Float64Array };

/** Postings kept per scanner (a shard): about 12 bytes each. */
const KEPT_POSTINGS = 60_000;

const has = (value: object, key: string) => key in value;

/** A scanner over `search`'s index, or null when its internals are not the ones this was written for. */
export function scanner(search: MiniSearch<{ id: string; text: string }>): Scanner | null {
  const raw = search as unknown as Partial<Internals>;
  const options = raw._options;
  if (
    !(raw._index && raw._documentIds instanceof Map && raw._fieldLength instanceof Map) ||
    !(Array.isArray(raw._avgFieldLength) && typeof raw._nextId === 'number' && raw._fieldIds) ||
    !(options && typeof options.tokenize === 'function' && typeof options.processTerm === 'function') ||
    !(options.searchOptions && has(options.searchOptions, 'bm25') && typeof raw.removeTerm === 'function') ||
    !['get', 'atPrefix', 'fuzzyGet'].every((name) => typeof (raw._index as Record<string, unknown>)[name] === 'function')
  )
    return null;
  const internals = raw as Internals;
  const kept: Kept = { norms: null, words: new Map(), postings: 0 };
  return {
    scan: (query, scanOptions) => scan(internals, kept, query, scanOptions),
    idOf: (short) => internals._documentIds.get(short),
    changed: () => {
      kept.norms = null;
      kept.words.clear();
      kept.postings = 0;
    },
  };
}

/** Each quote's length term of BM25 by internal id (NaN for one taken out), as `termResults` computes it. */
function norms(index: Internals, kept: Kept, fieldId: number): Float64Array {
  if (kept.norms) return kept.norms;
  const { k, b } = index._options.searchOptions.bm25;
  const avgFieldLength = index._avgFieldLength[fieldId] ?? 0;
  const out = new Float64Array(index._nextId).fill(NaN);
  for (const docId of index._documentIds.keys()) {
    const fieldLength = index._fieldLength.get(docId)?.[fieldId] ?? 0;
    out[docId] = k * (1 - b + (b * fieldLength) / avgFieldLength);
  }
  kept.norms = out;
  return out;
}

/**
 * An index word's quotes and unweighted scores, as `termResults` computes
 * them; kept for the next query unless the postings held a quote taken out
 * since (MiniSearch then forgets it, and the word's rarity changes mid-way).
 */
function weights(index: Internals, kept: Kept, fieldId: number, term: string, postings: Postings): Weights {
  const known = kept.words.get(term);
  if (known) {
    kept.words.delete(term); // most recently used last
    kept.words.set(term, known);
    return known;
  }
  const { k, d } = index._options.searchOptions.bm25;
  const total = index._documentCount;
  const lengths = norms(index, kept, fieldId);
  const docs = new Int32Array(postings.size);
  const raw = new Float64Array(postings.size);
  let matching = postings.size;
  let invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  let n = 0;
  let clean = true;
  postings.forEach((termFreq, docId) => {
    const norm = lengths[docId];
    if (norm === undefined || Number.isNaN(norm)) {
      // A quote taken out since: MiniSearch forgets it here, and counts the word's quotes without it from now on.
      index.removeTerm(fieldId, docId, term);
      matching -= 1;
      invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      clean = false;
      return;
    }
    docs[n] = docId;
    raw[n++] = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + norm));
  });
  const found = { docs: docs.subarray(0, n), raw: raw.subarray(0, n) };
  if (clean && n <= KEPT_POSTINGS) {
    kept.words.set(term, found);
    kept.postings += n;
    for (const [word, { docs: held }] of kept.words) {
      if (kept.postings <= KEPT_POSTINGS) break;
      kept.words.delete(word);
      kept.postings -= held.length;
    }
  }
  return found;
}

/** The typed words as MiniSearch cuts and folds them. */
function queryTerms(index: Internals, query: string): string[] {
  const { tokenize, processTerm } = index._options;
  return tokenize(query)
    .flatMap((term) => processTerm(term))
    .filter((term): term is string => typeof term === 'string' && term !== '');
}

/** The index words one typed word matches, as `executeQuerySpec` looks them up, in its order. */
function derivedTerms(index: Internals, fieldId: number, term: string, prefix: boolean, fuzzy: number | false) {
  const { maxFuzzy, weights } = index._options.searchOptions;
  const derived: { term: string; weight: number; data: FieldData | undefined }[] = [
    { term, weight: 1, data: index._index.get(term) },
  ];
  let fuzzyMatches: Map<string, [FieldData, number]> | undefined;
  if (fuzzy) {
    const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzy)) : fuzzy;
    if (maxDistance) fuzzyMatches = index._index.fuzzyGet(term, maxDistance);
  }
  if (prefix)
    for (const [word, data] of index._index.atPrefix(term)) {
      const distance = word.length - term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(word);
      derived.push({ term: word, weight: (weights.prefix * word.length) / (word.length + 0.3 * distance), data });
    }
  if (fuzzyMatches)
    for (const [word, [data, distance]] of fuzzyMatches) {
      if (!distance) continue;
      derived.push({ term: word, weight: (weights.fuzzy * word.length) / (word.length + distance), data });
    }
  return derived.flatMap(({ term: word, weight, data }): Derived[] => {
    const postings = data?.get(fieldId);
    return postings ? [{ term: word, weight, postings }] : [];
  });
}

/**
 * One typed word's hits: each quote's summed score into `scores`, and the
 * quotes in the order they were first met into `order` (as `termResults`
 * fills its map); returns how many.
 */
function scoreWord(
  index: Internals,
  kept: Kept,
  fieldId: number,
  derived: readonly Derived[],
  boost: number,
  scores: Float64Array,
  order: Int32Array,
): number {
  const seen = new Uint8Array(scores.length);
  let count = 0;
  for (const { term, weight, postings } of derived) {
    const factor = weight * boost;
    const { docs, raw } = weights(index, kept, fieldId, term, postings);
    for (let i = 0; i < docs.length; i++) {
      const docId = docs[i] as number;
      if (seen[docId]) scores[docId] = (scores[docId] as number) + factor * (raw[i] as number);
      else {
        seen[docId] = 1;
        scores[docId] = factor * (raw[i] as number);
        order[count++] = docId;
      }
    }
  }
  return count;
}

function scan(index: Internals, kept: Kept, query: string, options: ScanOptions): Scan {
  const fieldId = index._fieldIds.text ?? 0;
  const size = index._nextId;
  const terms = queryTerms(index, query);
  const words = terms.map((term, i) => ({
    derived: derivedTerms(index, fieldId, term, options.prefix(term, i, terms), options.fuzzy(term, i, terms)),
    boost: options.boostTerm ? options.boostTerm(term, i, terms) : 1,
  }));
  let hits = new Int32Array(0);
  let count = 0;
  const scores = new Float64Array(size);
  words.forEach(({ derived, boost }, w) => {
    const wordScores = w === 0 ? scores : new Float64Array(size);
    const order = new Int32Array(size);
    const found = scoreWord(index, kept, fieldId, derived, boost, wordScores, order);
    if (w === 0) {
      hits = order;
      count = found;
      return;
    }
    // Every word required: the quotes of this word (in its order) that matched all before it, their scores added.
    const before = new Uint8Array(size);
    for (let i = 0; i < count; i++) before[hits[i] ?? 0] = 1;
    let both = 0;
    for (let i = 0; i < found; i++) {
      const docId = order[i] ?? 0;
      if (!before[docId]) continue;
      scores[docId] = (scores[docId] ?? 0) + (wordScores[docId] ?? 0);
      order[both++] = docId;
    }
    hits = order;
    count = both;
  });
  const quality = new Set(terms).size || 1;
  if (quality !== 1) for (let i = 0; i < count; i++) scores[hits[i] ?? 0] = (scores[hits[i] ?? 0] ?? 0) * quality;
  return {
    hits,
    count,
    scores,
    matchedWords: (short) => [
      ...new Set(words.flatMap(({ derived }) => derived.filter((x) => x.postings.has(short)).map((x) => x.term))),
    ],
  };
}
