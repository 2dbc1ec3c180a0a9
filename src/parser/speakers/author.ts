/** The byline's author when it is one person's name (`Ann Ruiz`), not two (`Ann Ruiz and Tom Baker`), a desk or a handle. */
export function soleAuthor(byline: string | null): string | null {
  return byline && /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(byline) ? byline : null;
}
