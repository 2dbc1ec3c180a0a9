/**
 * People from the library's speaker-name summaries (one per distinct name,
 * kept per article by the library), with the reader's merge and split
 * choices applied when a page reads them. The grouping is the one in
 * group.ts, done on names instead of on every speaker of every article:
 *
 * 1. Names that reduce to the same form (`names.ts`) are one entry.
 * 2. A full-name alias joins its name's form (an article says they are one).
 * 3. A surname alone joins the one entry whose full name ends in it, and
 *    only when exactly one does.
 *
 * The work grows with the number of distinct names, not of articles.
 */
import { articleOrderKey, slugify, type NameArticleRef, type QuoteAct, type SpeakerKind, type SpeakerNameSummary } from '@/article';
import { applyOverrides, unionFind, withEntryIds } from './group';
import { nameForm } from './names';
import type { Override } from './overrides';
import { pageArticles, PROFILE_PAGE } from './profile';

/** A speaker name as written, and its kind: what the library's records are kept under. */
export type SpeakerName = { name: string; kind: SpeakerKind };

/** One name form in an entry. */
export type PersonSummaryForm = {
  /** The comparison key, `sean spicer`; what merge and split choices name. */
  key: string;
  /** The name as written, `Sean Spicer`. */
  name: string;
  /** Articles it appears in. */
  articleCount: number;
  /** The names as written that have this form (`Sean Spicer`, `Mr. Sean Spicer`). */
  names: SpeakerName[];
};

/** One person (or organisation, or group) across the library, in counts. */
export type PersonSummary = {
  /** Slug of `name`, unique in the index: `sean-spicer`. */
  id: string;
  /** The fullest, most used name: `Sean Spicer`. */
  name: string;
  /** The most used description (`White House press secretary`), or null. */
  role: string | null;
  kind: SpeakerKind;
  /** Every name form in the entry, most used first; more than one means it can be split. */
  forms: PersonSummaryForm[];
  /** Quotes by this entry, thoughts included. */
  quoteCount: number;
  /** Of those, the thoughts. */
  thoughtCount: number;
  /** Articles this entry speaks in (an article naming it two ways counts twice). */
  articleCount: number;
  /** The earliest and latest published date (`YYYY-MM-DD`); null when none is dated. */
  first: string | null;
  last: string | null;
  /** Slugs of every form's name, so a link to an entry that was merged away still finds it. */
  formIds: string[];
};

export type PeopleSummary = {
  /** Entries ordered by number of quotes, then name. */
  entries: PersonSummary[];
  /** An entry by its id, or by the slug of one of its forms (for links made before a merge). */
  find: (id: string) => PersonSummary | undefined;
  /** The entry a speaker name belongs to. */
  entryOfName: (name: string, kind: SpeakerKind) => PersonSummary | undefined;
};

type Form = PersonSummaryForm & {
  kind: SpeakerKind;
  surname: string | null;
  single: boolean;
  refs: number;
  summaries: SpeakerNameSummary[];
};

function collectForms(names: readonly SpeakerNameSummary[]) {
  const forms = new Map<string, Form>();
  const { find, union } = unionFind();
  // Most used name first, so a form is shown as it is most often written.
  const ordered = [...names].sort((a, b) => b.refs - a.refs || a.name.localeCompare(b.name));
  for (const summary of ordered) {
    const form = nameForm(summary.name, summary.kind);
    const known = forms.get(form.key);
    const name = { name: summary.name, kind: summary.kind };
    if (known) {
      known.names.push(name);
      known.summaries.push(summary);
      known.refs += summary.refs;
      known.articleCount += summary.articles;
    } else {
      forms.set(form.key, {
        key: form.key,
        name: form.display,
        surname: form.surname,
        single: form.single,
        kind: summary.kind,
        names: [name],
        summaries: [summary],
        refs: summary.refs,
        articleCount: summary.articles,
      });
    }
    find(form.key);
    for (const alias of Object.keys(summary.aliases)) {
      const other = nameForm(alias, summary.kind);
      // A surname alias says nothing beyond its article; a full-name alias names the same person.
      if (!other.single && other.key !== form.key) union(form.key, other.key);
    }
  }
  // A surname alone joins the one entry whose full name ends in it.
  const bySurname = new Map<string, Form[]>();
  for (const form of forms.values()) {
    if (form.kind !== 'person' || form.single || form.surname === null) continue;
    bySurname.set(form.surname, [...(bySurname.get(form.surname) ?? []), form]);
  }
  for (const form of forms.values()) {
    if (form.kind !== 'person' || !form.single) continue;
    const roots = new Set((bySurname.get(form.key) ?? []).map((other) => find(other.key)));
    const [only] = roots;
    if (roots.size === 1 && only !== undefined) union(form.key, only);
  }
  return { forms, find };
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

function mostUsedRole(forms: readonly Form[]): string | null {
  const counts = new Map<string, number>();
  for (const form of forms)
    for (const summary of form.summaries)
      for (const [role, n] of Object.entries(summary.roles)) counts.set(role, (counts.get(role) ?? 0) + n);
  let best: string | null = null;
  let bestCount = 0;
  for (const [role, count] of counts) {
    if (count > bestCount) {
      best = role;
      bestCount = count;
    }
  }
  return best;
}

function draftEntry(group: Form[], lead: string | undefined): Omit<PersonSummary, 'id'> {
  const ordered = [...group].sort(
    (a, b) =>
      Number(b.key === lead) - Number(a.key === lead) ||
      Number(a.single) - Number(b.single) ||
      b.refs - a.refs ||
      b.name.length - a.name.length ||
      a.key.localeCompare(b.key),
  );
  const best = ordered[0] as Form;
  let quoteCount = 0;
  let thoughtCount = 0;
  let articleCount = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const form of ordered) {
    articleCount += form.articleCount;
    for (const summary of form.summaries) {
      quoteCount += summary.quotes + summary.thoughts;
      thoughtCount += summary.thoughts;
      first = earlier(first, summary.first);
      last = later(last, summary.last);
    }
  }
  return {
    name: best.name,
    role: mostUsedRole(ordered),
    kind: best.kind,
    forms: ordered.map(({ key, name, articleCount: n, names }) => ({ key, name, articleCount: n, names })),
    quoteCount,
    thoughtCount,
    articleCount,
    first,
    last,
    formIds: [...new Set(ordered.map((form) => slugify(form.name)))],
  };
}

/** Groups the library's speaker names into people, with the stored merge and split choices applied. */
export function groupPeople(
  names: readonly SpeakerNameSummary[],
  overrides: readonly Override[] = [],
): PeopleSummary {
  const { forms, find } = collectForms(names);
  const roots = new Map<string, number>();
  const automatic = new Map<string, number>();
  for (const key of [...forms.keys()].sort()) {
    const root = find(key);
    if (!roots.has(root)) roots.set(root, roots.size);
    automatic.set(key, roots.get(root) ?? 0);
  }
  const partition = applyOverrides(automatic, overrides);
  const members = new Map<number, Form[]>();
  for (const [key, group] of partition.groups) {
    const form = forms.get(key);
    if (!form) continue;
    const list = members.get(group);
    if (list) list.push(form);
    else members.set(group, [form]);
  }
  const draft = [...members].map(([number, group]) => draftEntry(group, partition.leads.get(number)));
  const entries: PersonSummary[] = withEntryIds(draft);
  const byForm = new Map<string, PersonSummary>();
  for (const entry of entries) for (const form of entry.forms) byForm.set(form.key, entry);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byFormId = new Map<string, PersonSummary>();
  for (const entry of entries) for (const formId of entry.formIds) if (!byFormId.has(formId)) byFormId.set(formId, entry);
  return {
    entries,
    find: (id) => byId.get(id) ?? byFormId.get(id),
    entryOfName: (name, kind) => byForm.get(nameForm(name, kind).key),
  };
}

/**
 * The grouping laid out for the library's people view: entries in list
 * order, each entry's id and name slugs (the id first), its names as
 * written, and a short list (id, name, quotes) for the finders.
 */
export function peopleLayout(people: Pick<PeopleSummary, 'entries'>) {
  return {
    entries: people.entries,
    ids: people.entries.map((entry) => [entry.id, ...entry.formIds.filter((slug) => slug !== entry.id)]),
    names: people.entries.map(entryNames),
    list: people.entries.map((entry): [string, string, number] => [entry.id, entry.name, entry.quoteCount]),
  };
}

/** Every name as written in an entry: what to read its article records by. */
export const entryNames = (entry: PersonSummary): SpeakerName[] => entry.forms.flatMap((form) => form.names);

/** One article an entry speaks in, from its names' records. */
export type EntryArticle = {
  id: string;
  title: string;
  published: string | null;
  /** The article's speakers that are this entry. */
  speakerIds: string[];
  /** Their speech quotes and thoughts there. */
  quotes: number;
  thoughts: number;
  /** The entry's names as the article writes them (where what they said is kept). */
  names: SpeakerName[];
};

/** An entry's articles from its names' records (one per article), oldest day first, undated last, then by title (`articleOrderKey`). */
export function entryArticles(refs: readonly NameArticleRef[]): EntryArticle[] {
  const byArticle = new Map<string, EntryArticle>();
  for (const ref of refs) {
    const known = byArticle.get(ref.articleId);
    if (known) {
      known.speakerIds.push(...ref.speakerIds);
      known.quotes += ref.quotes;
      known.thoughts += ref.thoughts;
      known.names.push({ name: ref.name, kind: ref.kind });
    } else {
      byArticle.set(ref.articleId, {
        id: ref.articleId,
        title: ref.title,
        published: ref.published,
        speakerIds: [...ref.speakerIds],
        quotes: ref.quotes,
        thoughts: ref.thoughts,
        names: [{ name: ref.name, kind: ref.kind }],
      });
    }
  }
  const order = (item: EntryArticle) => articleOrderKey({ ...item, articleId: item.id });
  return [...byArticle.values()]
    .map((item) => ({ item, key: order(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

/** After every order key. */
const END = '\uffff';

/**
 * The articles one view of a profile shows (as `pageArticles` gives them
 * from every record), reading the stored records only as far as it needs:
 * `read(count)` gives each of the entry's names' first `count` records in
 * profile order (`articleOrderKey`, as the library keys them); `inMemory`
 * holds records already at hand (the bundled articles'). An article up to
 * the earliest of the last records read of the names whose records go on is
 * complete (every name has been read that far); the view is built from those, and
 * `count` (at first `firstCount`) grows four times until it has `limit` quotes or the records end.
 */
export async function pageEntryArticles(
  read: (count: number) => Promise<readonly (readonly NameArticleRef[])[]>,
  inMemory: readonly NameArticleRef[],
  act: QuoteAct | null,
  limit: number = PROFILE_PAGE,
  firstCount: number = limit + 10,
): Promise<{ shown: EntryArticle[]; shownQuotes: number }> {
  for (let count = Math.max(1, firstCount); ; count *= 4) {
    const lists = await read(count);
    let horizon = END;
    for (const list of lists) {
      const last = list.length >= count ? list[list.length - 1] : undefined;
      if (last && articleOrderKey(last) < horizon) horizon = articleOrderKey(last);
    }
    const complete = [...inMemory, ...lists.flat()].filter((ref) => articleOrderKey(ref) <= horizon);
    const { shown, shownQuotes } = pageArticles(entryArticles(complete), act, limit);
    if (shownQuotes >= limit || horizon === END) return { shown, shownQuotes };
  }
}
