import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClaimsPanel } from '@/features/claims';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';
import { thoughtArticle } from '../../fixtures/app/thought-article';

function renderPanel(claims = seedArticle.claims, article = seedArticle) {
  return render(
    <main>
      <ClaimsPanel
        claims={claims}
        quotes={article.quotes}
        speakers={article.speakers}
        renderQuoteLink={(id, children) => <a href={`#${id}`}>{children}</a>}
      />
    </main>,
  );
}

describe('ClaimsPanel', () => {
  it('sets each claim beside the denials that answer it, with who, what and which words', () => {
    renderPanel();
    const claim = screen.getByText(/The US provided targeting information/).closest('li');
    expect(claim).not.toBeNull();
    const scope = within(claim as HTMLElement);
    expect(scope.getByText('Russian Ministry of Defense')).toBeInTheDocument();
    expect(scope.getByText('Denied by 2 sources')).toBeInTheDocument();
    expect(scope.getByText('John Dorrian')).toBeInTheDocument();
    expect(scope.getByText('The Russian statement is rubbish.')).toBeInTheDocument();
    expect(scope.getByRole('link', { name: '“rubbish.”' })).toHaveAttribute('href', '#q9');
    expect(scope.getByRole('link', { name: /the U.S. military is not providing/ })).toHaveAttribute('href', '#q10');
  });

  it('lists denials that answer no claim on their own, and says when there are none at all', () => {
    const orphan = {
      id: 'c9',
      speakerId: 'john-dorrian',
      stance: 'denial' as const,
      text: 'Nothing happened.',
      quoteIds: ['q9'],
      respondsTo: null,
    };
    const { unmount } = renderPanel([orphan]);
    expect(screen.getByText('Other denials')).toBeInTheDocument();
    expect(screen.getByText('Nothing happened.')).toBeInTheDocument();
    unmount();
    renderPanel([]);
    expect(screen.getByText('No claims or denials found in this article.')).toBeInTheDocument();
  });

  it('says when the words that carry a claim are a thought, not speech', async () => {
    const { container } = renderPanel(thoughtArticle.claims, thoughtArticle);
    const belief = screen.getByText('Moscow was acting counter to US interests by propping up Assad.').closest('li');
    expect(within(belief as HTMLElement).getByText('In the text, as a thought:')).toBeInTheDocument();
    const speech = screen.getByText(/shared national interest in fighting ISIS/).closest('li');
    expect(within(speech as HTMLElement).getByText('In the text:')).toBeInTheDocument();
    expect(within(speech as HTMLElement).queryByText(/as a thought/)).not.toBeInTheDocument();
    await checkA11y(container);
  });

  it('has no axe violations', async () => {
    const { container } = renderPanel();
    await checkA11y(container);
  });
});
