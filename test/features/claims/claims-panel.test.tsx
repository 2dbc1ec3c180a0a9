import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClaimsPanel } from '@/features/claims';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';

function renderPanel(claims = seedArticle.claims) {
  return render(
    <main>
      <ClaimsPanel
        claims={claims}
        quotes={seedArticle.quotes}
        speakers={seedArticle.speakers}
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

  it('has no axe violations', async () => {
    const { container } = renderPanel();
    await checkA11y(container);
  });
});
