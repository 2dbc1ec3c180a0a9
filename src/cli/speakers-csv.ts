/**
 * The speakers report of folder mode: one row per speaker id across all
 * articles, with how many quotes and how many articles they appear in.
 */
import type { SpeakerTally } from './file-result';

export type SpeakerRow = {
  id: string;
  name: string;
  role: string | null;
  kind: string;
  quotes: number;
  articles: number;
};

/** Merges the speakers of many articles by id; the longest name and the first role given win. */
export function mergeSpeakers(perArticle: readonly (readonly SpeakerTally[])[]): SpeakerRow[] {
  const rows = new Map<string, SpeakerRow>();
  for (const speakers of perArticle) {
    const seen = new Set<string>();
    for (const speaker of speakers) {
      const row = rows.get(speaker.id);
      if (!row) {
        rows.set(speaker.id, { ...speaker, articles: 1 });
        seen.add(speaker.id);
        continue;
      }
      if (speaker.name.length > row.name.length) row.name = speaker.name;
      row.role ??= speaker.role;
      row.quotes += speaker.quotes;
      if (!seen.has(speaker.id)) row.articles += 1;
      seen.add(speaker.id);
    }
  }
  return [...rows.values()].sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.id.localeCompare(b.id));
}

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function speakersCsv(rows: readonly SpeakerRow[]): string {
  const lines = ['id,name,role,kind,quotes,articles'];
  for (const row of rows) {
    lines.push([row.id, row.name, row.role, row.kind, row.quotes, row.articles].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
