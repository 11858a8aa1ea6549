import { parentPort } from 'node:worker_threads';
import { type LintBatch, lintBatch } from './lint-text.js';

/** The body of a `cmapi lint --jobs N` worker thread: lints the batches it is sent and posts the reports back. */
export function serveLintJobs(): void {
  parentPort?.on('message', (message: { id: number; batch: LintBatch }) => {
    parentPort?.postMessage({ id: message.id, reports: lintBatch(message.batch) });
  });
}
