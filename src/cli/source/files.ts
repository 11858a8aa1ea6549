import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** A named chunk of input text. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

const MANIFEST = /\.(ya?ml|json)$/i;

/** Expand files, directories (recursively, .yaml/.yml/.json, sorted) and `-` (stdin) into source files. */
export async function readSources(paths: readonly string[], cwd: string, readStdin: () => Promise<string>): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ name: '<stdin>', text: await readStdin() });
      continue;
    }
    const abs = resolve(cwd, p);
    const info = await stat(abs);
    const files = info.isDirectory() ? await walk(abs) : [abs];
    for (const f of files) out.push({ name: relative(cwd, f) || f, text: await readFile(f, 'utf8') });
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && MANIFEST.test(e.name)) out.push(p);
  }
  return out;
}
