import { availableParallelism } from 'node:os';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { SourceFile } from '../source/files.js';
import { splitChunks } from './chunks.js';
import type { DocumentReport, FileReport } from './findings.js';
import type { LintOptions } from './lint-document.js';
import { type LintBatch, lintBatch, renumber } from './lint-text.js';
import { serveLintJobs } from './worker.js';

/** The `workerData` that tells a thread loading this module to serve lint jobs. */
const WORKER_FLAG = 'cmapi-lint-worker';

// A worker thread loads the very module (or bundle) that holds this code, and serves from here.
if (!isMainThread && workerData === WORKER_FLAG) serveLintJobs();

/** Text per unit of work: messages cost little next to linting it, and the threads finish close together. */
const BATCH_BYTES = 48 * 1024;

/**
 * Less text than this is linted on the main thread whatever `--jobs` says: starting a worker
 * thread (loading the whole program again) takes longer than linting it.
 */
export const MIN_PARALLEL_BYTES = 192 * 1024;

/**
 * Lints source files, on `jobs` threads when `jobs` > 1 and there is enough text to share. The
 * work is shared by bytes: small files are batched together and large files cut at document starts
 * into pieces of about {@link BATCH_BYTES}. The reports come back in the order of the files and
 * documents whatever the number of jobs, so the output is the same.
 * @param sources - the files, or a function that reads them: worker threads start loading the
 *   program first, meanwhile (and stop if there turns out to be too little text to share)
 * @param minParallelBytes - less text than this is linted without worker threads (tests lower it)
 */
export async function lintSources(
  sources: readonly SourceFile[] | (() => Promise<readonly SourceFile[]>),
  options: LintOptions,
  jobs: number,
  minParallelBytes = MIN_PARALLEL_BYTES,
): Promise<FileReport[]> {
  // As many as the machine runs at once start early; more, if asked for, once there is work for them.
  const workers = Array.from({ length: Math.min(jobs - 1, Math.max(1, availableParallelism() - 1)) }, () => spawn());
  try {
    const files = typeof sources === 'function' ? await sources() : sources;
    const bytes = files.reduce((n, s) => n + s.text.length, 0);
    const parallel = workers.length > 0 && bytes >= minParallelBytes;
    const parts = files.flatMap((s, file) =>
      splitChunks(s.text, parallel ? Math.ceil(s.text.length / BATCH_BYTES) : 1).map((c) => ({
        file,
        part: { file: s.name, text: c.text, firstLine: c.firstLine },
      })),
    );
    const work = batches(
      parts.map((p) => p.part),
      options,
    );
    while (parallel && workers.length < Math.min(jobs - 1, work.length - 1)) workers.push(spawn());
    const results: DocumentReport[][] = (parallel ? await runOnWorkers(work, workers) : work.map(lintBatch)).flat();
    const documents: DocumentReport[][] = files.map(() => []);
    parts.forEach((p, i) => {
      const list = documents[p.file] ?? [];
      // One push per document: a spread of a chunk's documents overflows the stack past ~100k.
      for (const d of renumber(results[i] ?? [], list.length)) list.push(d);
    });
    return files.map((s, i) => ({ file: s.name, documents: documents[i] ?? [] }));
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

/** Consecutive parts grouped into batches of about {@link BATCH_BYTES}, in order. */
function batches(parts: readonly LintBatch['parts'][number][], options: LintOptions): LintBatch[] {
  const out: LintBatch[] = [];
  let current: LintBatch['parts'][number][] = [];
  let size = 0;
  for (const part of parts) {
    if (current.length > 0 && size + part.text.length > BATCH_BYTES) {
      out.push({ parts: current, options });
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.text.length;
  }
  if (current.length > 0) out.push({ parts: current, options });
  return out;
}

/** Batches a worker is given ahead, so that it never waits for the main thread. */
const AHEAD = 2;

/**
 * Runs batches on the worker threads and the main thread, which lints too (yielding between
 * batches so the workers are kept fed); results in batch order.
 */
async function runOnWorkers(jobs: readonly LintBatch[], workers: readonly Thread[]): Promise<DocumentReport[][][]> {
  const results: DocumentReport[][][] = new Array(jobs.length);
  let next = 0;
  const take = () => (next < jobs.length ? next++ : undefined);
  const remote = Promise.all(workers.map((w) => feed(w, jobs, take, results)));
  remote.catch(() => undefined); // handled below, after the main thread's share
  for (let id = take(); id !== undefined; id = take()) {
    results[id] = lintBatch(jobs[id] as LintBatch);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await remote;
  return results;
}

/** Keeps one worker busy with batches until there are none left and its answers are in. */
function feed(thread: Thread, jobs: readonly LintBatch[], take: () => number | undefined, results: DocumentReport[][][]): Promise<void> {
  const { worker } = thread;
  const fed = new Promise<void>((resolve) => {
    let inFlight = 0;
    const send = () => {
      for (let id = inFlight < AHEAD ? take() : undefined; id !== undefined; id = inFlight < AHEAD ? take() : undefined) {
        inFlight++;
        worker.postMessage({ id, batch: jobs[id] });
      }
      if (inFlight === 0) resolve();
    };
    worker.on('message', (m: { id: number; reports: DocumentReport[][] }) => {
      results[m.id] = m.reports;
      inFlight--;
      send();
    });
    send();
  });
  return Promise.race([fed, thread.stopped]);
}

/** A worker thread, and a promise that rejects if it fails or stops (before it is terminated, or after). */
interface Thread {
  readonly worker: Worker;
  readonly stopped: Promise<never>;
}

/**
 * A worker thread running the code this function is part of (this module, or the bundle that holds
 * it), which serves lint jobs. From the TypeScript sources (tests, development) a small bootstrap
 * registers tsx in the worker first. A failure before it is fed is reported when it is fed.
 */
function spawn(): Thread {
  const self = new URL(import.meta.url);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self.href)}); });`;
  const worker = self.pathname.endsWith('.ts')
    ? new Worker(bootstrap, { eval: true, workerData: WORKER_FLAG })
    : new Worker(self, { workerData: WORKER_FLAG });
  const stopped = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a lint worker stopped (exit code ${code})`)));
  });
  stopped.catch(() => undefined); // observed by feed; terminating a worker ends it too
  return { worker, stopped };
}
