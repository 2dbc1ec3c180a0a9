import { slugify } from '@/article';

/**
 * A fresh id for a stored article: the title's slug (shortened) and a
 * time-plus-random suffix, so two tabs adding the same article at the same
 * moment still get two keys: `ukraine-talks-resume-lx3k9f2a`.
 */
export function newArticleId(title: string): string {
  const slug = slugify(title).slice(0, 48).replace(/-+$/, '') || 'article';
  const time = Date.now().toString(36).slice(-5);
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${slug}-${time}${random}`;
}
