import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getStoredArticle, ReferenceDate } from '@/features/library';
import { getStoredRecord, listLibrary, saveArticle } from '@/features/library/lib/storage';
import { runParse } from '@/features/library/lib/parse-job';
import { checkA11y } from '../../a11y';
import { clearLibrary, inlineParser } from './helpers';

// An undated article: "on Monday" resolves against the date it is read against.
const TEXT = `Council approves new bridge

The council approved the bridge on Monday.

"This is a great day for the city," Mayor Ann Lee said.
`;

async function addUndated(): Promise<string> {
  const response = runParse({ text: TEXT, format: 'text', fallbackDate: '2024-05-01' });
  if (!response.ok) throw new Error(response.message);
  const article = { ...response.article, title: 'My renamed bridge' };
  await saveArticle(article, '2024-05-01T10:00:00.000Z', response.dated, { text: TEXT, format: 'text' });
  return article.id;
}

const mondayValue = async (id: string) => {
  const article = await getStoredArticle(id);
  return article?.events.find((e) => e.expression === 'Monday')?.date;
};

beforeEach(clearLibrary);

describe('ReferenceDate', () => {
  it('reads an added article again against the date the reader sets, and replaces it (dated by you)', async () => {
    const id = await addUndated();
    const before = await getStoredArticle(id);
    if (!before) throw new Error('the article was not stored');
    expect(before.referenceDate).toBe('2024-05-01');
    expect(await mondayValue(id)).toBe('2024-04-29');
    const onChanged = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<ReferenceDate article={before} onChanged={onChanged} parser={inlineParser} />);
    const input = await screen.findByLabelText('Read relative dates against');
    await user.clear(input);
    await user.type(input, '2023-03-15');
    await user.click(screen.getByRole('button', { name: 'Read the article again' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const after = await getStoredArticle(id);
    expect(after).toMatchObject({ id, title: 'My renamed bridge', referenceDate: '2023-03-15', published: null });
    expect(await mondayValue(id)).toBe('2023-03-13');
    expect((await getStoredRecord(id))?.dated).toBe('reader');
    const card = (await listLibrary())[0];
    expect(card).toMatchObject({ ok: true, id, dated: 'reader' });
    await checkA11y(container);
  });

  it('says so for an article whose text was not kept, and changes nothing', async () => {
    const response = runParse({ text: TEXT, format: 'text', fallbackDate: '2024-05-01' });
    if (!response.ok) throw new Error(response.message);
    await saveArticle(response.article, undefined, response.dated);
    const { container } = render(
      <ReferenceDate
        article={response.article}
        onChanged={() => {}}
        parser={inlineParser}
        unkept={<p>Its text was not kept.</p>}
      />,
    );
    expect(await screen.findByText('Its text was not kept.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Read the article again' })).toBeNull();
    await checkA11y(container);
  });
});
