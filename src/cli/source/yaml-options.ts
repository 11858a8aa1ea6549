import type { DocumentOptions, ParseOptions, SchemaOptions, Tags } from 'yaml';

/** Aliases one document may expand before it counts as an alias bomb and is refused. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The tags of YAML 1.1 as kubectl resolves them (go-yaml v2): `yes`/`no`/`on`/`off`/`y`/`n` are
 * booleans and `0777` is octal, but base-60 numbers (`1:30`) and timestamps stay strings, and the
 * collection tags `!!omap`, `!!pairs`, `!!set` and `!!binary` are not special.
 */
function kubectlTags(tags: Tags): Tags {
  return tags
    .filter((t) => {
      if (typeof t !== 'object') return false;
      if ('format' in t && t.format === 'TIME') return false;
      return !/:(timestamp|omap|pairs|set|binary)$/.test(t.tag);
    })
    .map(floatNeedsDigits);
}

/**
 * go-yaml reads a plain scalar as a float only when its mantissa has a digit (`.`, `-.`, `._`
 * and `.e5` stay strings), where the `yaml` package would make them NaN.
 */
function floatNeedsDigits<T>(t: T): T {
  const tag = t as { tag?: string; resolve?: (s: string, ...rest: never[]) => unknown };
  if (typeof t !== 'object' || !tag.tag?.endsWith(':float') || typeof tag.resolve !== 'function') return t;
  const resolve = tag.resolve;
  const mantissaHasDigit = (s: string) => {
    const e = Math.max(s.indexOf('e'), s.indexOf('E'));
    const mantissa = e < 0 ? s : s.slice(0, e);
    for (const c of mantissa) if (c >= '0' && c <= '9') return true;
    return false;
  };
  return {
    ...t,
    resolve: (s: string, ...rest: never[]) =>
      s.toLowerCase().includes('.nan') || s.toLowerCase().includes('.inf') || mantissaHasDigit(s) ? resolve(s, ...rest) : s,
  };
}

/** Options of `yaml`'s parser that read documents as `kubectl` does. */
export const KUBECTL_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: kubectlTags,
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
};
