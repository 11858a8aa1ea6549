import type { DocumentOptions, ParseOptions, SchemaOptions, Tags } from 'yaml';

/** Aliases one document may expand before it counts as an alias bomb and is refused. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The tags of YAML 1.1 as kubectl resolves them (go-yaml v2): `yes`/`no`/`on`/`off`/`y`/`n` are
 * booleans and `0777` is octal, but base-60 numbers (`1:30`) and timestamps stay strings, and the
 * collection tags `!!omap`, `!!pairs`, `!!set` and `!!binary` are not special.
 */
function kubectlTags(tags: Tags): Tags {
  return tags.filter((t) => {
    if (typeof t !== 'object') return false;
    if ('format' in t && t.format === 'TIME') return false;
    return !/:(timestamp|omap|pairs|set|binary)$/.test(t.tag);
  });
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
