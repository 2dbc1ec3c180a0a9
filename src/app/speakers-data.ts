/**
 * Loading the cross-article views: every article in the library, the people
 * index built from them with the reader's merge and split choices, and the
 * quotes as the search sees them. Shared by the speakers, speaker and
 * search routes.
 */
import type { Article } from '@/article';
import { buildPeopleIndex, loadOverrides, type PeopleIndex } from '@/features/speakers';
import type { QuoteDoc } from '@/features/search';
import { loadLibraryArticles, type SkippedDocument } from './library-articles';

type PeopleData = {
  articles: Article[];
  index: PeopleIndex;
  skipped: SkippedDocument[];
};

/** Every article, grouped into people with the stored choices applied. */
export async function loadPeople(base: string): Promise<PeopleData> {
  const [{ articles, skipped }, overrides] = await Promise.all([loadLibraryArticles(base), loadOverrides()]);
  return { articles, index: buildPeopleIndex(articles, overrides), skipped };
}

/** One search document per quote in the library, named by its people entry. */
export function quoteDocs({ articles, index }: Pick<PeopleData, 'articles' | 'index'>): QuoteDoc[] {
  return articles.flatMap((article) =>
    article.quotes.map((quote) => {
      const entry = quote.speakerId ? index.entryOf(article.id, quote.speakerId) : undefined;
      return {
        id: `${article.id}/${quote.id}`,
        articleId: article.id,
        articleTitle: article.title,
        published: article.published,
        quoteId: quote.id,
        text: quote.text,
        kind: quote.kind,
        speakerId: entry?.id ?? null,
        speakerName: entry?.name ?? 'Unknown speaker',
      };
    }),
  );
}
