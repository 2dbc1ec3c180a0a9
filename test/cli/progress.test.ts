// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createProgress } from '@/cli/progress';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (chunk: string) => chunks.push(chunk) > 0 } };
}

describe('createProgress', () => {
  it('draws a counter on a terminal and clears it at the end', () => {
    const { chunks, stream: tty } = stream(true);
    let clock = 0;
    const progress = createProgress(tty, 3, () => clock);
    clock = 500;
    progress.tick(false);
    progress.line('whosaid: b.txt: the file is empty');
    clock = 1000;
    progress.tick(true);
    progress.tick(false);
    progress.done();
    const screen = chunks.join('');
    expect(screen).toContain('whosaid: 1/3 files parsed');
    expect(screen).toContain('whosaid: 3/3 files parsed, 1 failed');
    expect(screen).toContain('\r\x1b[2Kwhosaid: b.txt: the file is empty\n');
    expect(screen.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes only the error lines when standard error is not a terminal', () => {
    const { chunks, stream: pipe } = stream(false);
    const progress = createProgress(pipe, 2);
    progress.tick(false);
    progress.line('whosaid: b.txt: the file is empty');
    progress.tick(true);
    progress.done();
    expect(chunks.join('')).toBe('whosaid: b.txt: the file is empty\n');
  });
});
