import { type Document, isScalar, type Scalar, Schema, type ScalarTag, visit } from 'yaml';

/** A plain scalar that kubectl (YAML 1.1) reads differently from a YAML 1.2 tool. */
export interface Yaml12Difference {
  /** Offset of the scalar in the document's text. */
  readonly offset: number;
  readonly message: string;
}

/** Plain scalars whose YAML 1.2 reading may differ: 1.1 non-strings, and 1.2-only octal `0o17`. */
const OCTAL_12 = /^[-+]?0o[0-7]+$/;

/**
 * Finds the plain scalars of a document whose value under kubectl's YAML 1.1 rules (`yes` is
 * `true`, `0777` is 511) is not what YAML 1.2 (editors, yq, most other tools) reads.
 */
export function yaml12Differences(doc: Document.Parsed): Yaml12Difference[] {
  const out: Yaml12Difference[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const d = difference(node);
      if (d) out.push(d);
    },
  });
  return out;
}

function difference(node: Scalar): Yaml12Difference | undefined {
  if (node.type !== 'PLAIN' || node.tag !== undefined || !node.range || typeof node.source !== 'string') return undefined;
  const v11 = node.value;
  const source = node.source;
  if (!differsIn12(source, v11)) return undefined;
  return {
    offset: node.range[0],
    message: `kubectl reads ${source} as ${describe(v11)} (YAML 1.1), but YAML 1.2 tools read it as ${describe(read12(source))}; quote it if a string is meant`,
  };
}

/**
 * Whether a plain scalar that kubectl reads as `v11` reads differently in YAML 1.2. The fast
 * reader asks this too, to leave such documents to the reader that reports them.
 */
export function differsIn12(source: string, v11: unknown): boolean {
  if (typeof v11 === 'string' && !OCTAL_12.test(source)) return false;
  // null reads the same; the merge key `<<` is a YAML 1.1 feature most YAML 1.2 tools keep.
  if (v11 === null || typeof v11 === 'symbol') return false;
  return !Object.is(v11, read12(source));
}

/** The scalar tags of the YAML 1.2 core schema, in resolution order. */
const CORE_TAGS = new Schema({ schema: 'core' }).tags.filter(
  (t): t is ScalarTag => 'test' in t && t.default === true && t.test instanceof RegExp,
);

/** What a YAML 1.2 tool makes of a plain scalar: the first core tag whose pattern matches resolves it. */
function read12(source: string): unknown {
  const tag = CORE_TAGS.find((t) => t.test?.test(source));
  if (!tag) return source;
  const v = tag.resolve(source, () => undefined, {});
  return isScalar(v) ? v.value : v;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}
