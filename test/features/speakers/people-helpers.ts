/**
 * The speaker pages' data as the app builds it: the name summaries and
 * records the library keeps, grouped into people, and one view of a
 * profile, from whole articles (bundled ones) or from what each name said
 * in each article (`nameSaid`, as the library keeps it for stored ones).
 */
import { digestArticle, type Article, type QuoteAct } from '@/article';
import { nameSaid, speakerNameKey, summarizeNames } from '@/features/library/lib/name-sums';
import {
  entryArticles,
  entryNames,
  groupPeople,
  pageArticles,
  personProfile,
  profileSource,
  type PeopleSummary,
} from '@/features/speakers';

type Override = Parameters<typeof groupPeople>[1] extends readonly (infer O)[] | undefined ? O : never;

/** The people of these articles, with these merge and split choices. */
export function peopleOf(articles: readonly Article[], overrides: readonly Override[] = []): PeopleSummary {
  return groupPeople(summarizeNames(articles.map(digestArticle)).names, overrides);
}

/**
 * One view of an entry's profile: its first `limit` quotes of `act`, as the
 * route builds it, from the whole articles or (`from: 'said'`) from what
 * the entry's names said in each, as the library keeps it.
 */
export function profileOf(
  articles: readonly Article[],
  entryId: string,
  act: QuoteAct | null = null,
  limit = 50,
  { from = 'articles', overrides = [] }: { from?: 'articles' | 'said'; overrides?: readonly Override[] } = {},
) {
  const people = peopleOf(articles, overrides);
  const entry = people.find(entryId);
  if (!entry) throw new Error(`no entry ${entryId}`);
  const wanted = new Set(entryNames(entry).map((n) => speakerNameKey(n.name, n.kind)));
  const { refs } = summarizeNames(articles.map(digestArticle));
  const list = entryArticles(refs.filter((ref) => wanted.has(speakerNameKey(ref.name, ref.kind))));
  const page = pageArticles(list, act, limit);
  const said = page.shown.flatMap((item) => {
    const article = articles.find((a) => a.id === item.id);
    if (!article) return [];
    const parts = item.names.map((name) => {
      const ref = refs.find((r) => r.articleId === item.id && r.name === name.name && r.kind === name.kind);
      return nameSaid(article, ref?.speakerIds ?? []);
    });
    return [profileSource(article, parts)];
  });
  return {
    people,
    entry,
    page,
    profile: personProfile(people, entry, page.shown, from === 'said' ? said : articles, act),
  };
}
