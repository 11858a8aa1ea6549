/** Worker thread entry of `cmapi lint --jobs N`: lints the chunks it is sent and posts the reports back. */
import { parentPort } from 'node:worker_threads';
import { type LintJob, lintJob } from './lint-text.js';

parentPort?.on('message', (message: { id: number; job: LintJob }) => {
  parentPort?.postMessage({ id: message.id, documents: lintJob(message.job) });
});
