/**
 * The cross-article speaker index: every speaker of every article, grouped
 * into one entry per person (or organisation) by name form and aliases,
 * then the reader's own merge and split choices applied on top.
 *
 * Automatic grouping:
 * 1. Speakers whose names reduce to the same form (`names.ts`) are one entry.
 * 2. A full-name alias joins its speaker's form (the article says they are one).
 * 3. A surname alone (`Spicer`) joins the one entry whose full name ends in it,
 *    and only when exactly one does; otherwise it stays on its own.
 */
import { slugify, type ArticleDigest, type SpeakerKind } from '@/article';
import { nameForm } from './names';
import type { Override } from './overrides';

/** One speaker of one article. */
type SpeakerRef = { articleId: string; speakerId: string };

/** A name form in the index, with every speaker that goes by it. */
type PersonForm = {
  /** The comparison key, `sean spicer`; what merge and split choices name. */
  key: string;
  /** The name as written, `Sean Spicer`. */
  name: string;
  /** The speakers (one per article at most, usually) with this form. */
  refs: SpeakerRef[];
};

/** One person (or organisation, or group) across the library. */
export type PersonEntry = {
  /** Slug of `name`, unique in the index: `sean-spicer`. */
  id: string;
  /** The fullest, most used name: `Sean Spicer`. */
  name: string;
  /** The most used description (`White House press secretary`), or null. */
  role: string | null;
  kind: SpeakerKind;
  /** Every name form in the entry, most used first; more than one means it can be split. */
  forms: PersonForm[];
  /** Every speaker of every article that is this entry. */
  refs: SpeakerRef[];
  /** Quotes by this entry across all articles. */
  quoteCount: number;
  /** Articles this entry speaks in, by id. */
  articleIds: string[];
  /** The earliest and latest published date (`YYYY-MM-DD`) of those articles; null when none is dated. */
  first: string | null;
  last: string | null;
  /** Slugs of every form's name, so a link to an entry that was merged away still finds it. */
  formIds: string[];
};

export type PeopleIndex = {
  /** Entries ordered by number of quotes, then name. */
  entries: PersonEntry[];
  /** The entry a speaker of an article belongs to. */
  entryOf: (articleId: string, speakerId: string) => PersonEntry | undefined;
  /** An entry by its id, or by the slug of one of its forms (for links made before a merge). */
  find: (id: string) => PersonEntry | undefined;
};

const refKey = (ref: SpeakerRef) => `${ref.articleId}\u0000${ref.speakerId}`;

/** The calendar date of a published date-time. */
export const publishedDay = (published: string | null) => (published ? published.slice(0, 10) : null);

type FormInfo = PersonForm & { kind: SpeakerKind; surname: string | null; single: boolean };

/** Union-find over form keys. */
export function unionFind() {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = key;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  };
  return { find, union };
}

function collectForms(articles: readonly ArticleDigest[]) {
  const forms = new Map<string, FormInfo>();
  const { find, union } = unionFind();
  for (const article of articles) {
    for (const speaker of article.speakers) {
      const form = nameForm(speaker.name, speaker.kind);
      const ref = { articleId: article.id, speakerId: speaker.id };
      const known = forms.get(form.key);
      if (known) known.refs.push(ref);
      else forms.set(form.key, { ...form, name: form.display, refs: [ref], kind: speaker.kind });
      find(form.key);
      for (const alias of speaker.aliases) {
        const other = nameForm(alias, speaker.kind);
        // A surname alias says nothing beyond this article; a full-name alias names the same person.
        if (!other.single && other.key !== form.key) union(form.key, other.key);
      }
    }
  }
  // A surname alone joins the one entry whose full name ends in it.
  const full = [...forms.values()].filter((form) => form.kind === 'person' && !form.single);
  for (const form of forms.values()) {
    if (form.kind !== 'person' || !form.single) continue;
    const roots = new Set(full.filter((other) => other.surname === form.key).map((other) => find(other.key)));
    const [only] = roots;
    if (roots.size === 1 && only !== undefined) union(form.key, only);
  }
  return { forms, find };
}

/** A partition of form keys (form key -> group number) and, for merged groups, the form whose name leads. */
export type Partition = { groups: Map<string, number>; leads: Map<number, string> };

/**
 * Applies merge and split choices in order to a partition. A merge keeps
 * the first entry's name (the page the reader merged from); splitting off
 * the leading form lets the rest choose their name again.
 */
export function applyOverrides(groups: Map<string, number>, overrides: readonly Override[]): Partition {
  const result = new Map(groups);
  const leads = new Map<number, string>();
  let next = Math.max(-1, ...result.values()) + 1;
  const lead = (group: number) => leads.get(group) ?? null;
  for (const override of overrides) {
    if (override.op === 'merge') {
      const a = result.get(override.a);
      const b = result.get(override.b);
      if (a === undefined || b === undefined || a === b) continue;
      for (const [key, group] of result) if (group === b) result.set(key, a);
      leads.delete(b);
      leads.set(a, lead(a) ?? override.a);
    } else {
      const group = result.get(override.key);
      if (group === undefined) continue;
      const size = [...result.values()].filter((g) => g === group).length;
      if (size < 2) continue;
      result.set(override.key, next++);
      if (lead(group) === override.key) leads.delete(group);
    }
  }
  return { groups: result, leads };
}

function mostUsed<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** An entry before it has an id: what ordering and naming need. */
type DraftEntry = { name: string; quoteCount: number; forms: readonly { key: string }[] };

/**
 * Entries most quoted first (then by name, then by first form, so the order is
 * stable), each given an id from its name, numbered when two names slug alike.
 */
export function withEntryIds<T extends DraftEntry>(draft: T[]): (T & { id: string })[] {
  draft.sort(
    (a, b) =>
      b.quoteCount - a.quoteCount ||
      a.name.localeCompare(b.name) ||
      (a.forms[0]?.key ?? '').localeCompare(b.forms[0]?.key ?? ''),
  );
  const taken = new Set<string>();
  return draft.map((entry) => {
    const base = slugify(entry.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, ...entry };
  });
}

/** Builds the index from every article in the library and the stored merge/split choices. */
export function buildPeopleIndex(articles: readonly ArticleDigest[], overrides: readonly Override[] = []): PeopleIndex {
  const { forms, find } = collectForms(articles);
  const byId = new Map(articles.map((article) => [article.id, article]));

  const roots = new Map<string, number>();
  const automatic = new Map<string, number>();
  for (const key of [...forms.keys()].sort()) {
    const root = find(key);
    if (!roots.has(root)) roots.set(root, roots.size);
    automatic.set(key, roots.get(root) ?? 0);
  }
  const partition = applyOverrides(automatic, overrides);

  const members = new Map<number, FormInfo[]>();
  for (const [key, group] of partition.groups) {
    const form = forms.get(key);
    if (form) members.set(group, [...(members.get(group) ?? []), form]);
  }

  const draft = [...members].map(([number, group]) => {
    const lead = partition.leads.get(number);
    const ordered = [...group].sort(
      (a, b) =>
        Number(b.key === lead) - Number(a.key === lead) ||
        Number(a.single) - Number(b.single) ||
        b.refs.length - a.refs.length ||
        b.name.length - a.name.length ||
        a.key.localeCompare(b.key),
    );
    const best = ordered[0] as FormInfo;
    const refs = ordered.flatMap((form) => form.refs);
    const speakers = refs.flatMap((ref) => {
      const speaker = byId.get(ref.articleId)?.speakers.find((s) => s.id === ref.speakerId);
      return speaker ? [speaker] : [];
    });
    const ids = new Set(refs.map(refKey));
    const articleIds = [...new Set(refs.map((ref) => ref.articleId))];
    const quoteCount = articleIds.reduce(
      (sum, articleId) =>
        sum +
        (byId
          .get(articleId)
          ?.quotes.filter((q) => q.speakerId !== null && ids.has(refKey({ articleId, speakerId: q.speakerId })))
          .length ?? 0),
      0,
    );
    const days = articleIds
      .map((articleId) => publishedDay(byId.get(articleId)?.published ?? null))
      .filter((day): day is string => day !== null)
      .sort();
    return {
      name: best.name,
      role: mostUsed(speakers.map((s) => s.role).filter((role): role is string => role !== null)) ?? null,
      kind: best.kind,
      forms: ordered.map(({ key, name, refs: formRefs }) => ({ key, name, refs: formRefs })),
      refs,
      quoteCount,
      articleIds,
      first: days[0] ?? null,
      last: days[days.length - 1] ?? null,
      formIds: [...new Set(ordered.map((form) => slugify(form.name)))],
    };
  });

  const entries: PersonEntry[] = withEntryIds(draft);

  const byRef = new Map<string, PersonEntry>();
  for (const entry of entries) for (const ref of entry.refs) byRef.set(refKey(ref), entry);
  const byEntryId = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    entries,
    entryOf: (articleId, speakerId) => byRef.get(refKey({ articleId, speakerId })),
    find: (id) => byEntryId.get(id) ?? entries.find((entry) => entry.formIds.includes(id)),
  };
}
