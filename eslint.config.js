// One-way imports (see README "Design"): article <- parser <- cli; article <- features <- app.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['reader', 'speaker-filter', 'claims', 'timeline', 'library', 'search', 'speakers'];
// The parser's stages (see src/parser/index.ts): each folder is entered only through its index.ts.
const parserStages = ['text', 'quotes', 'reported', 'speakers', 'claims', 'events', 'lexicon', 'assemble'];

export default tseslint.config(
  { ignores: ['dist', 'lib', 'node_modules', 'public/articles', 'test-results', 'playwright-report', '.eval'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'check-file': checkFile, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/article',
              from: ['./src/parser', './src/html', './src/features', './src/app', './src/cli', './src/shared'],
            },
            {
              target: './src/parser',
              from: ['./src/html', './src/features', './src/app', './src/cli', './src/shared'],
            },
            // HTML pages (src/html) may import article and parser; the app's features and the CLI import it.
            { target: './src/html', from: ['./src/features', './src/app', './src/cli', './src/shared', './src/eval'] },
            { target: './src/features', from: ['./src/app', './src/cli'] },
            { target: './src/shared', from: ['./src/features', './src/app', './src/cli'] },
            // Evaluation (src/eval) may import article and parser; only the CLI imports it.
            { target: './src/eval', from: ['./src/features', './src/app', './src/cli', './src/shared'] },
            {
              target: ['./src/article', './src/parser', './src/html', './src/features', './src/app', './src/shared'],
              from: './src/eval',
            },
            // The package's API (src/api) re-exports article and parser; nothing in src imports it.
            {
              target: ['./src/article', './src/parser', './src/cli', './src/features', './src/app', './src/shared'],
              from: './src/api',
            },
            ...parserStages.map((name) => ({
              target: [
                './src/parser/*.ts',
                ...parserStages.filter((other) => other !== name).map((other) => `./src/parser/${other}`),
              ],
              from: `./src/parser/${name}`,
              except: ['./index.ts'],
              message: `import the parser's ${name} stage through its index.ts only`,
            })),
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'features do not import each other: let src/app combine them',
            })),
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': 'KEBAB_CASE', 'test/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'test/**/': 'KEBAB_CASE' }],
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
  },
  {
    files: ['src/parser/**', 'src/article/**', 'src/html/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'react-router'], patterns: ['@/features/*', '@/app/*'] },
      ],
    },
  },
  {
    // Word lists are data: they live in src/parser/lexicon/, one file per word class (see docs/parser.md).
    files: ['src/parser/**'],
    ignores: ['src/parser/lexicon/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ArrayExpression > Literal.elements[value=/\\p{L}/u]:nth-child(3)',
          message: 'a list of words belongs in src/parser/lexicon/ (one file per word class)',
        },
        {
          selector: "CallExpression[callee.property.name='split'][callee.object.type=/^(Literal|TemplateLiteral)$/]",
          message: 'a list of words belongs in src/parser/lexicon/ (one file per word class)',
        },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/features/**'],
    ignores: [],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*/*'], message: 'import a feature through its index only' }] },
      ],
    },
  },
);
