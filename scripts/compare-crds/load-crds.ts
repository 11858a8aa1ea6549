/**
 * Loads CustomResourceDefinition manifests from a folder (recursively). Files may be Helm
 * templates: their `{{ … }}` expressions sit in metadata and comments, so they still parse as
 * YAML; documents that are not CRDs are skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One version of a CRD with its structural schema. */
export interface CrdVersion {
  readonly name: string;
  readonly schema: unknown;
}

/** The facts of one CRD document that the comparison needs. */
export interface Crd {
  readonly file: string;
  readonly group: string;
  readonly kind: string;
  readonly versions: readonly CrdVersion[];
}

/** All `.yaml`/`.yml`/`.json` files below `dir`, sorted for stable output. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(path);
  }
  return out;
}

const rec = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The CRDs in one parsed document, or none when it is not a CRD. */
export function crdFromDocument(doc: unknown, file: string): Crd | undefined {
  const d = rec(doc);
  if (d.kind !== 'CustomResourceDefinition') return undefined;
  const spec = rec(d.spec);
  const names = rec(spec.names);
  if (typeof spec.group !== 'string' || typeof names.kind !== 'string') return undefined;
  const versions: CrdVersion[] = [];
  for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
    const name = rec(v).name;
    // apiextensions.k8s.io/v1 puts the schema per version; v1beta1 CRDs may share one at spec.validation.
    const schema = rec(rec(v).schema).openAPIV3Schema ?? rec(spec.validation).openAPIV3Schema;
    if (typeof name === 'string' && schema !== undefined) versions.push({ name, schema });
  }
  return { file, group: spec.group, kind: names.kind, versions };
}

/** Every CRD found in the files below `dir`. Parse errors are reported, not thrown. */
export function loadCrds(dir: string): { crds: Crd[]; problems: string[] } {
  const crds: Crd[] = [];
  const problems: string[] = [];
  for (const file of listFiles(dir)) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (doc.errors.length > 0) {
        problems.push(`${file}: YAML error: ${doc.errors[0]?.message ?? 'unknown'}`);
        continue;
      }
      const crd = crdFromDocument(doc.toJS(), file);
      if (crd) crds.push(crd);
    }
  }
  return { crds, problems };
}
