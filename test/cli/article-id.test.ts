// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleIdFromPath } from '@/cli/article-id';

describe('articleIdFromPath', () => {
  it.each([
    ['seeds/000_8f6650f81ca84753.txt', '000_8f6650f81ca84753'],
    ['/tmp/My Article (final).txt', 'My-Article-final'],
    ['café-story.txt', 'cafe-story'],
    ['_draft.txt', 'draft'],
    ['¿¿¿.txt', 'article'],
    ['notes.v2.txt', 'notes-v2'],
  ])('%s -> %s', (path, id) => {
    expect(articleIdFromPath(path)).toBe(id);
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
  });
});
