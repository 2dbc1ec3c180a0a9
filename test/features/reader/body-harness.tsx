import { useState } from 'react';
import type { Article } from '@/article';
import { ArticleBody } from '@/features/reader';

/** An article's body with no filter, its selection held the way the app holds it (one id or none). */
export function BodyHarness({ article }: { article: Article }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main>
      <article>
        <ArticleBody
          article={article}
          visibleSpeakers={null}
          selectedId={selected}
          onSelect={setSelected}
          onShowOnlySpeaker={() => {}}
          quoteHref={(id) => `#${id}`}
        />
      </article>
    </main>
  );
}
