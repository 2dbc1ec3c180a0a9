/**
 * The subject of a whole clause, read from where the clause starts rather than
 * back from the verb: the main clause a participle continues (`X fired back,
 * calling …`) and, as a last resort, a long subject (`Those over 60 say`,
 * `About 9 percent said`).
 */
import {
  APPOSITIVE_OPENERS,
  ARTICLES,
  ASIDE_OPENERS,
  CLAUSE_JOINS,
  FRONTED_PREPOSITIONS,
  GROUP_NOUNS,
  IRREGULAR_PAST,
  NOT_IN_LONG_SUBJECT,
  NOT_SUBJECT_START,
  QUANTITY_WORDS,
  TIME_WORDS,
} from '../lexicon';
import { isTitle, textOf, type Mention } from './mentions';
import { describedMention, describedSubject, opensVerbPhrase, subjectBefore } from './mentions-described';
import { speakerBefore, subjectEnd } from './mentions-named';
import { isCapitalized, isWord, type Token } from '../text';

/**
 * The subject of the main clause that a participle after `comma` continues:
 * `Transportation director Chris Warner denied that, saying …`, `Chuck Schumer
 * fired back, calling …`. The subject opens the sentence (from `min`) and
 * stands right before a verb in the past or present tense.
 */
export function mainSubject(tokens: Token[], comma: number, min: number, source: string, base: number): Mention | null {
  const found = subjectFrom(tokens, comma, min, source, base);
  if (
    found ||
    (!FRONTED_PREPOSITIONS.has(tokens[min]?.lower ?? '') &&
      !/^(?:\p{L}+ing|\p{L}+ly|in|on|at|after|before|during|speaking|since|while|when|with|however|meanwhile|instead|still|later|then|now|finally|likewise|beyond|amid|absent|alongside|just)$/iu.test(
        tokens[min]?.text ?? '',
      ))
  )
    return found;
  // `Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling …`, `However, he held his fire …`,
  // `Ultimately, Mr. Yanukovych disregarded …`, `Beyond the footage, the affidavit cited …`: past an opening phrase.
  let tries = 0;
  for (let k = min + 1; k < comma && tries < 3; k++) {
    if (tokens[k]?.text !== ',') continue;
    tries++;
    const subject = subjectFrom(tokens, comma, k + 1, source, base);
    if (subject) return subject;
  }
  return null;
}

function subjectFrom(tokens: Token[], comma: number, min: number, source: string, base: number): Mention | null {
  for (let k = min + 1; k < comma && k < min + 24; k++) {
    const t = tokens[k] as Token;
    // `Ed Rendell, a Clinton supporter, praised …`: an appositive between the subject and its verb.
    if (t.text === ',') continue;
    if (!isWord(t)) return null;
    const verbLike =
      /\p{Ll}ed$/u.test(t.text) ||
      IRREGULAR_PAST.has(t.lower) ||
      /^(?:has|had|is|was|are|were)$/.test(t.text) ||
      (/\p{Ll}s$/u.test(t.text) && !GROUP_NOUNS.has(t.lower) && isCapitalized(tokens[k - 1]));
    if (isCapitalized(t) || isTitle(t) || !verbLike) continue;
    // A described subject (`The spokesman refused …, adding: "…"`) continues as well as a named one.
    const subject = subjectBefore(tokens, k, min, source, base);
    if (
      (subject && subject.start === (tokens[min] as Token).start) ||
      (subject && ARTICLES.has(tokens[min]?.lower ?? '') && subject.start === tokens[min + 1]?.start)
    )
      return subject;
    return null;
  }
  return null;
}

/**
 * The last resort for a speech verb whose clause plainly follows: the whole
 * subject of the sentence, when no shorter rule reads it.
 *   `Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said`
 *   `proponents of more controls on hate speech here say`, `Those over 60 say`
 * The subject runs from the start of the clause (the sentence, or after a
 * leading `But`, `On Sunday,`) to the verb and holds no finite verb of its own
 * outside an appositive set off by commas. The speaker is the noun phrase that
 * opens it; the source span is the whole subject.
 */
export function clauseSubject(
  tokens: Token[],
  verb: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  const end = subjectEnd(tokens, verb, min);
  if (end < min || !tokens[end]) return null;
  // `Murphy — after a knock-on-wood gesture — told me`: an aside between dashes; the subject stands before it.
  if (/^[—–]$/.test(tokens[end]?.text ?? '')) {
    for (let open = end - 2; open > min && open >= end - 15; open--) {
      if (tokens[open]?.text !== tokens[end]?.text) continue;
      return speakerBefore(tokens, open, min, source, base) ?? describedSubject(tokens, open, min, source, base);
    }
    return null;
  }
  // With an appositive: the subject is the phrase before the comma that opens it.
  if (tokens[end]?.text === ',') {
    const opens: number[] = [];
    for (let open = end - 1; open >= min && open > end - 40; open--) {
      const opener = tokens[open + 1];
      // `Sen. Jack Reed (D-R.I.), said`: a parenthesis after the name; `about two-thirds, 67 percent, say`: a figure.
      const parenthesis = tokens[open]?.text === '(' && tokens[end - 1]?.text === ')';
      // `Michael Mulgrew, president of the union, said`: a role word opens an appositive too.
      const role = opener !== undefined && isTitle(opener);
      if (
        parenthesis ||
        (tokens[open]?.text === ',' &&
          (APPOSITIVE_OPENERS.has(opener?.lower ?? '') ||
            ASIDE_OPENERS.has(opener?.lower ?? '') ||
            role ||
            isCapitalized(opener) ||
            /^\d/.test(opener?.text ?? '')))
      )
        opens.push(open);
    }
    // `Mulgrew, president of the union, which represents teachers, said`: a name before any appositive beats a description in one.
    for (const open of opens) {
      const named = speakerBefore(tokens, open, min, source, base);
      if (named) return named;
    }
    for (const open of opens) {
      const head =
        describedSubject(tokens, open, min, source, base) ?? longSubject(tokens, open - 1, min, source, base);
      if (head) return head;
    }
    return null;
  }
  return longSubject(tokens, end, min, source, base);
}

/** A described subject of up to 25 words ending at token `end` and starting its clause. */
function longSubject(tokens: Token[], end: number, min: number, source: string, base: number): Mention | null {
  let start = end;
  let dashed = false;
  while (start - 1 >= min && end - start < 25) {
    const t = tokens[start - 1] as Token;
    if (!isWord(t) && !/^[-'’]$/.test(t.text)) break;
    // `More than six in 10 said`: `than` inside a count.
    const count = t.lower === 'than' && /^(?:more|fewer|less)$/.test(tokens[start - 2]?.lower ?? '');
    if ((NOT_IN_LONG_SUBJECT.has(t.lower) && !count) || (CLAUSE_JOINS.has(t.lower) && t.lower !== 'and')) break;
    // `… than Mr. Trump - 60 percent of voters said`: a dash set off by spaces ends the writer's clause before it.
    dashed = /\s[-–—]+\s/.test(source.slice(t.end - base, (tokens[start] as Token).start - base));
    if (dashed) break;
    start--;
  }
  // Only at the start of the clause: after the sentence start, a comma, a dash, or a word that joins clauses.
  const before = tokens[start - 1];
  if (!dashed && before && start - 1 >= min && isWord(before) && !CLAUSE_JOINS.has(before.lower)) return null;
  while (start < end && /^(?:and|but|even|so|yet)$/.test(tokens[start]?.lower ?? '')) start++;
  const first = tokens[start] as Token;
  // `About 9 percent said`, `about half of Democratic voters said`: a share of people polled.
  const quantity = isQuantity(tokens, start);
  if (
    !quantity &&
    ((start === end && !isCapitalized(first)) ||
      NOT_SUBJECT_START.has(first.lower) ||
      /^(?:it|this|that|there|what)$/.test(first.lower))
  )
    return null;
  // `…, combed through the filings and found …`, `going on to say …`: a verb phrase, not a subject.
  if (opensVerbPhrase(first)) return null;
  // The speaker is the noun phrase that opens the subject: up to a participle, a relative word or a preposition after its head.
  let headEnd = start;
  while (headEnd + 1 <= end && headEnd - start < 8) {
    const next = tokens[headEnd + 1] as Token;
    // `A Monmouth poll out Monday`, `exit polls conducted by …`: the head ends before a particle, a time or a participle.
    if (
      !isWord(next) ||
      /^(?:who|clamoring|like|including|such|out|in|on|at|from|by|with|for|this|last|conducted|released|published|taken)$/.test(
        next.lower,
      ) ||
      TIME_WORDS.has(next.lower) ||
      (/^\p{Ll}{3,}(?:ing|ed)$/u.test(next.text) && (headEnd > start || /[^s]s$/.test(first.lower)))
    )
      break;
    headEnd++;
  }
  const last = tokens[end] as Token;
  // `Many said`, `Others say`: a share is a group by its own words, though they are all determiners.
  if (quantity)
    return {
      kind: 'group',
      name: textOf(source, base, first, last),
      role: null,
      gender: 'plural',
      start: first.start,
      end: last.end,
    };
  const mention = describedMention(tokens.slice(start, headEnd + 1), source, base);
  return mention ? { ...mention, start: first.start, end: last.end } : null;
}

/** `22 percent`, `About three in 10`, `about half of`, `all but two`: a count or share at token `k`. */
export function isQuantity(tokens: Token[], k: number): boolean {
  // `two-thirds`, `three-quarters`: a fraction in words counts too.
  const number = (t: Token | undefined) =>
    t !== undefined &&
    (/^\d/.test(t.text) ||
      QUANTITY_WORDS.has(t.lower) ||
      /^(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)$/.test(t.lower));
  // `Just over a quarter`, `more than half`: up to two modifiers, and an article before a fraction.
  let at = k;
  while (
    at < k + 2 &&
    /^(?:about|nearly|almost|roughly|over|under|just|only|more|fewer|less|than|shy|of|at|least)$/.test(
      tokens[at]?.lower ?? '',
    )
  )
    at++;
  if (
    /^(?:a|an)$/.test(tokens[at]?.lower ?? '') &&
    /^(?:third|quarter|half|majority|fifth|few)$/.test(tokens[at + 1]?.lower ?? '')
  )
    return true;
  return number(tokens[at]);
}
