/**
 * What must hold for every Article the parser returns, whatever the input:
 * used by the property tests (`npm test`, 200 cases) and the fuzz run
 * (`npm run fuzz`, 10,000). Each check throws an Error that says what is wrong
 * and where, so a shrunk counterexample reads as a bug report.
 */
import { ArticleSchema, describeFailure, slugify, validateArticle, type Article, type Span } from '@/article';
import { ArticleInputError, parseArticle, type ParseOptions } from '@/parser';

export class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** Parses, letting only ArticleInputError through as `null`; anything else thrown is rethrown (a bug). */
export function parseOrReject(text: string, options: ParseOptions): Article | null {
  try {
    return parseArticle(text, options);
  } catch (error) {
    if (error instanceof ArticleInputError) {
      if (error.message.trim() === '' || /[\r\n]/.test(error.message)) {
        fail(`ArticleInputError needs a one-line message, got ${JSON.stringify(error.message)}`);
      }
      return null;
    }
    throw error;
  }
}

/** The input as the parser should read it: no BOM, `\n` line ends. */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

type Located = { span: Span; label: string };

function spanOrder(blockIndex: Map<string, number>, span: Span): [number, number] {
  return [blockIndex.get(span.blockId) ?? -1, span.start];
}

function compareOrder(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function overlaps(a: Span, b: Span): boolean {
  return a.blockId === b.blockId && a.start < b.end && b.start < a.end;
}

function checkNumbering(ids: string[], prefix: string, field: string) {
  ids.forEach((id, i) => {
    if (id !== `${prefix}${i + 1}`)
      fail(`${field}[${i}] has id "${id}", expected "${prefix}${i + 1}" (ids number ${field} in reading order)`);
  });
}

/** Checks one parser result against the contract in `src/article/schema.ts` and the input it came from. */
export function checkArticle(article: Article, input: string, options: ParseOptions): void {
  // 1. What the app loads is what the parser wrote: the JSON round trip validates.
  const roundTrip: unknown = JSON.parse(JSON.stringify(article));
  const validated = validateArticle(roundTrip);
  if (!validated.ok)
    fail(`not a valid Article after a JSON round trip: ${describeFailure('article', validated.error)}`);
  if (!ArticleSchema.safeParse(roundTrip).success) fail('ArticleSchema rejects the JSON round trip');

  if (article.id !== options.id) fail(`id is "${article.id}", expected the given "${options.id}"`);
  if (options.published && article.published !== options.published) {
    fail(`published is ${JSON.stringify(article.published)}, expected the given "${options.published}"`);
  }

  // 2. Blocks are the source's own text, trimmed, in reading order.
  checkNumbering(
    article.blocks.map((b) => b.id),
    'b',
    'blocks',
  );
  const source = normalizeSource(input);
  if (!source.includes(article.title)) fail(`title ${JSON.stringify(article.title)} is not in the text`);
  let cursor = 0;
  article.blocks.forEach((block, i) => {
    if (block.text !== block.text.trim()) fail(`block ${block.id} is not trimmed: ${JSON.stringify(block.text)}`);
    const at = source.indexOf(block.text, cursor);
    if (at < 0) {
      const anywhere = source.indexOf(block.text);
      fail(
        anywhere < 0
          ? `block ${block.id} ${JSON.stringify(block.text.slice(0, 80))} is not in the text`
          : `block ${block.id} is out of reading order (blocks[${i}])`,
      );
    }
    cursor = at + block.text.length;
  });

  const blockText = new Map(article.blocks.map((b) => [b.id, b.text]));
  const blockIndex = new Map(article.blocks.map((b, i) => [b.id, i]));
  const slice = (span: Span) => blockText.get(span.blockId)?.slice(span.start, span.end) ?? '';

  // 3. Quotes: spans slice to the text, are trimmed, never overlap, come in reading order.
  checkNumbering(
    article.quotes.map((q) => q.id),
    'q',
    'quotes',
  );
  const quoteSpans: Located[] = [];
  let previous: [number, number] = [-1, -1];
  for (const quote of article.quotes) {
    const sliced = quote.spans.map(slice);
    if (sliced.join(' ') !== quote.text) {
      fail(`${quote.id}: text ${JSON.stringify(quote.text)} but its spans cover ${JSON.stringify(sliced.join(' '))}`);
    }
    sliced.forEach((text, s) => {
      if (text !== text.trim()) fail(`${quote.id}: span ${s} is not trimmed: ${JSON.stringify(text)}`);
    });
    quote.spans.forEach((span, s) => {
      for (const other of quoteSpans) {
        if (overlaps(span, other.span))
          fail(`${quote.id} span ${s} ${JSON.stringify(span)} overlaps ${other.label} ${JSON.stringify(other.span)}`);
      }
      quoteSpans.push({ span, label: `${quote.id} span ${s}` });
    });
    quote.spans.slice(1).forEach((span, s) => {
      if (compareOrder(spanOrder(blockIndex, quote.spans[s] ?? span), spanOrder(blockIndex, span)) >= 0) {
        fail(`${quote.id}: spans are not in reading order`);
      }
    });
    const first = quote.spans[0];
    if (first) {
      const order = spanOrder(blockIndex, first);
      if (compareOrder(previous, order) > 0) fail(`${quote.id} comes before the quote listed ahead of it`);
      previous = order;
    }

    // The cue and the speaker's words are where the quote says, and outside the quoted words.
    if (quote.cueSpan) {
      if (quote.cue === null) fail(`${quote.id}: has a cueSpan but no cue`);
      if (slice(quote.cueSpan) !== quote.cue) {
        fail(
          `${quote.id}: cue ${JSON.stringify(quote.cue)} but its cueSpan covers ${JSON.stringify(slice(quote.cueSpan))}`,
        );
      }
    }
    for (const [name, span] of [
      ['cueSpan', quote.cueSpan],
      ['sourceSpan', quote.sourceSpan],
    ] as const) {
      if (!span) continue;
      if (slice(span).trim() === '') fail(`${quote.id}: ${name} covers only blank space`);
      for (const own of quote.spans) {
        if (overlaps(span, own))
          fail(`${quote.id}: ${name} ${JSON.stringify(slice(span))} lies inside the quoted words`);
      }
    }
  }

  // 4. Speakers: ids are slugs of names, aliases add something.
  const speakerIds = new Set(article.speakers.map((s) => s.id));
  for (const speaker of article.speakers) {
    const slug = slugify(speaker.name);
    if (speaker.id !== slug && !speaker.id.startsWith(`${slug}-`))
      fail(`speaker "${speaker.name}" has id "${speaker.id}", expected "${slug}"`);
    if (speaker.aliases.includes(speaker.name)) fail(`speaker "${speaker.name}" lists its own name among its aliases`);
    if (new Set(speaker.aliases).size !== speaker.aliases.length) fail(`speaker "${speaker.name}" repeats an alias`);
  }
  for (const quote of article.quotes) {
    if (quote.speakerId !== null && !speakerIds.has(quote.speakerId))
      fail(`${quote.id}: no speaker "${quote.speakerId}"`);
  }

  // 5. Events: the span slices to the expression, in reading order.
  checkNumbering(
    article.events.map((e) => e.id),
    'e',
    'events',
  );
  previous = [-1, -1];
  for (const event of article.events) {
    if (slice(event.span) !== event.expression) {
      fail(
        `${event.id}: expression ${JSON.stringify(event.expression)} but its span covers ${JSON.stringify(slice(event.span))}`,
      );
    }
    const order = spanOrder(blockIndex, event.span);
    if (compareOrder(previous, order) > 0) fail(`${event.id} comes before the event listed ahead of it`);
    previous = order;
  }

  // 6. Claims point at quotes that exist.
  const quoteIds = new Set(article.quotes.map((q) => q.id));
  for (const claim of article.claims) {
    for (const id of claim.quoteIds) if (!quoteIds.has(id)) fail(`${claim.id}: no quote "${id}"`);
  }
}
