/**
 * `npm run check:functions [-- <max lines>] [--all]`: lists the parser's
 * functions longer than the limit (60 lines by default), longest first, and
 * exits with 1 when there is any. `--all` prints every function's length.
 *
 * A function's length is its lines from the line of its name (or of its
 * `const x = (…) =>`) to the line of its closing brace, both counted, as the
 * TypeScript compiler reads them. Nested functions count inside their parent
 * and on their own too, so a long closure shows under its own name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = join(root, 'src/parser');

type Length = { file: string; name: string; line: number; lines: number };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The name a reader would look for: the function's own, or the variable, property or method it is given to. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText(source);
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(source).slice(0, 40)})`;
  return '(anonymous)';
}

function lengths(path: string): Length[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Length[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ file: relative(root, path), name: nameOf(node, source), line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function main(argv: readonly string[]): number {
  const limit = Number(argv.find((arg) => /^\d+$/.test(arg)) ?? 60);
  const all = files(folder)
    .flatMap(lengths)
    .sort((a, b) => b.lines - a.lines);
  const shown = argv.includes('--all') ? all : all.filter((f) => f.lines > limit);
  for (const f of shown) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
  const over = all.filter((f) => f.lines > limit).length;
  console.log(`${over} of ${all.length} parser functions are over ${limit} lines.`);
  return over > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
