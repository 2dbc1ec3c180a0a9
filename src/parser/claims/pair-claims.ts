/**
 * Claims and the denials that answer them.
 *
 * A quote is a denial when
 *  - its cue is a denial verb (denied, rejected, dismissed, disputed, refuted);
 *  - its speaker characterises a statement dismissively (`called the Russian
 *    statement "rubbish."`, a statement noun next to a word like false or
 *    nonsense);
 *  - or it restates an earlier assertion by someone else in the negative
 *    (`said the U.S. military is not providing targeting information`): a
 *    negation plus at least two content words shared with that assertion.
 * A quote is a claim when a denial answers it, or when its cue marks it as
 * contested (claimed, alleged, accused). Plain said-clauses nobody answers are
 * not claims: a claims view of every sentence would hide the disagreements.
 *
 * Pairing: among earlier quotes by other speakers, the one the denial refers
 * to (`the Russian assertion` names the speaker Russian Ministry of Defense),
 * else the one sharing most content words, the nearest on a tie.
 */
import type { Claim, Quote, Speaker } from '@/article';
import {
  CHARACTERISING_VERBS,
  CONTESTED_VERBS,
  CUE_VERBS,
  DENIAL_VERBS,
  DISMISSIVE_WORDS,
  STATEMENT_NOUNS,
  STOP_WORDS,
} from '../lexicon';

export type ClaimInput = {
  quote: Quote;
  /** Reading-order rank of the quote. */
  rank: number;
  /** The words from the cue up to the quote or the end of its clause (`called the Russian statement`). */
  attribution: string;
};

const NEGATION = /\b(?:not|never|no|nothing|neither|nor)\b|n[’']t\b/i;

const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/, '').slice(0, 6);

const stemCache = new Map<string, Set<string>>();

/** Content-word stems of a quote's text, computed once per parse (the cache is cleared by pairClaims). */
function quoteStems(text: string): Set<string> {
  let stems = stemCache.get(text);
  if (!stems) {
    stems = contentStems(text);
    stemCache.set(text, stems);
  }
  return stems;
}

function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0].replace(/['’]s$/, '');
    if (word.length >= 3 && !STOP_WORDS.has(word) && !CUE_VERBS.has(word)) out.add(stem(word));
  }
  return out;
}

/** Modifiers of a statement noun in the words: `the Russian assertion` -> {russia}; `Moscow's claims` -> {moscow}. */
function referenceStems(words: string): Set<string> {
  const out = new Set<string>();
  const tokens = words.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  tokens.forEach((word, i) => {
    if (!STATEMENT_NOUNS.has(word)) return;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const modifier = (tokens[k] as string).replace(/['’]s$/, '');
      if (modifier === 'the' || modifier === 'a' || modifier === 'an' || modifier === 'this' || modifier === 'that')
        break;
      if (modifier.length >= 3) out.add(stem(modifier).slice(0, 5));
    }
  });
  return out;
}

/** One test for "a word of `words` stands in the (lower-cased) text as a whole word", instead of splitting the text into words. */
function wholeWordPattern(words: ReadonlySet<string>): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'u');
}
const STATEMENT_NOUN = wholeWordPattern(STATEMENT_NOUNS);
const DISMISSIVE_WORD = wholeWordPattern(DISMISSIVE_WORDS);

/** `lower`: the text in lower case. */
function hasStatementNoun(lower: string): boolean {
  return STATEMENT_NOUN.test(lower);
}

/** `lower`: the text in lower case. */
function isDismissive(lower: string): boolean {
  return DISMISSIVE_WORD.test(lower) || /\bnot true\b/.test(lower);
}

/** A denial verb whose object points back: `denied that,`, `rejected this.`, `disputed that characterisation`. */
const ANAPHORIC = /^\p{L}+\s+(?:that|this|it|these|those)(?:\s*[,.;]|\s+\p{L}+\s*(?:[,.;]|$)|$)/u;

type DenialKind = 'verb' | 'characterisation' | 'negation';

function denialKind(input: ClaimInput): DenialKind | null {
  const cue = input.quote.cue?.toLowerCase() ?? '';
  if (DENIAL_VERBS.has(cue)) return 'verb';
  const lower = input.quote.text.toLowerCase();
  if (
    isDismissive(lower) &&
    (CHARACTERISING_VERBS.has(cue) || hasStatementNoun(input.attribution.toLowerCase()) || hasStatementNoun(lower))
  ) {
    return 'characterisation';
  }
  if (NEGATION.test(input.quote.text)) return 'negation';
  return null;
}

function nearestAnswerable(
  sorted: readonly ClaimInput[],
  i: number,
  speakerId: string | null,
  denials: ReadonlyMap<string, unknown>,
): string | null {
  let nearest: string | null = null;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const other = (sorted[k] as ClaimInput).quote;
    if (!other.speakerId || other.speakerId === speakerId || denials.has(other.id)) continue;
    if (CONTESTED_VERBS.has(other.cue?.toLowerCase() ?? '')) return other.id;
    nearest ??= other.id;
  }
  return nearest;
}

/** The nearest earlier statement by another speaker that is not itself a denial: what `that` points back at. */
function nearestStatement(
  sorted: readonly ClaimInput[],
  i: number,
  speakerId: string | null,
  denials: ReadonlyMap<string, unknown>,
): string | null {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const other = (sorted[k] as ClaimInput).quote;
    if (other.speakerId && other.speakerId !== speakerId && !denials.has(other.id)) return other.id;
  }
  return null;
}

export function pairClaims(inputs: readonly ClaimInput[], speakers: readonly Speaker[]): Claim[] {
  const speakerStems = new Map(
    speakers.map((s) => [
      s.id,
      new Set(
        [s.name, ...s.aliases].flatMap((n) => n.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => stem(w).slice(0, 5)),
      ),
    ]),
  );
  stemCache.clear();
  const sorted = [...inputs].sort((a, b) => a.rank - b.rank);
  const denials = new Map<string, { kind: DenialKind; respondsTo: string | null }>();
  const contested = new Set<string>();

  sorted.forEach((input, i) => {
    const { quote } = input;
    if (CONTESTED_VERBS.has(quote.cue?.toLowerCase() ?? '')) contested.add(quote.id);
    const kind = quote.speakerId ? denialKind(input) : null;
    if (!kind) return;
    const references = [...referenceStems(`${input.attribution} ${quote.text}`)];
    // The attribution's stems and the quote's (cached: the quote may be a candidate later).
    const words = [...new Set([...contentStems(input.attribution), ...quoteStems(quote.text)])];
    let best: { id: string; score: number; shared: number } | null = null;
    // The highest score any candidate can reach; once the nearest reaches it, none further away can beat it.
    const ceiling = (references.length > 0 ? 3 : 0) + Math.min(words.length, 3);
    for (let k = i - 1; k >= 0 && k >= i - 60 && !(best && best.score >= ceiling); k--) {
      const candidate = sorted[k] as ClaimInput;
      const other = candidate.quote;
      if (!other.speakerId || other.speakerId === quote.speakerId || denials.has(other.id)) continue;
      const names = speakerStems.get(other.speakerId);
      let refers = false;
      if (names) for (const r of references) if (names.has(r)) refers = true;
      const candidateWords = quoteStems(other.text);
      let shared = 0;
      for (const w of words) if (candidateWords.has(w)) shared++;
      const score = (refers ? 3 : 0) + Math.min(shared, 3);
      if (!best || score > best.score) best = { id: other.id, score, shared };
    }
    // `denied that, saying …`, `rejected that characterisation`: the denial points back at the statement just before.
    const anaphoric = kind !== 'negation' && ANAPHORIC.test(`${input.attribution} ${quote.text}`.toLowerCase());
    let answered = anaphoric ? nearestStatement(sorted, i, quote.speakerId, denials) : null;
    answered ??= best && (kind === 'negation' ? best.shared >= 2 : best.score >= 1) ? best.id : null;
    // `rejected the accusation`: a statement noun and nothing more specific. Answer the nearest contested claim, else the nearest statement.
    if (!answered && kind !== 'negation' && hasStatementNoun(`${input.attribution} ${quote.text}`.toLowerCase()))
      answered = nearestAnswerable(sorted, i, quote.speakerId, denials);
    if (kind === 'negation' && !answered) return;
    denials.set(quote.id, { kind, respondsTo: answered });
  });

  const claimed = new Set<string>([...contested]);
  for (const denial of denials.values()) if (denial.respondsTo) claimed.add(denial.respondsTo);
  const claimIds = new Map<string, string>();
  const claims: Claim[] = [];
  for (const input of sorted) {
    const id = input.quote.id;
    const denial = denials.get(id);
    if (!denial && !claimed.has(id)) continue;
    const claimId = `c${claims.length + 1}`;
    if (!denial) claimIds.set(id, claimId);
    const text =
      denial?.kind === 'characterisation' && input.attribution
        ? `${input.attribution} "${input.quote.text}"`
        : input.quote.text;
    claims.push({
      id: claimId,
      speakerId: input.quote.speakerId,
      stance: denial ? 'denial' : 'claim',
      text,
      quoteIds: [id],
      respondsTo: denial?.respondsTo ?? null,
    });
  }
  // Denials come after what they answer, so every claim id is known by now.
  stemCache.clear();
  return claims.map((claim) => {
    const respondsTo = denials.get(claim.quoteIds[0] ?? '')?.respondsTo;
    return claim.stance === 'denial'
      ? { ...claim, respondsTo: respondsTo ? (claimIds.get(respondsTo) ?? null) : null }
      : claim;
  });
}
