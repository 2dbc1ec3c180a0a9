import { ANONYMOUS_HEADS, DEMONYMS, PERSON_HEADS, TITLE_ABBREVIATIONS, TITLE_WORDS } from '../lexicon';

/** A name's words, lower case, without initials (`J.`). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^\p{L}\.$/u.test(w));
}

/** A role's or description's words, lower case, without a possessive, abbreviated titles spelt out. */
function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,()]+/)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => w.length > 0)
    .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);
}

/** A role's words up to its head: `secretary of state` -> `secretary`; `in a statement released by …` -> nothing. */
export function wordsToHead(text: string): string[] {
  const words = roleWords(text);
  const cut = words.findIndex((w) => /^(?:of|for|at|in|on|with|from|by|who|which|and)$/.test(w));
  return cut >= 0 ? words.slice(0, cut) : words;
}

/** A description's head word and the words before it that narrow it. */
type Description = { head: string; modifiers: string[] };

/** The words that describe someone: the head (`senator` in `the former Florida senator`, `secretary` in `the secretary of state`) and the words before it. */
export function describing(description: string): Description | null {
  const before = wordsToHead(description);
  const head = before[before.length - 1];
  return head
    ? {
        head,
        modifiers: before
          .slice(0, -1)
          .filter((w) => !/^(?:the|a|an|former|then|now|current|longtime|veteran)$/.test(w)),
      }
    : null;
}

/** How well a description fits what is known of someone: 0 unless the head is among their words, then 1 plus each modifier that is. */
export function fit(description: Description, words: ReadonlySet<string>): number {
  if (!words.has(description.head)) return 0;
  return 1 + description.modifiers.filter((w) => words.has(w)).length;
}

/**
 * Whether a description no earlier role fits may stand for the person the story is about: a word for a public
 * figure (`the billionaire`, `the candidate`, `the 70-year-old`), but not an office (`the president` the story
 * never named is somebody else), an anonymous source (`the official`) or somebody's (`the company's chief executive`).
 */
export function fallsBack(head: string, description: string): boolean {
  const personHead = PERSON_HEADS.has(head) || DEMONYMS.has(head) || /^\d+-year-old$/.test(head);
  return personHead && !TITLE_WORDS.has(head) && !ANONYMOUS_HEADS.has(head) && !/['’]s\b/u.test(description);
}
