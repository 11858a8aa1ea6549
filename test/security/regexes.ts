/**
 * A static scan of the regular expressions in `src/`: every regex literal, and every
 * `new RegExp(…)` / `RegExp(…)` call, found with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regex in the source. */
export interface FoundRegex {
  /** `src/…/file.ts:line`. */
  readonly where: string;
  /** The pattern, or undefined when the call builds it from something other than a literal. */
  readonly source: string | undefined;
  readonly flags: string;
  /** The call's source text, for a pattern built at run time. */
  readonly text: string;
}

const root = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The value of a string literal or a template literal without substitutions. */
function literalText(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Every regex under `src/`. */
export function findRegexes(dir = join(root, 'src')): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = n.getText(sf);
        const end = literal.lastIndexOf('/');
        out.push({ where: where(n), source: literal.slice(1, end), flags: literal.slice(end + 1), text: literal });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [pattern, flags] = n.arguments ?? [];
        out.push({ where: where(n), source: literalText(pattern), flags: literalText(flags) ?? '', text: n.getText(sf) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}
