import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getStoredArticle, LibraryList, listStoredArticles } from '@/features/library';
import { ensureDerived, renameArticle, saveArticle } from '@/features/library/lib/storage';
import { createStore, del, set } from 'idb-keyval';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';
import { clearLibrary, link } from './helpers';

const mine = { ...seedArticle, id: 'spicer-briefing-abc123', title: 'Spicer briefing' };
const other = { ...seedArticle, id: 'second-one-xyz789', title: 'Second one' };

beforeEach(async () => {
  await clearLibrary();
  await ensureDerived(); // a new library, as a first visit leaves it (its indexes kept from the first save on)
  await saveArticle(mine, '2024-01-01T10:00:00.000Z');
  await saveArticle(other, '2024-01-02T10:00:00.000Z');
});

function renderList() {
  const user = userEvent.setup();
  const view = render(<LibraryList renderArticleLink={link} />);
  return { user, ...view };
}

describe('LibraryList', () => {
  it('lists the stored articles newest first, with date, counts and a link', async () => {
    renderList();
    const links = await screen.findAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Second one', 'Spicer briefing']);
    expect(links[1]).toHaveAttribute('href', `/articles/${mine.id}`);
    const item = links[1]?.closest('li') as HTMLElement;
    expect(within(item).getByText('24 January 2017')).toBeInTheDocument();
    expect(within(item).getByText('10 quotes')).toBeInTheDocument();
    expect(within(item).getByText('4 speakers')).toBeInTheDocument();
  });

  it('says why an article has its date when the article gave none', async () => {
    await saveArticle({ ...seedArticle, id: 'dated-by-name-1', title: 'Dated by name' }, undefined, 'file-name');
    const undated = { ...seedArticle, id: 'undated-1', title: 'Undated', published: null, referenceDate: '2024-02-05' };
    await saveArticle(undated, undefined, 'fallback');
    renderList();
    const row = async (title: string) =>
      (await screen.findByRole('link', { name: title })).closest('li') as HTMLElement;
    expect(await row('Dated by name')).toHaveTextContent('dated from its file name');
    expect(await row('Undated')).toHaveTextContent(
      /date unknown; "on Monday" and the like read against the date given/,
    );
    expect(await row('Spicer briefing')).not.toHaveTextContent(/file name|date unknown/);
  });

  it('renames an article', async () => {
    const { user } = renderList();
    await user.click(await screen.findByRole('button', { name: 'Rename Spicer briefing' }));
    const field = screen.getByRole('textbox', { name: 'New title for Spicer briefing' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Russia and ISIS{Enter}');
    expect(await screen.findByRole('link', { name: 'Russia and ISIS' })).toBeInTheDocument();
    expect((await getStoredArticle(mine.id))?.title).toBe('Russia and ISIS');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Russia and ISIS' })).toHaveFocus());
  });

  it('does not save an empty title, and Escape cancels', async () => {
    const { user } = renderList();
    await user.click(await screen.findByRole('button', { name: 'Rename Spicer briefing' }));
    await user.clear(screen.getByRole('textbox', { name: 'New title for Spicer briefing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A title cannot be empty.');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('link', { name: 'Spicer briefing' })).toBeInTheDocument();
    expect((await getStoredArticle(mine.id))?.title).toBe('Spicer briefing');
  });

  it('deletes an article and undoes the deletion', async () => {
    const { user } = renderList();
    await user.click(await screen.findByRole('button', { name: 'Delete Spicer briefing' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Spicer briefing' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Spicer briefing”.');
    expect(await getStoredArticle(mine.id)).toBeNull();
    const undo = screen.getByRole('button', { name: 'Undo delete' });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    expect(await screen.findByRole('link', { name: 'Spicer briefing' })).toBeInTheDocument();
    expect(await getStoredArticle(mine.id)).toEqual(mine);
    expect((await listStoredArticles()).map((a) => a.title)).toEqual(['Second one', 'Spicer briefing']);
  });

  it('lists a stored document that no longer validates, with the reason, and deletes it', async () => {
    // Kept by an older version: a record with no card, in a library without the `cards:v1` mark.
    const store = createStore('whosaid-library', 'articles');
    await set(
      'article:old-one',
      { article: { ...seedArticle, id: 'old-one', schemaVersion: 0 }, addedAt: '2023-01-01T00:00:00Z' },
      store,
    );
    await del('cards:v1', store);
    const { user } = renderList();
    expect(await screen.findByText(/can no longer be read \(field “schemaVersion”/)).toBeInTheDocument();
    expect((await listStoredArticles()).map((a) => a.id)).not.toContain('old-one');
    await user.click(screen.getByRole('button', { name: 'Delete old-one' }));
    await waitFor(() => expect(screen.queryByText(/can no longer be read/)).not.toBeInTheDocument());
  });

  it('shows the newest 50, the rest 50 at a time when asked, and keeps the count and rows right through changes', async () => {
    for (let i = 0; i < 53; i++) {
      const day = String(3 + Math.floor(i / 24)).padStart(2, '0');
      const hour = String(i % 24).padStart(2, '0');
      await saveArticle({ ...seedArticle, id: `many-${i}`, title: `Many ${i}` }, `2024-01-${day}T${hour}:00:00.000Z`);
    }
    const { user, container } = renderList();
    // Reading 55 stored articles can take more than the default second on a loaded machine (seen under load, not alone).
    expect(await screen.findByText('Showing 50 of 55.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getAllByRole('link')[0]).toHaveTextContent('Many 52');
    expect(screen.queryByRole('link', { name: 'Spicer briefing' })).not.toBeInTheDocument();

    // Renamed elsewhere while not shown yet: it shows with its new title once the reader gets that far.
    await renameArticle(mine.id, 'Renamed far down');
    // Added elsewhere: the newest, so first, and counted.
    await saveArticle({ ...seedArticle, id: 'newest-1', title: 'Newest' }, '2025-01-01T00:00:00.000Z');
    expect(await screen.findByText('Showing 50 of 56.')).toBeInTheDocument();
    expect(screen.getAllByRole('link')[0]).toHaveTextContent('Newest');

    // A shown row deleted: the next one moves up, so 50 are still shown.
    await user.click(screen.getByRole('button', { name: 'Delete Many 40' }));
    expect(await screen.findByText('Showing 50 of 55.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(50));

    // From the keyboard, as a button.
    screen.getByRole('button', { name: 'Show 5 more' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(55));
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links.at(-1)).toBe('Renamed far down');
    expect(links).not.toContain('Many 40');
    expect(new Set(links).size).toBe(55);
    await checkA11y(container);
  });

  it('says where articles are kept when there are none', async () => {
    await clearLibrary();
    renderList();
    expect(await screen.findByText(/kept in this browser only/)).toBeInTheDocument();
  });

  it('has no accessibility violations, listing and renaming', async () => {
    const { user, container } = renderList();
    await screen.findAllByRole('link');
    await checkA11y(container);
    await user.click(screen.getByRole('button', { name: 'Rename Second one' }));
    await checkA11y(container);
  });
});
