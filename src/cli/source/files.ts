import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

/** A named chunk of input text. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

/** Why a file was not linted. */
export type SkipReason = 'helm' | 'binary' | 'broken-link';

/** Glob patterns (picomatch syntax) and the directory they are relative to. */
export interface Globs {
  readonly base: string;
  readonly patterns: readonly string[];
}

/** What to read. */
export interface ReadOptions {
  readonly cwd: string;
  readonly readStdin: () => Promise<string>;
  /** Files and directories not to lint (named files too). */
  readonly exclude?: readonly Globs[];
  /** When given, directories are searched for files matching these instead of .yaml/.yml/.json. */
  readonly include?: readonly Globs[];
}

/** The files to lint and the ones skipped, by reason. */
export interface Sources {
  readonly files: SourceFile[];
  readonly skipped: { readonly file: string; readonly reason: SkipReason }[];
}

const MANIFEST = /\.(ya?ml|json)$/i;
/** Directories never searched: dependencies and version control. */
const NEVER = new Set(['node_modules', '.git']);

/**
 * Expands files, directories and `-` (stdin) into source files. Directories are searched
 * recursively for .yaml, .yml and .json files (or the `include` globs), in name order, leaving out
 * what `.gitignore` files ignore, `node_modules/`, `.git/` and the `exclude` globs. Symbolic links
 * are followed (each file once, cycles cut). Helm chart files (templates with `{{`, Chart.yaml) and
 * files that are not UTF-8 text are skipped and reported as such.
 */
export async function readSources(paths: readonly string[], options: ReadOptions): Promise<Sources> {
  const files: SourceFile[] = [];
  const skipped: Sources['skipped'] = [];
  const excluded = matcher(options.exclude ?? []);
  const included = options.include?.some((g) => g.patterns.length > 0) ? matcher(options.include) : undefined;
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      files.push({ name: '<stdin>', text: await options.readStdin() });
      continue;
    }
    const abs = resolve(options.cwd, p);
    const info = statSync(abs);
    const found: Found[] = [];
    if (info.isDirectory()) walk(abs, ancestorIgnores(abs), { excluded, included, seen: new Set([realpathSync(abs)]), found });
    else if (!excluded(abs, false)) found.push({ path: abs, real: realpathSync(abs), link: false, chart: inChart(abs) });
    for (const f of dedupe(found, seen)) {
      const name = relative(options.cwd, f.path) || f.path;
      if (f.real === '') {
        skipped.push({ file: name, reason: 'broken-link' });
        continue;
      }
      // Read synchronously: one small file takes a few system calls, where an asynchronous read
      // waits four times for the thread pool (a tree of 10,000 manifests spent a quarter of its time idle).
      const text = decode(readFileSync(f.real));
      if (text === undefined) skipped.push({ file: name, reason: 'binary' });
      else if (isHelm(f, text)) skipped.push({ file: name, reason: 'helm' });
      else files.push({ name, text });
    }
  }
  return { files, skipped };
}

interface Found {
  readonly path: string;
  /** The file's real path; '' for a link that points nowhere. */
  readonly real: string;
  readonly link: boolean;
  /** Whether the file is inside a Helm chart (a folder with a Chart.yaml). */
  readonly chart: boolean;
}

interface Walk {
  readonly excluded: (abs: string, dir: boolean) => boolean;
  readonly included: ((abs: string, dir: boolean) => boolean) | undefined;
  /** Real paths of the directories entered (cycles and repeated links are cut). */
  readonly seen: Set<string>;
  readonly found: Found[];
}

/** The `.gitignore` rules in force in a directory, each with the directory its patterns are relative to. */
type Ignores = readonly { readonly dir: string; readonly rules: Ignore }[];

/**
 * Searches a directory tree. Synchronously, as files are read: a directory takes a few system
 * calls, where asynchronous ones wait for the thread pool (10,000 manifests in 100 directories
 * spent a tenth of their time idle).
 */
function walk(dir: string, ignores: Ignores, w: Walk, chart = false): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const here = gitignoreOf(dir);
  const rules = here ? [...ignores, here] : ignores;
  const isChart = chart || entries.some((e) => e.name === 'Chart.yaml');
  for (const e of entries) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let real = p;
    if (e.isSymbolicLink()) {
      try {
        real = realpathSync(p);
        isDir = statSync(real).isDirectory();
      } catch {
        if (!w.excluded(p, false) && !isIgnored(rules, p, false) && matchesFile(w, p))
          w.found.push({ path: p, real: '', link: true, chart: isChart });
        continue;
      }
    } else if (!isDir && !e.isFile()) continue;
    if (isDir && NEVER.has(e.name)) continue;
    if (w.excluded(p, isDir) || isIgnored(rules, p, isDir)) continue;
    if (isDir) {
      const key = e.isSymbolicLink() ? real : realpathSync(p);
      if (w.seen.has(key)) continue;
      w.seen.add(key);
      walk(p, rules, w, isChart);
    } else if (matchesFile(w, p)) w.found.push({ path: p, real: e.isSymbolicLink() ? real : p, link: e.isSymbolicLink(), chart: isChart });
  }
}

function matchesFile(w: Walk, p: string): boolean {
  return w.included ? w.included(p, false) : MANIFEST.test(p);
}

/** Each file once: where a link and the file it points to are both found, the file itself; names sorted. */
function dedupe(found: readonly Found[], seen: Set<string>): Found[] {
  const byReal = new Map<string, Found>();
  const out: Found[] = [];
  for (const f of found) {
    if (f.real === '') {
      out.push(f);
      continue;
    }
    const other = byReal.get(f.real);
    if (!other || (other.link && !f.link)) byReal.set(f.real, f);
  }
  for (const f of byReal.values()) {
    if (seen.has(f.real)) continue;
    seen.add(f.real);
    out.push(f);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function gitignoreOf(dir: string): { dir: string; rules: Ignore } | undefined {
  try {
    return { dir, rules: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined;
  }
}

/** The `.gitignore` files of a directory's parents up to the root of its git work tree (none outside one). */
function ancestorIgnores(dir: string): Ignores {
  const chain: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    chain.unshift(d);
    if (existsSync(join(d, '.git'))) break;
    if (dirname(d) === d) return [];
  }
  const out: { dir: string; rules: Ignore }[] = [];
  for (const d of chain) {
    const g = gitignoreOf(d);
    if (g) out.push(g);
  }
  return out;
}

function isIgnored(ignores: Ignores, p: string, dir: boolean): boolean {
  for (const g of ignores) {
    const rel = relative(g.dir, p).split(sep).join('/');
    if (rel === '' || rel.startsWith('..')) continue;
    if (g.rules.ignores(dir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** A test of absolute paths against globs, each relative to its base; patterns without a slash match base names. */
function matcher(globs: readonly Globs[]): (abs: string, dir: boolean) => boolean {
  const tests = globs
    .filter((g) => g.patterns.length > 0)
    .map((g) => {
      const byName = g.patterns.filter((p) => !p.includes('/'));
      const byPath = g.patterns.filter((p) => p.includes('/'));
      return {
        base: g.base,
        name: byName.length > 0 ? picomatch(byName, { dot: true }) : () => false,
        path: byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false,
      };
    });
  if (tests.length === 0) return () => false;
  return (abs) =>
    tests.some((t) => {
      const rel = relative(t.base, abs).split(sep).join('/');
      if (rel === '' || rel === '..' || rel.startsWith('../')) return false;
      return t.path(rel) || t.name(basename(abs));
    });
}

/** Whether a directory above the file (up to the file system root) holds a Chart.yaml. */
function inChart(abs: string): boolean {
  for (let d = dirname(abs); ; d = dirname(d)) {
    if (existsSync(join(d, 'Chart.yaml'))) return true;
    if (dirname(d) === d) return false;
  }
}

/** Helm chart files are not manifests: Chart.yaml, and templates (`{{` in a chart or under templates/). */
function isHelm(f: Found, text: string): boolean {
  if (f.chart && basename(f.path) === 'Chart.yaml') return true;
  if (!text.includes('{{')) return false;
  return f.chart || f.path.split(sep).includes('templates');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined when it is not UTF-8 text (a NUL byte, or bytes that are not UTF-8). */
function decode(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 8000).includes(0)) return undefined;
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
