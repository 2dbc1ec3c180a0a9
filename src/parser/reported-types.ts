/**
 * A reported statement, as reported.ts finds it: in a module of its own so
 * that modules reported.ts imports can use it without an import cycle.
 */
import type { Attribution, Located } from './attribution';

export type Reported = Attribution & {
  content: Located;
  /** The rest of the content after a parenthetical attribution: `The museum, Mr. Obama said, would …`. */
  rest: Located | null;
  /** Indexes of direct quotes inside the content: they make it `mixed`. */
  quotes: number[];
  /** The speaker comes from the attribution just before (`…, adding that`). */
  carry: boolean;
};
