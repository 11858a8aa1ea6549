/**
 * Writing the generated files, and comparing them with what is on disk (`generate:check`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GENERATED_DIRS, generatedApiFiles } from './outputs.js';

function listFiles(rootDir: string, dir: string): string[] {
  const abs = join(rootDir, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(rootDir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Generated files on disk now (whole generated folders plus the per-version API files). */
export function existingGenerated(rootDir: string): string[] {
  const api = generatedApiFiles().filter((f) => existsSync(join(rootDir, f)));
  return [...GENERATED_DIRS.flatMap((d) => listFiles(rootDir, d)), ...api].sort();
}

/** The files that differ from `outputs`: changed, missing, or no longer generated. */
export function staleFiles(rootDir: string, outputs: ReadonlyMap<string, string>): string[] {
  const stale: string[] = [];
  for (const [path, text] of outputs) {
    const abs = join(rootDir, path);
    if (!existsSync(abs)) stale.push(`${path} (missing)`);
    else if (readFileSync(abs, 'utf8') !== text) stale.push(`${path} (differs)`);
  }
  for (const path of existingGenerated(rootDir)) if (!outputs.has(path)) stale.push(`${path} (no longer generated)`);
  return stale;
}

/** Writes `outputs` and removes generated files that are no longer produced; returns the changed paths. */
export function writeOutputs(rootDir: string, outputs: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const path of existingGenerated(rootDir)) {
    if (!outputs.has(path)) {
      rmSync(join(rootDir, path));
      changed.push(`${path} (removed)`);
    }
  }
  for (const [path, text] of outputs) {
    const abs = join(rootDir, path);
    if (existsSync(abs) && readFileSync(abs, 'utf8') === text) continue;
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    changed.push(path);
  }
  return changed;
}
