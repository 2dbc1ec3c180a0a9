import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { checkA11y } from '../../a11y';
import { BodyHarness } from './body-harness';

const transcript = parseArticle(
  [
    'Mayor grilled over the tunnel report',
    'Radio host Dan Wallace spoke to Mayor Linda Okafor on Monday.',
    'WALLACE: Will you publish the cost report before the vote?',
    'OKAFOR: We will publish it on Thursday, as we always said we would.',
    'WALLACE: Then we will read it on Thursday.',
  ].join('\n\n'),
  { id: 'transcript' },
);

describe('a transcript line in the reader', () => {
  it('names its cue in words, not as a bare colon, and passes an accessibility check', async () => {
    const user = userEvent.setup();
    const { container } = render(<BodyHarness article={transcript} />);
    await user.click(
      screen.getByRole('button', { name: /^Linda Okafor, direct quote: We will publish it on Thursday/ }),
    );
    const card = screen.getByRole('dialog', { name: 'Linda Okafor' });
    expect(within(card).getByText('a speaker’s name and a colon (transcript)')).toBeInTheDocument();
    await checkA11y(container);
  });
});
