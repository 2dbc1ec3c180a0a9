import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { checkA11y } from '../../a11y';
import { BodyHarness } from './body-harness';

/** An article whose only quote is given to "They", with no one named before to be them. */
const article = parseArticle(
  ['Harbour bridge to close', 'March 3, 2024', 'They said the bridge would close for repairs next month.'].join('\n\n'),
  { id: 'unresolved' },
);

describe('a quote whose speaker the article leaves unnamed', () => {
  it('opens a card that shows the article’s own words for the speaker, and passes an accessibility check', async () => {
    const user = userEvent.setup();
    const { container } = render(<BodyHarness article={article} />);
    await user.click(screen.getByRole('button', { name: /^Unknown speaker, reported speech: the bridge would close/ }));
    const card = screen.getByRole('dialog', { name: 'Unknown speaker' });
    expect(within(card).getByText('The article says “They”, and does not name who that is.')).toBeInTheDocument();
    await checkA11y(container);
  });
});
