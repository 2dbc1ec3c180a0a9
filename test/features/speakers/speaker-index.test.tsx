import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpeakerIndex } from '@/features/speakers';
import { checkA11y } from '../../a11y';
import { library } from './library-fixture';
import { peopleOf } from './people-helpers';

const link = (id: string, children: React.ReactNode) => <a href={`/speakers/${id}`}>{children}</a>;

describe('SpeakerIndex', () => {
  it('lists one entry per person with quotes, articles and first and last dates', () => {
    render(<SpeakerIndex entries={peopleOf(library).entries} renderSpeakerLink={link} />);
    const spicer = screen.getByRole('link', { name: 'Sean Spicer' });
    expect(spicer).toHaveAttribute('href', '/speakers/sean-spicer');
    const row = spicer.closest('li') as HTMLElement;
    expect(within(row).getByText('3 quotes')).toBeInTheDocument();
    expect(within(row).getByText('3 articles')).toBeInTheDocument();
    expect(within(row).getByText('20 January 2017')).toHaveAttribute('datetime', '2017-01-20');
    expect(within(row).getByText('1 February 2017')).toHaveAttribute('datetime', '2017-02-01');
    expect(within(row).getByText('Also named: Spicer')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Spicer' })).not.toBeInTheDocument();

    const dorrian = screen.getByRole('link', { name: 'John Dorrian' }).closest('li') as HTMLElement;
    expect(within(dorrian).getByText('1 quote')).toBeInTheDocument();
    expect(within(dorrian).getByText('24 January 2017')).toBeInTheDocument();
  });

  it('says so when the library has no speakers', () => {
    render(<SpeakerIndex entries={[]} renderSpeakerLink={link} />);
    expect(screen.getByText(/No speakers yet/)).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <SpeakerIndex entries={peopleOf(library).entries} renderSpeakerLink={link} />
      </main>,
    );
    await checkA11y(container);
  });
});
