/**
 * Gold attributions from a PolNeAR article: its brat annotation turned into
 * document-offset spans of content, cue and source.
 *
 * PolNeAR writes one event per attribution,
 * `E1  Attribution:T4 Content:T3 Cue:T2 Source:T1` (or `Attribution-no-source`
 * without a Source), sometimes with a second content entity (`Content2`). An
 * event without content is skipped, and counted.
 *
 * The parser reads the first paragraph of a text as its title, and the
 * Article contract has no place for a quote in the title; attributions whose
 * content starts in the first paragraph (up to the first blank line) are set
 * aside and counted (`inTitle`), not scored.
 */
import { codePointOffsets, type BratDocument, type Range } from './brat';
import type { TokenizedText } from './tokens';

/** `direct`: every word of the content stands inside quotation marks; `mixed`: some do; `indirect`: none. */
export type ContentKind = 'direct' | 'mixed' | 'indirect';

/**
 * `speech`: the cue is a verb or phrase of saying or writing (`said`, `told`,
 * `according to`, `tweeted`, `in a statement`, a colon or dash); `other`:
 * thought, intention, perception or evidence (`believes`, `wants`, `shows`),
 * which PolNeAR annotates as attribution too but a quote extractor may not aim at.
 */
export type CueClass = 'speech' | 'other';

const SPEECH_CUE =
  /^(?:say|said|says|saying|tell|tells|told|telling|add|adds|added|adding|according|write|writes|wrote|written|writing|tweet\w*|post\w*|announc\w*|stat(?:e|ed|es|ing|ement)|claim\w*|note[sd]?|noting|ask\w*|call(?:s|ed|ing)?|report\w*|argu\w*|explain\w*|declar\w*|insist\w*|den(?:y|ies|ied|ying)|accus\w*|warn\w*|suggest\w*|acknowledg\w*|admit\w*|repl(?:y|ies|ied|ying)|respond\w*|describ\w*|criticiz\w*|prais\w*|urg\w*|promis\w*|pledg\w*|vow\w*|predict\w*|testif\w*|repeat\w*|remark\w*|comment\w*|contend\w*|assert\w*|confirm\w*|mention\w*|recall\w*|quot\w*|speak\w*|spoke|talk\w*|interview\w*|conced\w*|complain\w*|joked?|joking|boast\w*|charg\w*|blam\w*|attack\w*|slamm?\w*|blast\w*|ridicul\w*|mock\w*|demand\w*|agree\w*|disagree\w*|dismiss\w*|reject\w*|emphasi[sz]\w*|stress\w*|wonder\w*|questioned|releas\w*|email\w*|messag\w*|address\w*|reiterat\w*|observ\w*|point\w*|tout\w*|reveal\w*|disclos\w*|proclaim\w*|exclaim\w*|shout\w*|yell\w*|cit(?:e|ed|es|ing)|head(?:line|lined)|continu\w*|reads?|defend\w*|assur\w*|express\w*|denounc\w*|condemn\w*|discuss\w*)$/;

export function cueClass(cue: string): CueClass {
  const trimmed = cue.trim();
  if (trimmed === '') return 'other';
  if (/^[:―—–-]+$/.test(trimmed)) return 'speech';
  const words = cue.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => SPEECH_CUE.test(w)) ? 'speech' : 'other';
}

export type GoldAttribution = {
  /** The brat event id, `E1`. */
  id: string;
  /** Content ranges in JavaScript string offsets of the document, ascending. */
  content: Range[];
  cue: Range[];
  /** Empty when the attribution has no source in the text. */
  source: Range[];
  kind: ContentKind;
  cueClass: CueClass;
};

type GoldDocument = {
  attributions: GoldAttribution[];
  /** Events that had no content entity. */
  skipped: number;
  /** Attributions whose content starts in the title paragraph. */
  inTitle: number;
};

/** Where the body starts: after the first paragraph (the title) and the blank line after it. */
export function bodyStart(text: string): number {
  const match = /\S[\s\S]*?\n[ \t]*\n\s*/.exec(text);
  return match ? match.index + match[0].length : text.length;
}

function rangesOf(doc: BratDocument, refs: string[], toUtf16: (offset: number) => number): Range[] {
  return refs
    .flatMap((ref) => doc.entities.get(ref)?.ranges ?? [])
    .map(({ start, end }) => ({ start: toUtf16(start), end: toUtf16(end) }))
    .sort((a, b) => a.start - b.start);
}

export function contentKind(text: TokenizedText, ids: readonly number[]): ContentKind {
  const quoted = text.quotedCount(ids);
  if (ids.length > 0 && quoted === ids.length) return 'direct';
  return quoted > 0 ? 'mixed' : 'indirect';
}

export function goldAttributions(doc: BratDocument, text: TokenizedText): GoldDocument {
  const toUtf16 = codePointOffsets(text.text);
  const attributions: GoldAttribution[] = [];
  let skipped = 0;
  let inTitle = 0;
  const body = bodyStart(text.text);
  for (const event of doc.events) {
    if (!event.type.startsWith('Attribution')) continue;
    const refs = (pattern: RegExp) => event.args.filter((arg) => pattern.test(arg.role)).map((arg) => arg.ref);
    const content = rangesOf(doc, refs(/^Content\d*$/), toUtf16);
    if (content.length === 0) {
      skipped += 1;
      continue;
    }
    if ((content[0]?.start ?? 0) < body) {
      inTitle += 1;
      continue;
    }
    const cue = rangesOf(doc, refs(/^Cue\d*$/), toUtf16);
    attributions.push({
      id: event.id,
      content,
      cue,
      source: rangesOf(doc, refs(/^Source\d*$/), toUtf16),
      kind: contentKind(text, text.contentTokenIds(content)),
      cueClass: cueClass(text.slice(cue)),
    });
  }
  attributions.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  return { attributions, skipped, inTitle };
}

/**
 * PolNeAR names an annotation `<article>_<annotator>.ann`. Most articles have
 * one annotator; the few that several annotated are scored against one of
 * them: the annotator whose id sorts first (`4b22` < `4e07` < `5fec` < `6b86`
 * < `d473` < `ef2d`). Returns, per article name, the chosen `.ann` file name.
 */
export function chooseAnnotations(annFiles: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const file of [...annFiles].sort()) {
    const match = /^(.*)_([0-9a-z]+)\.ann$/.exec(file);
    if (!match?.[1]) continue;
    if (!chosen.has(match[1])) chosen.set(match[1], file);
  }
  return chosen;
}
