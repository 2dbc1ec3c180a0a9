import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` wait up to 4 s instead of 1 s: on a loaded 2-core CI machine the first render of a lazy
// route can take over a second. A test still fails when what it waits for never comes.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
