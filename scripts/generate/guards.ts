/**
 * Type guards per version (`src/apis/<version>/guards.ts`) and the version's index module. The
 * guards identify an object by apiVersion and kind; they do not validate it.
 */
import type { KindModel } from '../../model/index.js';
import { GENERATED_HEADER, tsdoc } from './typescript.js';

function guard(name: string, type: string, apiVersion: string, kind: string): string {
  const doc =
    `True when \`x\` is an object with apiVersion \`${apiVersion}\` and kind \`${kind}\`.\n` +
    'This identifies the object, it does not validate it: use `validate` for that.\n' +
    '@param x - any value\n' +
    `@returns whether \`x\` claims to be a ${kind} of this version`;
  return (
    `${tsdoc(doc)}export function ${name}(x: unknown): x is ${type} {\n` +
    `  return isRecord(x) && x.apiVersion === '${apiVersion}' && x.kind === '${kind}';\n}\n`
  );
}

/** The contents of `src/apis/<version>/guards.ts`. */
export function guardsFile(models: readonly KindModel[]): string {
  const names = models.flatMap((m) => [m.kind, `${m.kind}List`]);
  const parts = [
    GENERATED_HEADER,
    "import { isRecord } from '../../util/json.js';\n",
    `import type {\n${names.map((n) => `  ${n},\n`).join('')}} from './types.js';\n`,
  ];
  for (const m of models) {
    const apiVersion = `${m.group}/${m.version}`;
    parts.push(guard(`is${m.kind}`, m.kind, apiVersion, m.kind));
    parts.push(guard(`is${m.kind}List`, `${m.kind}List`, apiVersion, `${m.kind}List`));
  }
  return parts.join('\n');
}

/** The contents of `src/apis/<version>/index.ts`. */
export function versionIndexFile(version: string): string {
  return (
    `${GENERATED_HEADER}${tsdoc(`The ${version} API types and their type guards.`)}` +
    "export * from './guards.js';\nexport type * from './types.js';\n"
  );
}
