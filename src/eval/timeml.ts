/**
 * A TimeML (.tml) document as TempEval-3 distributes it: the text inside
 * `<TEXT>` with its tags removed, the creation date from `<DCT>`, and each
 * TIMEX3 with its place in that text, type and value. Entities are decoded,
 * so offsets count the characters a reader sees.
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type GoldTimex = {
  tid: string;
  /** Offsets in `text`: `text.slice(start, end)` is the expression. */
  start: number;
  end: number;
  type: TimexType;
  value: string;
};

export type TimemlDocument = {
  id: string;
  /** The creation date as `YYYY-MM-DD`, or null when the DCT has none. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
};

export class TimemlError extends Error {
  override name = 'TimemlError';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2] ?? '') : null;
}

const TYPES = new Set<string>(['DATE', 'TIME', 'DURATION', 'SET']);

/** The creation date in the DCT's TIMEX3 value (`1998-01-08`, `19980108`, `1998-01-08T10:00`). */
function creationDate(xml: string): string | null {
  const dct = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml)?.[1];
  if (!dct) return null;
  const value = attribute(dct, 'value') ?? '';
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Reads one .tml file; `name` (the file's name) is used in errors and as the id when it has no DOCID. */
export function parseTimeml(xml: string, name: string): TimemlDocument {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) throw new TimemlError(`${name}: no <TEXT> element`);
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] || name.replace(/\.tml$/, '');
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  let openTimex: Omit<GoldTimex, 'end'> | null = null;
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(#?[A-Za-z0-9]+);|[^<&]+|[<&]/g;
  for (let match = token.exec(body); match; match = token.exec(body)) {
    const [whole, slash, tagName, attributes = '', entity] = match;
    if (tagName === undefined) {
      text += entity === undefined ? whole : decodeEntity(entity);
      continue;
    }
    if (tagName !== 'TIMEX3') continue;
    if (slash) {
      if (!openTimex) throw new TimemlError(`${name}: </TIMEX3> without an opening tag at ${match.index}`);
      timexes.push({ ...openTimex, end: text.length });
      openTimex = null;
      continue;
    }
    const type = attribute(attributes, 'type') ?? '';
    if (!TYPES.has(type)) throw new TimemlError(`${name}: TIMEX3 with type "${type}" at ${match.index}`);
    const timex = {
      tid: attribute(attributes, 'tid') ?? `t${timexes.length}`,
      start: text.length,
      type: type as TimexType,
      value: attribute(attributes, 'value') ?? '',
    };
    if (attributes.trimEnd().endsWith('/')) continue; // an empty (non-consuming) TIMEX3 covers no words
    if (openTimex) throw new TimemlError(`${name}: nested TIMEX3 at ${match.index}`);
    openTimex = timex;
  }
  if (openTimex) throw new TimemlError(`${name}: TIMEX3 "${openTimex.tid}" is never closed`);
  return { id, dct: creationDate(xml), text, timexes };
}
