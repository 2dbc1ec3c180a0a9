/**
 * Lighthouse (its default mobile preset: a Moto G Power-sized screen,
 * simulated slow 4G and a 4× slower CPU) against the production build served
 * by `vite preview`, in Debian's Chromium: performance, accessibility, best
 * practices and SEO for `/` and the seed reader, with every audit that kept
 * a category from 100. `npm run lighthouse`, or `npm run bench -- lighthouse`.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../playwright.config';
import { startPreview } from './browser';
import { table, type BenchSection } from './section';

const PORT = 4188;
const DEBUG_PORT = 9333;
const SEED_ID = '000_8f6650f81ca84753';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Category = { score: number | null; auditRefs: { id: string; weight: number }[] };
type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string };

async function run(): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    const rows: string[][] = [];
    const misses: string[] = [];
    for (const [label, path] of [
      ['/', '/'],
      ['seed reader', `/articles/${SEED_ID}`],
    ] as const) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
      const { categories, audits, runtimeError, runWarnings } = result.lhr as unknown as {
        categories: Record<string, Category>;
        audits: Record<string, Audit>;
        runtimeError?: { code: string; message: string };
        runWarnings: string[];
      };
      if (runtimeError)
        misses.push(`${label}: Lighthouse could not run: ${runtimeError.code}: ${runtimeError.message}`);
      for (const warning of runWarnings) misses.push(`${label}: warning: ${warning}`);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => audits[id]?.displayValue ?? '–';
      rows.push([
        label,
        ...CATEGORIES.map((c) => String(score(c))),
        metric('first-contentful-paint'),
        metric('largest-contentful-paint'),
        metric('total-blocking-time'),
        metric('cumulative-layout-shift'),
      ]);
      for (const id of CATEGORIES) {
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (
            !audit ||
            audit.score === null ||
            audit.score >= 1 ||
            audit.scoreDisplayMode === 'informative' ||
            audit.scoreDisplayMode === 'notApplicable'
          )
            continue;
          if (audit.scoreDisplayMode === 'manual') continue;
          misses.push(
            `${label} · ${id}: ${audit.title} (${audit.id}, score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}${ref.weight === 0 ? ', weight 0' : ''})`,
          );
        }
      }
    }
    console.log('Lighthouse, mobile preset (simulated slow 4G, 4× CPU slowdown), local production build:');
    console.log(
      table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'], rows),
    );
    console.log(misses.length > 0 ? `\nAudits below 100:\n  ${misses.join('\n  ')}` : '\nEvery scored audit passes.');
  } finally {
    await browser.close();
    server.kill();
  }
}

export const lighthouseSection: BenchSection = {
  name: 'lighthouse',
  description: 'Lighthouse mobile scores (performance, accessibility, best practices, SEO) for / and the seed reader',
  run,
};
