/**
 * Code blocks of the project's Markdown files, with the test markers of the HTML comment right
 * above each (the convention is written at the top of README.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One fenced code block. */
export interface Block {
  /** `README.md:42`: the file and the line of the opening fence. */
  readonly where: string;
  readonly lang: string;
  readonly code: string;
  readonly prelude: readonly string[];
  readonly run: boolean;
  readonly serve: number | undefined;
  readonly fetch: boolean;
  /** `test-output-of: <command>`: the block shows (part of) that `cmapi` command's output. */
  readonly outputOf: string | undefined;
}

const MARKER = /^test-(prelude|run|serve|fetch|output-of)\b:?\s*(.*)$/;

/** The blocks of one Markdown text; throws on an unknown `test-…` marker so that typos surface. */
export function extractBlocks(file: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let comment: string[] | undefined; // lines of the comment being read
  let lastComment: { lines: string[]; end: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (comment) {
      const end = line.indexOf('-->');
      comment.push(end < 0 ? line : line.slice(0, end));
      if (end >= 0) {
        lastComment = { lines: comment, end: i };
        comment = undefined;
      }
      continue;
    }
    const open = /^<!--(.*)$/.exec(line.trim());
    if (open) {
      const rest = open[1] ?? '';
      const end = rest.indexOf('-->');
      if (end >= 0) lastComment = { lines: [rest.slice(0, end)], end: i };
      else comment = [rest];
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    const markers =
      lastComment && lastComment.end >= start - 2 && lines.slice(lastComment.end + 1, start).every((l) => l.trim() === '')
        ? lastComment.lines
        : [];
    lastComment = undefined;
    const prelude: string[] = [];
    let run = false;
    let serve: number | undefined;
    let fetch = false;
    let outputOf: string | undefined;
    for (const raw of markers) {
      const m = MARKER.exec(raw.trim());
      if (!m) {
        if (raw.trim().startsWith('test-')) throw new Error(`${file}:${start + 1}: unknown marker "${raw.trim()}"`);
        continue;
      }
      if (m[1] === 'prelude') prelude.push(m[2] ?? '');
      else if (m[1] === 'run') run = true;
      else if (m[1] === 'serve') serve = Number(m[2]);
      else if (m[1] === 'output-of') outputOf = m[2];
      else fetch = true;
    }
    blocks.push({ where: `${file}:${start + 1}`, lang: fence[1] ?? '', code: body.join('\n'), prelude, run, serve, fetch, outputOf });
  }
  return blocks;
}

/** README.md, docs/**, deploy/README.md and examples/** Markdown files of the repository at `root`. */
export function markdownFiles(root: string): string[] {
  const out = ['README.md'];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) out.push(relative('.', path));
    }
  };
  for (const dir of ['docs', 'deploy', 'examples']) walk(dir);
  return out;
}

/** Every block of every file of {@link markdownFiles}. */
export function allBlocks(root: string): Block[] {
  return markdownFiles(root).flatMap((f) => extractBlocks(f, readFileSync(join(root, f), 'utf8')));
}

/**
 * Whether `shown` (a sample's lines) appears in `actual` in order; undefined when it does, else
 * the first line that does not. A line `…` stands for any lines; `…` within a line for any text.
 */
export function outputMatches(shown: readonly string[], actual: readonly string[]): string | undefined {
  let at = 0;
  let gap = false;
  for (const line of shown) {
    if (line.trim() === '…') {
      gap = true;
      continue;
    }
    const pattern = new RegExp(
      `^${line
        .split('…')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const ok = (a: string) => pattern.test(a);
    let i = at;
    while (i < actual.length && !ok(actual[i] ?? '') && gap) i++;
    if (i >= actual.length || !ok(actual[i] ?? '')) return `not in the output at this point: ${line}`;
    at = i + 1;
    gap = false;
  }
  return undefined;
}
