/**
 * The accessibility check every component test ends with: axe-core on the
 * rendered container. Colour contrast is off here because jsdom does no
 * layout or CSS; the browser tests (test/e2e) check it in both themes.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function checkA11y(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
