/**
 * Embedded social-media posts (a tweet's `blockquote.twitter-tweet`, an
 * Instagram, Bluesky, Threads, Mastodon or TikTok blockquote) become one
 * sentence the parser reads as a direct quote by the post's author:
 * `Jane Doe (@janedoe) posted on Instagram on March 4, 2024: “…”`. The cue says
 * what the post was (`tweeted`, `posted`) and the date is the post's own.
 * An embed whose author has no name (only a handle) stays a plain paragraph:
 * a handle is not a name the reader can follow.
 */
import { clean, normalizeDate } from './metadata';

type Platform = { match: RegExp; cue: string };

const PLATFORMS: Platform[] = [
  { match: /\btwitter-tweet\b|\bx-post\b/, cue: 'tweeted' },
  { match: /\binstagram-media\b/, cue: 'posted on Instagram' },
  { match: /\bbluesky-embed\b/, cue: 'posted on Bluesky' },
  { match: /\btext-post-media\b|\bthreads-embed\b/, cue: 'posted on Threads' },
  { match: /\bmastodon-embed\b/, cue: 'posted on Mastodon' },
  { match: /\btiktok-embed\b/, cue: 'posted on TikTok' },
  { match: /\bfb-post\b|\bfacebook-post\b/, cue: 'posted on Facebook' },
];

/** `2017-03-04` as `March 4, 2017`, a form the parser's date reader takes. */
function inWords(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  // The month's English name from Intl (always there for `en`), at UTC so no time zone moves it.
  const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, (month ?? 1) - 1, 1),
  );
  return `${name} ${day}, ${year}`;
}

/** `— Donald J. Trump (@realDonaldTrump) March 4, 2017` or `A post shared by Jane Doe (@janedoe)`. */
const AUTHOR_LINE = /(?:[—–]|&mdash;|\bshared by)\s*([^()@—–\n]{2,80}?)\s*\((@[\w.-]+)\)\s*([^—–]*)$/u;

export type EmbeddedPost = { author: string; handle: string; cue: string; date: string | null; text: string };

/** Reads one embed; null when it is not a post with a named author and some text. */
export function readEmbed(element: Element): EmbeddedPost | null {
  const names = element.getAttribute('class') ?? '';
  const platform = PLATFORMS.find((p) => p.match.test(names));
  if (!platform) return null;
  const whole = clean(element.textContent);
  const author = AUTHOR_LINE.exec(whole);
  if (!author?.[1] || !author[2]) return null;
  const name = clean(author[1]);
  if (!/\p{Lu}/u.test(name)) return null;
  const paragraphs = Array.from(element.querySelectorAll('p'))
    .map((p) => clean(p.textContent))
    .filter((text) => text && !/shared by|view this post|^@?[\w.]+$/i.test(text) && !text.includes(`(${author[2]})`));
  // The post's words, without trailing links to its pictures (`pic.twitter.com/…`, `https://t.co/…`).
  const text = (paragraphs[0] ?? '')
    .replace(/\s*(pic\.twitter\.com\/\S+|https?:\/\/t\.co\/\S+)/g, '')
    .replace(/["“”]/g, (mark) => (mark === '”' ? '’' : '‘'))
    .trim();
  if (!text) return null;
  const dated =
    normalizeDate(element.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    normalizeDate(clean(author[3]).replace(/\s+at\s+.*$/, ''));
  return { author: name, handle: author[2], cue: platform.cue, date: dated, text };
}

/** The sentence that stands for a post in the article's text. */
export function postSentence(post: EmbeddedPost): string {
  const when = post.date ? ` on ${inWords(post.date)}` : '';
  return `${post.author} (${post.handle}) ${post.cue}${when}: “${post.text}”`;
}

/** Replaces each embedded post in the document with a paragraph holding its sentence. */
export function replaceEmbeds(doc: Document): number {
  let replaced = 0;
  for (const element of Array.from(doc.querySelectorAll('blockquote[class], div[class]'))) {
    const post = readEmbed(element);
    if (!post) continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = postSentence(post);
    element.replaceWith(paragraph);
    replaced++;
  }
  return replaced;
}
