import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleInput, getStoredArticle, listStoredArticles } from '@/features/library';
import { articleJsonFile } from '@/features/library/lib/export';
import { savePending } from '@/features/library/lib/storage';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';
import { libraryFixture } from '../../fixtures/library/files';
import { clearLibrary, inlineParser, link, stuckParser } from './helpers';

beforeEach(async () => {
  await clearLibrary();
});

function renderInput(props: Partial<Parameters<typeof ArticleInput>[0]> = {}) {
  const user = userEvent.setup();
  const view = render(
    <ArticleInput renderArticleLink={link} parser={inlineParser} today="2024-05-01" progressDelay={0} {...props} />,
  );
  return { user, ...view };
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText(/Article files/) as HTMLInputElement;
}

describe('ArticleInput', () => {
  it('parses pasted text, keeps it in the library, and links to it', async () => {
    const { user } = renderInput();
    const box = screen.getByRole('textbox', { name: 'Article text' });
    await user.click(box);
    await user.paste(libraryFixture('bridge.txt'));
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    const added = await screen.findByRole('link', { name: 'Harbour bridge to close for repairs next month' });
    expect(within(screen.getByRole('status')).getByText(/Added/)).toBeInTheDocument();
    const id = added.getAttribute('href')?.replace('/articles/', '') ?? '';
    expect(id).toMatch(/^harbour-bridge-to-close-for-repairs-next-month-[a-z0-9]+$/);
    const stored = await getStoredArticle(id);
    expect(stored?.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Maria Lopez', 'Tom Baker']));
    expect(stored?.published).toBe('2024-03-12T09:15');
    expect(box).toHaveValue('');
  });

  it('reads an undated article’s relative dates against the date the person gives, and keeps its date unknown', async () => {
    const { user } = renderInput();
    const date = screen.getByLabelText(/Publication date/);
    expect(date).toHaveValue('2024-05-01');
    fireEvent.change(date, { target: { value: '2024-02-05' } });
    await user.click(screen.getByRole('textbox', { name: 'Article text' }));
    await user.paste(
      'Mayor opens new library\n\nThe mayor opened the new library on Saturday.\n\n"Books are for everyone," she said.',
    );
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await screen.findByRole('link', { name: 'Mayor opens new library' });
    expect(screen.getByRole('status')).toHaveTextContent(
      /its date is unknown, so dates such as “on Monday” were read against 2024-02-05/,
    );
    const [article] = await listStoredArticles();
    expect(article?.published).toBeNull();
    expect(article?.referenceDate).toBe('2024-02-05');
    expect(article?.events.find((e) => e.expression.includes('Saturday'))?.date).toBe('2024-02-03');
  });

  it('dates a batch of files that print no date from their file names, else with the batch date, and says which', async () => {
    const { user } = renderInput();
    fireEvent.change(screen.getByLabelText(/Publication date/), { target: { value: '2024-02-05' } });
    const text = (title: string) => `${title}\n\nThe mayor opened it on Monday.\n\n"Books are for everyone," she said.`;
    await user.upload(fileInput(), [
      new File([text('Library opens')], 'polnear_2016-10-12_library.txt', { type: 'text/plain' }),
      new File([text('Pool opens')], 'pool.txt', { type: 'text/plain' }),
    ]);
    await screen.findByRole('link', { name: 'Pool opens' });
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Library opens.*dated 2016-10-12 from its file name/);
    expect(items[1]).toHaveTextContent(/Pool opens.*its date is unknown.*read against 2024-02-05/);
    const stored = await listStoredArticles();
    const library = stored.find((a) => a.title === 'Library opens');
    expect(library?.published).toBe('2016-10-12');
    // The batch date is no publication date: it only says what "on Monday" was read against.
    const pool = stored.find((a) => a.title === 'Pool opens');
    expect(pool?.published).toBeNull();
    expect(pool?.referenceDate).toBe('2024-02-05');
    // "on Monday" resolves against the file name's date, not the batch's.
    expect(library?.events.find((e) => e.expression.includes('Monday'))?.date).toBe('2016-10-10');
  });

  it('says so for an empty paste and keeps the page', async () => {
    const { user } = renderInput();
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pasted text: there is nothing to add');
    expect(await listStoredArticles()).toEqual([]);
  });

  it('keeps text with no quotation marks as an article with no quotes', async () => {
    const { user } = renderInput();
    await user.click(screen.getByRole('textbox', { name: 'Article text' }));
    await user.paste('Rain expected\n\n3 June 2024\n\nRain is expected across the region this weekend.');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('link', { name: 'Rain expected' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('(0 quotes)');
  });

  it('keeps the pasted text when it cannot be parsed', async () => {
    const { user } = renderInput();
    const box = screen.getByRole('textbox', { name: 'Article text' });
    await user.click(box);
    await user.paste('!!!\n\n???');
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Pasted text: cannot be read as an article: no recognisable title/,
    );
    expect(box).toHaveValue('!!!\n\n???');
  });

  it('reads several files at once, HTML and text, and names each bad one', async () => {
    const { user } = renderInput();
    const binary = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])], 'photo.txt', {
      type: 'text/plain',
    });
    const huge = new File(['x'], 'huge.txt', { type: 'text/plain' });
    Object.defineProperty(huge, 'size', { value: 20 * 1024 * 1024 });
    await user.upload(fileInput(), [
      new File([libraryFixture('bridge.html')], 'ferry.html', { type: 'text/html' }),
      new File([libraryFixture('bridge.txt')], 'bridge.txt', { type: 'text/plain' }),
      binary,
      huge,
      new File([''], 'empty.txt', { type: 'text/plain' }),
    ]);
    expect(await screen.findByRole('link', { name: 'Ferry service to replace bridge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Harbour bridge to close for repairs next month' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('photo.txt: the file is binary, not text');
    expect(alert).toHaveTextContent('huge.txt: it is too large (20.0 MB; the limit is 10.0 MB)');
    expect(alert).toHaveTextContent('empty.txt: the file is empty');
    const ferry = (await listStoredArticles()).find((a) => a.title.startsWith('Ferry'));
    expect(ferry?.published).toBe('2024-03-14T08:30:00+00:00');
    expect(ferry?.blocks.find((b) => b.text === 'The ferry will dock at Gunwharf Quays')?.kind).toBe('caption');
    expect(ferry?.blocks.find((b) => b.text === 'Traders worried')?.kind).toBe('heading');
  });

  it('imports an exported Article JSON, with a new id when the old one is taken', async () => {
    const { user } = renderInput({ takenIds: new Set([seedArticle.id]) });
    const file = articleJsonFile(seedArticle);
    await user.upload(fileInput(), new File([file.content], file.name, { type: 'application/json' }));
    const imported = await screen.findByRole('link', { name: seedArticle.title });
    expect(screen.getByRole('status')).toHaveTextContent(/Imported/);
    const [stored] = await listStoredArticles();
    expect(stored?.id).not.toBe(seedArticle.id);
    expect(imported).toHaveAttribute('href', `/articles/${stored?.id}`);
    expect({ ...stored, id: seedArticle.id }).toEqual(seedArticle);
  });

  it('refuses an invalid Article JSON, naming the field', async () => {
    const { user } = renderInput();
    const broken = { ...seedArticle, quotes: [{ ...seedArticle.quotes[0], kind: 'shouted' }] };
    await user.upload(fileInput(), new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /broken\.json: is not a valid Article JSON: the field “quotes\.0\.kind”/,
    );
    await user.upload(fileInput(), new File(['{"title": '], 'cut.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /cut\.json: is not a valid Article JSON: the field “\(root\)”: not valid JSON/,
    );
    await user.upload(
      fileInput(),
      new File([new Uint8Array([0x7b, 0x00, 0x7d])], 'zeros.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('zeros.json: the file is binary, not text');
    expect(await listStoredArticles()).toEqual([]);
  });

  it('shows progress while parsing and cancels, keeping the text and storing nothing', async () => {
    const { user } = renderInput({ parser: stuckParser });
    const box = screen.getByRole('textbox', { name: 'Article text' });
    await user.click(box);
    await user.paste(libraryFixture('bridge.txt'));
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('progressbar', { name: /Parsing Pasted text/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add article' })).toBeDisabled();
    // Typing keeps working while the parse runs.
    await user.type(box, ' more');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pasted text: cancelled');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect((box as HTMLTextAreaElement).value).toMatch(/bridge is shut\.\n? more$/);
    expect(await listStoredArticles()).toEqual([]);
  });

  it('offers an input left behind by a tab closed mid-parse, and parses it', async () => {
    await savePending('bridge.txt', {
      text: libraryFixture('bridge.txt'),
      published: null,
      fallbackDate: '2024-05-01',
      hints: { headings: [], captions: [] },
    });
    await savePending('notes.txt', {
      text: 'Notes\n\nNothing quoted here.',
      published: null,
      fallbackDate: '2024-05-01',
      hints: { headings: [], captions: [] },
    });
    const { user } = renderInput();
    expect(await screen.findByText('Not finished last time')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard notes.txt' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Parse notes.txt now' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Parse bridge.txt now' }));
    expect(
      await screen.findByRole('link', { name: 'Harbour bridge to close for repairs next month' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Not finished last time')).not.toBeInTheDocument());
    expect((await listStoredArticles()).map((a) => a.title)).toEqual([
      'Harbour bridge to close for repairs next month',
    ]);
  });

  it('has no accessibility violations, empty and with results', async () => {
    const { user, container } = renderInput();
    await checkA11y(container);
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('textbox', { name: 'Article text' }));
    await user.paste(libraryFixture('bridge.txt'));
    await user.click(screen.getByRole('button', { name: 'Add article' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Added/));
    await checkA11y(container);
  });
});
