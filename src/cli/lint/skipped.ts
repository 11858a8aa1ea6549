import type { SkipReason } from '../source/files.js';
import type { FileReport } from './findings.js';

/** Why files were skipped: the reasons of the file reader, and files with no Kubernetes object. */
export type SkippedReason = SkipReason | 'no-objects';

/** Skipped files counted by reason. */
export type SkippedFiles = Readonly<Partial<Record<SkippedReason, number>>>;

/**
 * Takes the files that hold no Kubernetes object and nothing to report (workflows, compose files,
 * Helm values) out of the reports, and counts them with the files the reader skipped.
 */
export function skippedFiles(
  reports: readonly FileReport[],
  skipped: readonly { readonly reason: SkipReason }[],
): { reports: FileReport[]; skipped: SkippedFiles } {
  const counts: Partial<Record<SkippedReason, number>> = {};
  const add = (r: SkippedReason) => {
    counts[r] = (counts[r] ?? 0) + 1;
  };
  for (const s of skipped) add(s.reason);
  const kept: FileReport[] = [];
  for (const r of reports) {
    if (r.documents.every((d) => !d.kubernetes && d.findings.length === 0)) add('no-objects');
    else kept.push(r);
  }
  return { reports: kept, skipped: counts };
}
