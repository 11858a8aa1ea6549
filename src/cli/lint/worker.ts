import { parentPort } from 'node:worker_threads';
import { type LintJob, lintJob } from './lint-text.js';

/** The body of a `cmapi lint --jobs N` worker thread: lints the chunks it is sent and posts the reports back. */
export function serveLintJobs(): void {
  parentPort?.on('message', (message: { id: number; job: LintJob }) => {
    parentPort?.postMessage({ id: message.id, documents: lintJob(message.job) });
  });
}
