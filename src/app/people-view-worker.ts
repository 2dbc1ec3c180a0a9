/**
 * Builds the library's people view off the main thread: reads every speaker
 * name, groups them with the reader's merge and split choices (tens of
 * thousands of names in a large library: a second of work) and stores the
 * entries as derived records (`buildPeopleView`). Answers each `build` with
 * `built`, or `failed` and why.
 */
import { buildPeopleView } from './people-view';

type Request = { type: 'build'; id: number; base: string };
type Answer = { type: 'built'; id: number } | { type: 'failed'; id: number; message: string };

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { id, base } = event.data;
  const answer = (message: Answer) => self.postMessage(message);
  buildPeopleView(base).then(
    () => answer({ type: 'built', id }),
    (error: unknown) => answer({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
  );
});
