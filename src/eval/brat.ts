/**
 * A reader for brat standoff annotation (`.ann` files), the format PolNeAR
 * ships its attributions in. Pure: text in, records out; no file access.
 *
 * Lines it understands (fields are tab-separated):
 * - `T1  Type 10 20;25 30  text` a text-bound entity, possibly discontinuous;
 * - `E1  Type:T4 Role:T3 Role2:T2` an event (trigger, then role:argument pairs);
 * - `R1  Type Arg1:T1 Arg2:T2` a relation;
 * - `A1  Name E1 [Value]` (or `M1`) an attribute;
 * - `#1  AnnotatorNotes T1  note` a note.
 * Offsets are kept as brat writes them: Unicode code points into the text
 * file (see `codePointOffsets` to turn them into JavaScript string indices).
 * A line that starts with none of these ids continues the text of the line
 * before it (brat writes an entity's text verbatim, newlines included).
 */

/** `[start, end)` offsets. */
export type Range = { start: number; end: number };

type BratEntity = {
  id: string;
  type: string;
  /** One range per fragment, in the order written. */
  ranges: Range[];
  /** The text brat stored (fragments joined by a space); informative only. */
  text: string;
};

type BratEvent = {
  id: string;
  type: string;
  /** The id of the trigger entity. */
  trigger: string;
  /** Role-argument pairs in the order written, e.g. `{ role: 'Content', ref: 'T3' }`. */
  args: { role: string; ref: string }[];
};

type BratRelation = { id: string; type: string; args: { role: string; ref: string }[] };
type BratAttribute = { id: string; name: string; target: string; value: string | null };
type BratNote = { id: string; type: string; target: string; text: string };

export type BratDocument = {
  entities: Map<string, BratEntity>;
  events: BratEvent[];
  relations: BratRelation[];
  attributes: BratAttribute[];
  notes: BratNote[];
  /** Lines that could not be read, as `line N: reason`. */
  problems: string[];
};

const RECORD_START = /^(?:[TERAMN]\d+|#\d*|\*)\t/;

function parseRoleArgs(fields: string[]): { role: string; ref: string }[] {
  return fields.map((field) => {
    const colon = field.indexOf(':');
    return colon < 0 ? { role: '', ref: field } : { role: field.slice(0, colon), ref: field.slice(colon + 1) };
  });
}

function parseRanges(spec: string): Range[] | null {
  const ranges: Range[] = [];
  for (const part of spec.split(';')) {
    const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(part);
    if (!match) return null;
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (end < start) return null;
    ranges.push({ start, end });
  }
  return ranges.length > 0 ? ranges : null;
}

/** Reads one `.ann` file's text. Never throws: unreadable lines go to `problems`. */
export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { entities: new Map(), events: [], relations: [], attributes: [], notes: [], problems: [] };
  let lastEntity: BratEntity | null = null;
  const lines = ann.replace(/\r\n?/g, '\n').split('\n');

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (!RECORD_START.test(line)) {
      // A continuation of a multi-line entity text, or a blank line.
      if (lastEntity && line !== '') lastEntity.text += `\n${line}`;
      return;
    }
    const [id = '', body = '', ...rest] = line.split('\t');
    const head = body.trim().split(/\s+/);
    const kind = id[0];
    if (kind !== 'T') lastEntity = null;

    if (kind === 'T') {
      const type = head[0] ?? '';
      const ranges = parseRanges(body.slice(type.length));
      if (!type || !ranges) {
        doc.problems.push(`line ${lineNo}: unreadable entity "${line.slice(0, 60)}"`);
        lastEntity = null;
        return;
      }
      lastEntity = { id, type, ranges, text: rest.join('\t') };
      doc.entities.set(id, lastEntity);
    } else if (kind === 'E') {
      const [trigger, ...args] = parseRoleArgs(head);
      if (!trigger || !trigger.role || !trigger.ref) {
        doc.problems.push(`line ${lineNo}: event without a trigger`);
        return;
      }
      doc.events.push({ id, type: trigger.role, trigger: trigger.ref, args });
    } else if (kind === 'R') {
      const [type = '', ...args] = head;
      doc.relations.push({ id, type, args: parseRoleArgs(args) });
    } else if (kind === 'A' || kind === 'M') {
      const [name = '', target = '', value] = head;
      doc.attributes.push({ id, name, target, value: value ?? null });
    } else if (kind === '#') {
      const [type = '', target = ''] = head;
      doc.notes.push({ id, type, target, text: rest.join('\t') });
    }
    // N (normalizations) and * (equivalences) carry nothing the evaluation uses.
  });
  return doc;
}

/**
 * Maps brat's code-point offsets to JavaScript (UTF-16) string indices for
 * `text`. Identity when the text has no characters outside the BMP.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return (offset) => map[Math.min(offset, map.length - 1)] ?? unit;
}
