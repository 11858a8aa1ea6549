import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { SourceFile } from '../source/files.js';
import { splitChunks } from './chunks.js';
import type { DocumentReport, FileReport } from './findings.js';
import type { LintOptions } from './lint-document.js';
import { type LintJob, lintJob, renumber } from './lint-text.js';
import { serveLintJobs } from './worker.js';

/** The `workerData` that tells a thread loading this module to serve lint jobs. */
const WORKER_FLAG = 'cmapi-lint-worker';

// A worker thread loads the very module (or bundle) that holds this code, and serves from here.
if (!isMainThread && workerData === WORKER_FLAG) serveLintJobs();

/** Files smaller than this are one unit of work; larger ones are cut at document starts. */
const SPLIT_BYTES = 64 * 1024;

/**
 * Lints source files, on `jobs` worker threads when `jobs` > 1. The reports come back in the
 * order of the files and documents whatever the number of jobs, so the output is the same.
 */
export async function lintSources(sources: readonly SourceFile[], options: LintOptions, jobs: number): Promise<FileReport[]> {
  const units = sources.flatMap((s, file) =>
    splitChunks(s.text, jobs > 1 && s.text.length > SPLIT_BYTES ? jobs * 4 : 1).map((c) => ({
      file,
      job: { file: s.name, text: c.text, firstLine: c.firstLine, options } satisfies LintJob,
    })),
  );
  const results =
    jobs > 1 && units.length > 1
      ? await runOnWorkers(
          units.map((u) => u.job),
          jobs,
        )
      : units.map((u) => lintJob(u.job));
  const documents: DocumentReport[][] = sources.map(() => []);
  units.forEach((u, i) => {
    const list = documents[u.file] ?? [];
    // One push per document: a spread of a chunk's documents overflows the stack past ~100k.
    for (const d of renumber(results[i] ?? [], list.length)) list.push(d);
  });
  return sources.map((s, i) => ({ file: s.name, documents: documents[i] ?? [] }));
}

/** Jobs a worker is given ahead, so that it never waits for the main thread. */
const AHEAD = 2;

/**
 * Runs jobs on `size` threads, results in job order: `size - 1` worker threads and the main
 * thread, which lints too (yielding between jobs so the workers are kept fed).
 */
async function runOnWorkers(jobs: readonly LintJob[], size: number): Promise<DocumentReport[][]> {
  const results: DocumentReport[][] = new Array(jobs.length);
  let next = 0;
  const take = () => (next < jobs.length ? next++ : undefined);
  const workers = Array.from({ length: Math.min(size - 1, jobs.length - 1) }, () => spawn());
  try {
    const remote = Promise.all(workers.map((w) => feed(w, jobs, take, results)));
    remote.catch(() => undefined); // handled below, after the main thread's share
    for (let id = take(); id !== undefined; id = take()) {
      results[id] = lintJob(jobs[id] as LintJob);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await remote;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** Keeps one worker busy with jobs until there are none left and its answers are in. */
function feed(worker: Worker, jobs: readonly LintJob[], take: () => number | undefined, results: DocumentReport[][]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let inFlight = 0;
    const send = () => {
      for (let id = inFlight < AHEAD ? take() : undefined; id !== undefined; id = inFlight < AHEAD ? take() : undefined) {
        inFlight++;
        worker.postMessage({ id, job: jobs[id] });
      }
      if (inFlight === 0) resolve();
    };
    worker.on('message', (m: { id: number; documents: DocumentReport[] }) => {
      results[m.id] = m.documents;
      inFlight--;
      send();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (inFlight > 0 ? reject(new Error(`a lint worker stopped (exit code ${code})`)) : undefined));
    send();
  });
}

/**
 * A worker thread running the code this function is part of (this module, or the bundle that holds
 * it), which serves lint jobs. From the TypeScript sources (tests, development) a small bootstrap
 * registers tsx in the worker first.
 */
function spawn(): Worker {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return new Worker(self, { workerData: WORKER_FLAG });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: WORKER_FLAG });
}
