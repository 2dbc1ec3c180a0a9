/**
 * The steps `npm run build` runs after `vite build`: prerender the pages,
 * then check the reader's first load against its budget (the build fails
 * when it is over).
 */
import { fileURLToPath } from 'node:url';
import { checkBudgets } from './budget';
import { prerender } from './prerender';

const root = fileURLToPath(new URL('../../', import.meta.url));

const pages = await prerender(root);
console.log(`prerendered ${pages.length} pages: ${pages.map((p) => p.path).join(', ')}`);
process.exitCode = (await checkBudgets(root)) ? 0 : 1;
