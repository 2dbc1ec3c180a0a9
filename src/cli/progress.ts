/**
 * A progress line for folder and stream mode, drawn only on a terminal. Error
 * lines are written through it so they don't collide with the line being redrawn.
 */
export type ProgressStream = {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
};

export type Progress = {
  /** One file is done. */
  tick(failed: boolean): void;
  /** Writes one line (an error), keeping the progress line below it. */
  line(text: string): void;
  /** Removes the progress line. */
  done(): void;
};

/**
 * `total` is the number of items when known (folder mode: `12/840 files parsed`),
 * or null for a stream (`1234 articles parsed`); `noun` names the items.
 */
export function createProgress(
  stream: ProgressStream,
  total: number | null,
  now: () => number = Date.now,
  noun = 'files',
): Progress {
  const tty = stream.isTTY === true;
  let finished = 0;
  let failed = 0;
  let shown = false;
  let lastDraw = 0;
  const clear = () => {
    if (tty && shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  const draw = () => {
    if (!tty) return;
    const count = total === null ? `${finished}` : `${finished}/${total}`;
    const text = `whosaid: ${count} ${noun} parsed${failed ? `, ${failed} failed` : ''}`;
    stream.write(`\r\x1b[2K${text.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}`);
    shown = true;
    lastDraw = now();
  };
  return {
    tick(hasFailed) {
      finished += 1;
      if (hasFailed) failed += 1;
      if (finished === total || now() - lastDraw >= 100) draw();
    },
    line(text) {
      clear();
      stream.write(`${text}\n`);
      if (tty && (total === null || finished < total)) draw();
    },
    done() {
      clear();
    },
  };
}
