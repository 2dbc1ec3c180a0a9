/**
 * Scoring a set of pages against a person's judgements (`pages --judged
 * <file>`). The judgement file, kept outside the repository, holds per page
 * each judged quote's opening words, whether it is a quote at all (`right`)
 * and who said it (`speaker`: a name, several accepted spellings, or null when
 * the article names nobody):
 *
 * ```json
 * { "pages": { "bbc-1": [{ "start": "We cannot let", "right": true, "speaker": "Barack Obama" }] } }
 * ```
 *
 * A quote the parser finds is matched to the judgement whose `start` its
 * text begins with (spaces and curly quotes aside). Precision counts the
 * found quotes that have a judgement; speaker accuracy counts the right ones
 * among them. Quotes with no judgement are listed for a person to judge, as
 * lines to paste into the file; judged right quotes no longer found are
 * listed as missed.
 */
import { z } from 'zod';
import type { Article } from '@/article';

const JudgementSchema = z.object({
  start: z.string().min(1, 'a judgement needs the opening words of its quote'),
  right: z.boolean(),
  speaker: z.union([z.string(), z.array(z.string()), z.null()]),
});
const JudgedFileSchema = z.object({ pages: z.record(z.string(), z.array(JudgementSchema)) });

export type Judgement = z.infer<typeof JudgementSchema>;
export type JudgedFile = z.infer<typeof JudgedFileSchema>;

/** Reads a judgement file's JSON; throws an Error naming the field that is wrong. */
export function parseJudged(json: string, file: string): JudgedFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file} is not JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  const result = JudgedFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'not a judgement file'}`);
  }
  return result.data;
}

const norm = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** The quote's text, from its first word (a quote mark or dash before it is left out). */
const opening = (text: string) => norm(text).replace(/^[^\p{L}\p{N}]+/u, '');

/** One quote as the parser found it, with its judgement if it has one. */
type Scored = { page: string; text: string; speaker: string | null; judgement: Judgement | null };

export type JudgedScore = {
  judged: number;
  right: number;
  speakerRight: number;
  /** Found quotes with no judgement, for a person to judge. */
  unjudged: Scored[];
  /** Found quotes judged wrong, or right with the wrong speaker. */
  wrong: Scored[];
  /** Judged right quotes that no found quote matches. */
  missed: { page: string; judgement: Judgement }[];
  /** Judged pages that were not read (missing from the folder or refused). */
  absent: string[];
};

function speakerAgrees(found: string | null, judged: Judgement['speaker']): boolean {
  const accepted = judged === null ? [] : Array.isArray(judged) ? judged : [judged];
  if (accepted.length === 0) return found === null;
  return found !== null && accepted.some((name) => norm(name) === norm(found));
}

/** The longest judgement `start` the quote's text begins with, so a longer start tells two similar quotes apart. */
function judgementFor(text: string, judgements: readonly Judgement[]): Judgement | null {
  const quote = opening(text);
  let best: Judgement | null = null;
  for (const judgement of judgements) {
    const start = opening(judgement.start);
    if (quote.startsWith(start) && start.length > (best ? opening(best.start).length : 0)) best = judgement;
  }
  return best;
}

/** Scores the read pages against the judgements. */
export function scoreJudged(pages: ReadonlyMap<string, Article>, judged: JudgedFile): JudgedScore {
  const score: JudgedScore = { judged: 0, right: 0, speakerRight: 0, unjudged: [], wrong: [], missed: [], absent: [] };
  for (const [page, judgements] of Object.entries(judged.pages)) {
    const article = pages.get(page);
    if (!article) {
      score.absent.push(page);
      continue;
    }
    const names = new Map(article.speakers.map((s) => [s.id, s.name]));
    const used = new Set<Judgement>();
    for (const quote of article.quotes) {
      const speaker = quote.speakerId === null ? null : (names.get(quote.speakerId) ?? null);
      const judgement = judgementFor(quote.text, judgements);
      const scored: Scored = { page, text: quote.text, speaker, judgement };
      if (!judgement) {
        score.unjudged.push(scored);
        continue;
      }
      used.add(judgement);
      score.judged += 1;
      if (!judgement.right) {
        score.wrong.push(scored);
        continue;
      }
      score.right += 1;
      if (speakerAgrees(speaker, judgement.speaker)) score.speakerRight += 1;
      else score.wrong.push(scored);
    }
    for (const judgement of judgements)
      if (judgement.right && !used.has(judgement)) score.missed.push({ page, judgement });
  }
  return score;
}

const ratio = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${part}/${whole} = ${(part / whole).toFixed(3)}`;

const clip = (text: string, length = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
};

/** A new quote's opening words for its judgement: up to 40 characters, cut at a word's end. */
function startOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 40) return flat;
  const cut = flat.slice(0, 40);
  const space = cut.lastIndexOf(' ');
  return space > 10 ? cut.slice(0, space) : cut;
}

/** The report's lines: the two figures, then what a person should look at. */
export function judgedLines(score: JudgedScore): string[] {
  const lines = [
    `judged quotes found: ${score.judged}`,
    `quote precision: ${ratio(score.right, score.judged)}`,
    `speaker accuracy: ${ratio(score.speakerRight, score.right)} of right quotes`,
    `judged right quotes not found: ${score.missed.length}`,
    ...score.missed.map((m) => `  ${m.page}: ${clip(m.judgement.start)}`),
    `wrong (quote or speaker): ${score.wrong.length}`,
    ...score.wrong.map(
      (w) =>
        `  ${w.page}: ${clip(w.text)} | ${w.judgement?.right ? `speaker ${w.speaker ?? 'none'}, judged ${JSON.stringify(w.judgement.speaker)}` : 'not a quote'}`,
    ),
    `new quotes to judge: ${score.unjudged.length}`,
  ];
  let page = '';
  for (const quote of score.unjudged) {
    if (quote.page !== page) {
      page = quote.page;
      lines.push(`  ${page}:`);
    }
    lines.push(`    ${JSON.stringify({ start: startOf(quote.text), right: true, speaker: quote.speaker })},`);
  }
  if (score.absent.length > 0) lines.push(`judged pages not read: ${score.absent.join(', ')}`);
  return lines;
}
