/**
 * The speaker pages' data as the app builds it, from whole articles: the
 * name summaries and records the library keeps, grouped into people, and
 * one view of a profile.
 */
import { digestArticle, type Article, type QuoteAct } from '@/article';
import { speakerNameKey, summarizeNames } from '@/features/library/lib/name-sums';
import {
  entryArticles,
  entryNames,
  groupPeople,
  pageArticles,
  personProfile,
  type PeopleSummary,
} from '@/features/speakers';

type Override = Parameters<typeof groupPeople>[1] extends readonly (infer O)[] | undefined ? O : never;

/** The people of these articles, with these merge and split choices. */
export function peopleOf(articles: readonly Article[], overrides: readonly Override[] = []): PeopleSummary {
  return groupPeople(summarizeNames(articles.map(digestArticle)).names, overrides);
}

/** One view of an entry's profile: its first `limit` quotes of `act`, as the route builds it. */
export function profileOf(articles: readonly Article[], entryId: string, act: QuoteAct | null = null, limit = 50) {
  const people = peopleOf(articles);
  const entry = people.find(entryId);
  if (!entry) throw new Error(`no entry ${entryId}`);
  const wanted = new Set(entryNames(entry).map((n) => speakerNameKey(n.name, n.kind)));
  const { refs } = summarizeNames(articles.map(digestArticle));
  const list = entryArticles(refs.filter((ref) => wanted.has(speakerNameKey(ref.name, ref.kind))));
  const page = pageArticles(list, act, limit);
  return {
    people,
    entry,
    page,
    profile: personProfile(people, entry, page.shown, articles, act),
  };
}
